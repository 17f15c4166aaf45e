import { describe, expect, it } from 'vitest';
import { affiliateNetwork, unwrapAffiliate } from '@/lib/links';

const DEST = 'https://www.net-a-porter.com/en-us/shop/product/khaite/clothing/jeans/danielle/1647597276';
const enc = encodeURIComponent;

describe('unwrapAffiliate', () => {
  it.each([
    ['Skimlinks', `https://go.skimresources.com/?id=12345X678901&xs=1&url=${enc(DEST)}&xcust=abc`],
    ['Skimlinks (redirectingat)', `https://go.redirectingat.com/?id=92X1590019&xcust=x&url=${enc(DEST)}`],
    ['Rakuten', `https://click.linksynergy.com/deeplink?id=AbCdEf&mid=24449&murl=${enc(DEST)}`],
    ['Rakuten RD_PARM1', `https://click.linksynergy.com/fs-bin/click?id=X&offerid=1&type=3&RD_PARM1=${enc(enc(DEST))}`],
    ['Sovrn', `https://redirect.viglink.com/?format=go&jsonp=vglnk_1&key=abc123&u=${enc(DEST)}`],
    ['Awin ued', `https://www.awin1.com/cread.php?awinmid=1234&awinaffid=56789&clickref=&ued=${enc(DEST)}`],
    ['Awin p', `https://www.awin1.com/cread.php?awinmid=1234&awinaffid=56789&p=${enc(DEST)}`],
    ['Partnerize', `https://prf.hn/click/camref:1011l3abc/pubref:xyz/destination:${enc(DEST)}`],
    [
      'ShareASale',
      `https://www.shareasale.com/r.cfm?b=1&u=2&m=3&urllink=${enc(DEST.replace('https://', ''))}&afftrack=`,
    ],
    ['CJ path', `https://www.anrdoezrs.net/links/1234567/type/dlg/sid/abc/${DEST}`],
    ['CJ url=', `https://www.jdoqocy.com/click-1234567-13542?url=${enc(DEST)}`],
    ['CJ tkqlhce', `https://www.tkqlhce.com/click-100-200?url=${enc(DEST)}&cjsku=1`],
    ['Pepperjam', `https://www.pntra.com/t/2-12345-67890?url=${enc(DEST)}`],
    ['ShopStyle', `https://api.shopstyle.com/action/apiVisitRetailer?id=123&pid=uid456&url=${enc(DEST)}`],
    ['Impact', `https://brand.sjv.io/c/123456/789012/3456?u=${enc(DEST)}`],
    ['Impact vanity host', `https://goto.target.com/c/123456/81938/2092?u=${enc(DEST)}`],
    ['Commission Factory', `https://t.cfjump.com/12345/t/67890?Url=${enc(DEST)}`],
    ['Webgains', `https://track.webgains.com/click.html?wgcampaignid=1&wgprogramid=2&wgtarget=${enc(DEST)}`],
    ['Tradedoubler parens', `https://clk.tradedoubler.com/click?p(123)a(456)g(789)url(${DEST})`],
    ['Google', `https://www.google.com/url?sa=t&q=${enc(DEST)}`],
    ['Facebook', `https://l.facebook.com/l.php?u=${enc(DEST)}&h=AT0`],
  ])('unwraps %s', (_network, wrapped) => {
    expect(unwrapAffiliate(wrapped)).toBe(DEST);
  });

  it('unwraps nested wrappers down to the shop', () => {
    const rakuten = `https://click.linksynergy.com/deeplink?id=X&mid=1&murl=${enc(DEST)}`;
    const skim = `https://go.skimresources.com/?id=1X2&url=${enc(rakuten)}`;
    const google = `https://www.google.com/url?q=${enc(skim)}`;
    expect(unwrapAffiliate(skim)).toBe(DEST);
    expect(unwrapAffiliate(google)).toBe(DEST);
  });

  it('resolves Amazon’s relative redirect against Amazon', () => {
    const url = `https://www.amazon.com/gp/redirect.html?location=${enc('/dp/B08XYZ1234')}&tag=mag-20`;
    expect(unwrapAffiliate(url)).toBe('https://www.amazon.com/dp/B08XYZ1234');
  });

  it('returns null for a plain shop link', () => {
    expect(unwrapAffiliate(DEST)).toBeNull();
    expect(unwrapAffiliate('https://www.amazon.com/dp/B08XYZ1234?tag=mag-20')).toBeNull();
  });

  it('returns null when a wrapper carries no destination', () => {
    expect(unwrapAffiliate('https://click.linksynergy.com/link?id=X&offerid=1&type=2')).toBeNull();
    expect(unwrapAffiliate('https://go.skimresources.com/?id=1X2&url=javascript%3Aalert(1)')).toBeNull();
  });

  it('never throws on garbage', () => {
    for (const bad of [
      '',
      'not a url',
      'https://',
      '%E0%A4%A',
      'ftp://x.com/?url=https://y.com',
      `https://go.skimresources.com/?url=${'%'.repeat(20)}`,
      null,
      42,
      {},
    ]) {
      expect(() => unwrapAffiliate(bad as string)).not.toThrow();
      expect(unwrapAffiliate(bad as string)).toBeNull();
    }
  });

  it('stops on wrapper loops', () => {
    let url = DEST;
    for (let i = 0; i < 20; i++) url = `https://go.skimresources.com/?url=${enc(url)}`;
    // Depth is capped, so a very deep chain yields an intermediate wrapper, not a hang.
    const out = unwrapAffiliate(url);
    expect(out).toMatch(/^https:\/\/go\.skimresources\.com\//);
  });
});

describe('affiliateNetwork', () => {
  it('names the network of a wrapped link', () => {
    expect(affiliateNetwork(`https://www.awin1.com/cread.php?awinmid=1&ued=${enc(DEST)}`)).toBe('Awin');
    expect(affiliateNetwork('https://www.kqzyfj.com/click-1-2')).toBe('CJ');
    expect(affiliateNetwork(DEST)).toBeNull();
    expect(affiliateNetwork('garbage')).toBeNull();
  });
});
