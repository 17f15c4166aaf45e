import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { canonical, splitBrand } from '@/lib/detect/brand';
import { genitiveLead, quotedModel } from '@/lib/detect/brand-forms';
import { afterLastPrice } from '@/lib/detect/name-tail';
import { shopOwnModel, swappedRoles } from '@/lib/detect/role-order';
import { endsInPhotoCredit } from '@/lib/detect/labels';
import { nounHits } from '@/lib/detect/lexicon';
import { dropPriceLabel, isPriceLabel } from '@/lib/detect/lexicon';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const cand = (brand: string | null, name: string, amount: number | null = 80, retailer: string | null = null) =>
  ({
    brand,
    name,
    price: amount == null ? null : { amount, currency: 'EUR' },
    retailer,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims: [],
    score: 0,
    format: 'anchor-record',
  }) as Candidate;

const page = (body: string, lang: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

describe('role errors: the right product with a wrong name or brand', () => {
  it('knows price labels of many languages, whole or ending a text', () => {
    for (const w of ['Precio:', 'Prezzo', 'Prijs:', 'Cena:', 'Pris', 'Preço:', 'Our price –', 'UVP:'])
      expect(isPriceLabel(w)).toBe(true);
    expect(isPriceLabel('Chaqueta acolchada')).toBe(false);
    expect(isPriceLabel('Precio justo chaqueta')).toBe(false);
    expect(dropPriceLabel('Chaqueta acolchada – Precio:')).toBe('Chaqueta acolchada –');
  });

  it('never takes a price label, a web address or a way to the shop for the product name', () => {
    expect(tidyRoles(cand('Mango', 'Precio'))).toBeNull();
    expect(tidyRoles(cand('Roots', 'roots.com', 98, 'Roots'))).toBeNull();
    expect(tidyRoles(cand('Vero Moda', 'via Zalando', 40, 'Zalando'))).toBeNull();
    // An amount in the maker's place is money talk ("about 1.25 million won", "$1,100"), not a maker.
    expect(tidyRoles(cand('약 125만원', '가죽 쇼핑백', 1100))).toBeNull();
    expect(tidyRoles(cand('Only $1,100', 'leather tote', 1100))).toBeNull();
    expect(tidyRoles(cand('7 For All Mankind', 'bootcut jeans', 180))).not.toBeNull();
    expect(tidyRoles(cand('3.1 Phillip Lim', 'Pashli tote', 595))).not.toBeNull();
    expect(tidyRoles(cand('Mango', 'Chaqueta acolchada Precio:'))?.name).toBe('Chaqueta acolchada');
  });

  it('reads the name from the heading when the price line under it opens with a price label', () => {
    const item = (h: string, p: string, shop: string, href: string) =>
      `<li><h3>${h}</h3><p>Precio: ${p} en <a href="${href}">${shop}</a></p></li>`;
    const body =
      '<h1>Cinco básicos para el invierno</h1><ul>' +
      item('Abrigo de paño de Mango', '$2,499', 'Mango', 'https://shop.mango.com/mx/mujer/abrigo-pano-87001234') +
      item('Tenis Samba de Adidas', '$2,299', 'Innovasport', 'https://www.innovasport.com/tenis-samba-adidas/p/1') +
      item('Bolso de piel de Michael Kors', '$5,890', 'Liverpool', 'https://www.liverpool.com.mx/tienda/pdp/bolso/9') +
      '</ul>';
    const got = detectMentions(page(body, 'es-MX'), 'https://www.example-revista.mx/moda/basicos/');
    expect(got.map((m) => m.name)).not.toContain('Precio');
    expect(got.map((m) => [m.brand, m.name])).toContainEqual(['Adidas', 'Tenis Samba']);
  });

  it('reads the maker after a label that names no piece ("Alternative: Brand Model")', () => {
    expect(splitBrand('Alternative: Garmin Forerunner 265')).toEqual({ brand: 'Garmin', name: 'Forerunner 265' });
    // A piece word before the colon stays the name ("Shoes: Brand" credits).
    expect(splitBrand('Schuhe: Birkenstock')).toEqual({ brand: 'Birkenstock', name: 'Schuhe' });
  });

  it('swaps a brand that is a piece and a name that is a short proper name', () => {
    expect(swappedRoles('La veste matelassée', 'Atelier 9')).toEqual(['Atelier 9', 'La veste matelassée']);
    expect(tidyRoles(cand('Langer Wollmantel', 'Werkhaus Nord'))?.brand).toBe('Werkhaus Nord');
    // A known maker stays the brand; a name holding a piece stays the name.
    expect(swappedRoles('Acne Studios', 'Bla Konst')).toBeNull();
    expect(swappedRoles('Wollmantel', 'Grauer Mantel')).toBeNull();
  });

  it('keeps the piece after the last price when a credit runs two pieces into one name', () => {
    expect(afterLastPrice('shirt, $95, and shorts')).toBe('shorts');
    expect(afterLastPrice('Bluse, 49 €, und Rock')).toBe('Rock');
    // A price in a comparison names no second piece.
    expect(afterLastPrice('a hoodie that beats the $80 one')).toBe('a hoodie that beats the $80 one');
    expect(tidyRoles(cand('Rowe & Lane', 'blazer, $210, and trousers', 140))?.name).toBe('trousers');
  });

  it('reads a maker in the genitive without an apostrophe (Nordic and German)', () => {
    expect(genitiveLead(['Diors', 'nya', 'väska'])).toEqual({ brand: 'Dior', name: 'nya väska' });
    expect(splitBrand('Pradas Re-Edition 2005')).toEqual({ brand: 'Prada', name: 'Re-Edition 2005' });
    expect(genitiveLead(['Vans', 'Old', 'Skool'])).toBeNull(); // a maker whose own name ends in "s"
    expect(genitiveLead(['Diors'])).toBeNull();
  });

  it('reads a quoted model after a piece label as the name', () => {
    expect(quotedModel('Veja "Campo"')).toEqual({ brand: 'Veja', name: 'Campo' });
    expect(splitBrand('Boots: Nilo “Harbour”')).toEqual({ brand: 'Nilo', name: 'Harbour' });
    expect(quotedModel('Veja Campo')).toBeNull();
  });

  it("keeps the page's own name for a label rather than the gazetteer's other name for it", () => {
    expect(canonical('M&S')).toBe('M&S');
    expect(canonical('sezane')).toBe('Sézane'); // the same name, spelt as the gazetteer does
    expect(canonical('Nike Sportswear')).toBe('Nike');
  });

  it('gives a capitalised model word back to the shop that makes its own goods', () => {
    expect(shopOwnModel('STRANDMON', 'wing chair', 'IKEA')).toEqual(['IKEA', 'STRANDMON wing chair']);
    expect(tidyRoles(cand('KNOPPÄNG', 'frame', 9.99, 'IKEA'))?.brand).toBe('IKEA');
    expect(shopOwnModel('GANNI', 'dress', 'Zalando')).toBeNull(); // a known maker at a shop
    expect(shopOwnModel('TROVA', 'lamp', 'Wayfair')).toBeNull(); // a shop that is no label of its own
    expect(shopOwnModel('Strandmon', 'chair', 'IKEA')).toBeNull(); // title case reads as a maker
  });

  it('drops a reading whose brand is the photo credit after the caption', () => {
    expect(endsInPhotoCredit('linen shirt and loafers. Photo')).toBe(true);
    expect(endsInPhotoCredit('Hemd aus Leinen | Foto')).toBe(true);
    expect(endsInPhotoCredit('Photo Frame')).toBe(false);
    expect(tidyRoles(cand('Studio Ardent', 'wool coat and loafers. Photo'))).toBeNull();
  });

  it('counts South Asian garments as product nouns', () => {
    expect(nounHits('Printed Straight Kurta')).toBe(1);
    expect(nounHits('Banarasi silk saree')).toBe(1);
  });

  it('drops the linking word a maker read off the end of the name leaves behind', () => {
    expect(tidyRoles(cand('Telar Ocre', 'Chal de lana de'))?.name).toBe('Chal de lana');
    expect(tidyRoles(cand('Quillby', 'Borsa a mano di'))?.name).toBe('Borsa a mano');
    // Without a maker the dangling word still marks a clause cut short, not a name.
    expect(tidyRoles(cand(null, 'Chal de lana de'))).toBeNull();
  });

  it("drops a credit whose maker is the wearer's own piece, and keeps a label that merely ends in a name", () => {
    expect(tidyRoles(cand('model’s own', 'Shirt', null))).toBeNull();
    expect(tidyRoles(cand("Dara's own", 'Jacket', null))).toBeNull();
    expect(tidyRoles(cand('her own', 'Scarf', null))).toBeNull();
    expect(tidyRoles(cand('Ownd', 'Linen shirt', null))?.brand).toBe('Ownd');
  });
});
