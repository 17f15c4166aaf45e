import { FORMAT_IDS, LANGS } from './features';

/**
 * Names of the feature vector's entries, in order (lib/detect/features.ts builds the vector). Used by
 * the trainer and the generated model's comments only, so the content script does not carry them.
 */
export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...FORMAT_IDS.map((f) => `format:${f}`),
  'evidence', 'evidence>=4',
  'price', 'retailer', 'url', 'deep-url', 'brand', 'brand-known', 'brand-ambiguous', 'brand-caps',
  'name-words', 'name-long', 'name-noun', 'name-caps', 'name-lower-start', 'name-digits', 'name-quote',
  'chrome', 'in-article', 'heading', 'caption', 'list-item', 'table-cell', 'depth',
  'siblings', 'line-length', 'line-negative', 'page-negative', 'page-candidates', 'same-price',
  'price-big', 'price-small', 'label-left', 'lang-other', ...LANGS.map((l) => `lang:${l}`),
  'name-is-shop', 'name-is-title', 'holds-title', 'record-lines', 'name-one-noun',
  'name-sentence', 'no-price*siblings', 'no-price*brand-known', 'no-price*url', 'no-price*one-noun', 'price-range', 'candidate-siblings',
  'page-shop-links', 'no-price*shop-links', 'no-price*page-unpriced', 'no-price*candidate-siblings',
];
