// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBotWall, isNotFoundPage, landing } from '@/lib/resolve/page-signals';
import { metaRefreshTarget } from '@/lib/resolve/page-signals';
import { RETAIL_PAGES_DIR } from '../../fixtures/retail-web/routes';

const page = (f: string) => readFileSync(RETAIL_PAGES_DIR + f, 'utf8');

describe('isBotWall', () => {
  it('knows bot-manager walls by their words and their markup', () => {
    expect(isBotWall(page('wall-access-denied.html'))).toBe(true);
    expect(isBotWall(page('wall-interruption.html'))).toBe(true);
    expect(
      isBotWall(
        '<title>Just a moment...</title><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script>',
      ),
    ).toBe(true);
    expect(
      isBotWall(
        '<html><head><title>shop</title></head><body><script src="https://ct.captcha-delivery.com/c.js"></script></body></html>',
      ),
    ).toBe(true);
  });

  it('leaves ordinary pages alone, even one with a newsletter captcha', () => {
    expect(isBotWall(page('nap-theory-post-pouch.html'))).toBe(false);
    expect(isBotWall('<title>Sign up</title><div class="g-recaptcha"></div>')).toBe(false);
  });
});

describe('isNotFoundPage', () => {
  it('reads "not found" in the title or heading, in several languages', () => {
    expect(isNotFoundPage(page('not-found-soft.html'))).toBe(true);
    expect(isNotFoundPage(page('not-found-404.html'))).toBe(true);
    expect(isNotFoundPage('<title>Seite nicht gefunden</title>')).toBe(true);
    expect(isNotFoundPage('<h1>Page introuvable</h1>')).toBe(true);
  });

  it('does not read it into a product page', () => {
    expect(isNotFoundPage(page('needsupply-little-liffner-box.html'))).toBe(false);
  });
});

describe('landing', () => {
  it('tells the home page (with a locale prefix) from another page and the same one', () => {
    expect(landing('https://www.shop.com/p/bag-1', 'https://www.shop.com/')).toBe('home');
    expect(landing('https://www.shop.com/p/bag-1', 'https://www.shop.com/en-us/')).toBe('home');
    expect(landing('https://www.shop.com/p/bag-1', 'https://www.shop.com/us/en')).toBe('home');
    expect(landing('https://www.shop.com/p/bag-1', 'https://www.shop.com/shop/bags')).toBe('elsewhere');
    expect(landing('https://shop.com/p/bag-1/', 'https://www.shop.com/p/bag-1?x=1')).toBe('same');
  });
});

describe('metaRefreshTarget', () => {
  it('reads an interstitial’s refresh target, absolute', () => {
    expect(metaRefreshTarget(page('rstyle-interstitial.html'), 'https://rstyle.me/n/x')).toBe(
      'https://www.shopbop.com/metropolis-nuvola-mini-cross-body/vp/v=1/1557408263.htm?extid=affprg',
    );
    expect(metaRefreshTarget(`<meta content="0;URL='/p/1?a=1&amp;b=2'" http-equiv="Refresh">`, 'https://s.co/x')).toBe(
      'https://s.co/p/1?a=1&b=2',
    );
  });

  it('is null without one', () => {
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="300">', 'https://s.co/')).toBeNull();
    expect(metaRefreshTarget('<p>hi</p>', 'https://s.co/')).toBeNull();
  });
});
