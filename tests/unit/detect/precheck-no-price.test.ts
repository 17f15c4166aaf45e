import { describe, expect, it } from 'vitest';
import { precheckReason, worthReading } from '@/lib/detect/precheck';
import { happyDoc } from './helpers';

/*
 * Pages that name products with no price and no shop link (outfit credits, wishlists, release previews, a single
 * pick) and pages that must still stop. Every example is written here.
 */
const page = (body: string, lang = 'en') =>
  happyDoc(`<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, k) => `<p>Note ${k} on the weekend, the weather and a long walk.</p>`).join('');
const passes = (body: string, lang?: string) => worthReading(page(`${prose(3)}${body}`, lang));

describe('pre-check: outfit credits without prices', () => {
  it('passes credits joined by |, / and dashes, with garments too common to sit beside a price', () => {
    expect(passes('<p>Top: COS | Trousers: Weekday | Loafers: G.H. Bass</p>')).toBe(true);
    expect(passes('<p>Shirt: Uniqlo / Sunglasses: Ray-Ban / Bib: Frugi</p>')).toBe(true);
    expect(passes('<p>Parka – Canada Goose, Trainers – Veja, Beanie – Acne Studios</p>')).toBe(true);
  });
  it('passes labels run into their names by the markup (neighbouring elements, no space)', () => {
    expect(passes('<dl><dt>Jacket</dt><dd>Barbour</dd><dt>Boots</dt><dd>Hunter</dd></dl>')).toBe(true);
    const spans = ['Cardigan', 'Sézane', 'Skirt', 'Rixo', 'Clogs', 'Sanita'];
    const items = [0, 2, 4].map((k) => `<li><b>${spans[k]}</b> <span>${spans[k + 1]}</span></li>`).join('');
    expect(passes(`<ul>${items}</ul>`)).toBe(true);
  });
  it('stops a menu of categories run together', () => {
    const menu = ['Dresses', 'Jeans', 'Coats', 'Shoes', 'Bags', 'Jewellery', 'Wellbeing', 'Reviews', 'Awards'];
    const nav = `<nav>${menu.map((m) => `<a href="/c/${m}">${m}</a>`).join('')}</nav>`;
    expect(precheckReason(page(`${nav}${prose(4)}`))).toBe(null);
  });
  it('passes credits in Italian, French, Polish and Japanese', () => {
    expect(passes('<p>Cappotto: Max Mara // Maglia: Benetton // Stivali: Sergio Rossi</p>', 'it')).toBe(true);
    expect(passes('<p>Je porte un top de chez Maje et des ballerines de Repetto.</p>', 'fr')).toBe(true);
    expect(passes('<p>Mam na sobie spódnicę z Zary i kardigan z Reserved.</p>', 'pl')).toBe(true);
    expect(passes('<p>トップス／UNIQLO　スカート／GU</p>', 'ja')).toBe(true);
    expect(passes('<p>今日はZARAのスカートとCONVERSEのスニーカーを合わせました。</p>', 'ja')).toBe(true);
  });
  it('passes a Japanese outfit list whose item and maker an ideographic space parts, and stops one without makers', () => {
    expect(passes('<ul><li>コート\u3000ミナミ</li><li>ブーツ\u3000KOTORI</li></ul>', 'ja')).toBe(true);
    expect(passes('<ul><li>撮影\u3000みなと公園</li><li>天気\u3000くもり</li></ul>', 'ja')).toBe(false);
  });
  it('passes credits whose dash runs into the label', () => {
    expect(passes('<p>Cardigan- Seasalt Skirt- Boden Boots- Hunter</p>')).toBe(true);
  });
});

describe('pre-check: wishlists and single picks', () => {
  it('passes wishlist prose: two products by their makers, or one in the first person', () => {
    const two = '<p>On the list: a ribbed turtleneck from Johnstons of Elgin and ankle boots by Vagabond.</p>';
    expect(precheckReason(page(`${prose(3)}${two}`))).toBe('credit lines');
    const mine = "<p>I've been eyeing the Numéro Un bag and a striped long sleeve from Comme des Garçons.</p>";
    expect(precheckReason(page(`<h1>My autumn list</h1>${mine}${prose(3)}`))).toBe('single credit');
  });
  it('passes one product by its maker in a personal post or in the heading', () => {
    const mine = '<p>I finally treated myself to my classic black pumps by Stuart Weitzman and I love them.</p>';
    expect(precheckReason(page(`<h1>Lately</h1>${mine}${prose(3)}`))).toBe('single credit');
    expect(precheckReason(page(`<h1>The Jolie tote by Polène</h1>${prose(3)}`))).toBe('single credit');
    const ja = '<h1>お気に入りのトート</h1><p>今日はA.P.C.のトートバッグをご紹介します。</p>';
    expect(precheckReason(page(ja, 'ja'))).toBe('single credit');
    const pt = '<p>Uso sempre a minha saia preta da Massimo Dutti com os meus ténis brancos.</p>';
    expect(precheckReason(page(`<h1>Dias simples</h1>${pt}${prose(3)}`, 'pt'))).toBe('single credit');
  });
  it('stops one garment credited in a news report of what someone wore', () => {
    const news = '<p>The actress wore a Chanel jacket to the show, and her husband wore a suit by Dior.</p>';
    expect(precheckReason(page(`<h1>Stars in Paris</h1>${news}${prose(4)}`))).toBe(null);
    const gown = '<p>She wore a gown by Valentino to the premiere, photographers said.</p>';
    expect(precheckReason(page(`<h1>Premiere night</h1>${gown}${prose(4)}`))).toBe(null);
  });
});

describe('pre-check: sneaker release previews', () => {
  it('passes quoted colourways after sneaker models', () => {
    const drops =
      '<h2>Nike Air Max 90 "Infrared"</h2><p>Out Saturday.</p><h2>New Balance 990v6 "Grey Day"</h2><p>May 5.</p>';
    expect(precheckReason(page(drops))).toBe('release names');
    const one = '<h1>Air Jordan 4 Retro “Bred Reimagined”: the release date</h1>';
    expect(precheckReason(page(`${one}${prose(3)}`))).toBe('release names');
  });
  it('stops quoted titles that follow no sneaker model', () => {
    const music = '<p>The band released “Night Drive” on Friday and toured with “Blue Hour” in May.</p>';
    expect(precheckReason(page(`${music}${prose(3)}`))).toBe(null);
  });
});

describe('pre-check: pages that cannot hold a recommendation still stop', () => {
  it('stops recipes, sports reports, photo credits and headline lists', () => {
    const recipe = '<ul><li>Flour: 200 g</li><li>Sugar: 100 g</li><li>Cream: 2 dl</li><li>Butter: 100 g</li></ul>';
    expect(precheckReason(page(`<h1>Cake</h1>${recipe}${prose(3)}`))).toBe(null);
    const sports = '<p>Final: Arsenal 2 – Chelsea 1. Man of the match: Saka. Referee: Michael Oliver.</p>';
    expect(precheckReason(page(`<h1>Match report</h1>${sports}${prose(4)}`))).toBe(null);
    expect(precheckReason(page(`${prose(3)}<p>Photo: Jane Doe / Styling: Anna Smith / Words: Tom Lee</p>`))).toBe(null);
    const heads = Array.from({ length: 60 }, (_, k) => `<li><a href="/n/${k}">Minister ${k}: Talks stall</a></li>`);
    expect(precheckReason(page(`<ul>${heads.join('')}</ul>`))).toBe(null);
  });
  it('stops a quiet page of 11,000 elements and a page of 17 elements', () => {
    const part = (k: number) =>
      `<section><h2>Part ${k}</h2><p>Quiet luxury: <em>no logo</em>, only <a href="/s/${k}">good cloth</a>.</p>` +
      '<ul><li>Wool</li><li>Cashmere</li><li>Linen</li></ul></section>';
    const quiet = Array.from({ length: 1220 }, (_, k) => part(k)).join('');
    expect(precheckReason(page(`<main><h1>The long coat, again</h1>${quiet}</main>`))).toBe(null);
    const tiny = '<header><a href="/">Home</a></header><main><h1>Hello</h1><p>Nothing here yet.</p></main>';
    expect(precheckReason(page(tiny))).toBe(null);
  });
});
