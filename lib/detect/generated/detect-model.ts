// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (820 candidates, 713 positive).

/** Logistic-regression weights, one per feature in lib/detect/features.ts FEATURE_NAMES. */
export interface DetectModel {
  features: readonly string[];
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = {
  features: [
    "bias", // -2.449
    "format:table", // 0.1156
    "format:card", // 0.313
    "format:slideshow", // 0.0263
    "format:brand-then-line", // 0.1604
    "format:heading", // -0.6447
    "format:name-then-price", // 0.5578
    "format:caption", // -0.0979
    "format:inline", // -0.0437
    "format:linked-prose", // 0.5187
    "format:shop-the-look", // -0.9054
    "format:anchor-line", // 0
    "format:anchor-list", // 0
    "format:anchor-prose", // 0
    "evidence", // 1.6021
    "evidence>=4", // 0.2655
    "price", // 1.4869
    "retailer", // 0.0714
    "url", // -0.0447
    "deep-url", // -0.0677
    "brand", // 3.3546
    "brand-known", // 2.2234
    "brand-ambiguous", // 0.2136
    "brand-caps", // 1.0972
    "name-words", // -0.8077
    "name-long", // -0.7156
    "name-noun", // 0.7234
    "name-caps", // -0.1409
    "name-lower-start", // -1.4359
    "name-digits", // -1.3429
    "name-quote", // 0.2847
    "chrome", // 0.0398
    "in-article", // -0.5437
    "heading", // -0.4592
    "caption", // -0.4275
    "list-item", // -0.1015
    "table-cell", // 0
    "depth", // -0.8477
    "siblings", // -0.6423
    "line-length", // 0.0559
    "line-negative", // -0.2047
    "page-negative", // 0.7294
    "page-candidates", // -0.7483
    "same-price", // -0.3795
    "price-big", // 0.3447
    "price-small", // -0.2426
    "label-left", // 0
    "lang-other", // -0.0524
    "lang:en", // -0.4009
    "lang:de", // 0.2499
    "lang:fr", // 0.0618
    "lang:it", // -0.2262
    "lang:es", // 0.1416
    "lang:nl", // 0.0745
    "lang:pl", // 0.0662
    "lang:sv", // 0.0855
    "lang:ja", // 0
  ],
  weights: [-2.449,0.1156,0.313,0.0263,0.1604,-0.6447,0.5578,-0.0979,-0.0437,0.5187,-0.9054,0,0,0,1.6021,0.2655,1.4869,0.0714,-0.0447,-0.0677,3.3546,2.2234,0.2136,1.0972,-0.8077,-0.7156,0.7234,-0.1409,-1.4359,-1.3429,0.2847,0.0398,-0.5437,-0.4592,-0.4275,-0.1015,0,-0.8477,-0.6423,0.0559,-0.2047,0.7294,-0.7483,-0.3795,0.3447,-0.2426,0,-0.0524,-0.4009,0.2499,0.0618,-0.2262,0.1416,0.0745,0.0662,0.0855,0],
};
