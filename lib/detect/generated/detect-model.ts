// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (1629 candidates, 1267 positive).

/** Logistic-regression weights, one per feature in lib/detect/features.ts FEATURE_NAMES. */
export interface DetectModel {
  features: readonly string[];
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = {
  features: [
    "bias", // -3.8287
    "format:table", // 0.1765
    "format:card", // 0.472
    "format:slideshow", // 0.03
    "format:brand-then-line", // 0.3676
    "format:heading", // -0.435
    "format:name-then-price", // 0.4976
    "format:caption", // 0.1243
    "format:inline", // 0.3267
    "format:linked-prose", // 0.2252
    "format:shop-the-look", // -0.1978
    "format:anchor-line", // 0.2383
    "format:anchor-list", // -0.542
    "format:anchor-prose", // -1.9839
    "format:anchor-record", // -0.0774
    "format:anchor-carry", // -0.0739
    "format:anchor-link", // 0.8519
    "evidence", // 1.1064
    "evidence>=4", // 1.3963
    "price", // 0.2511
    "retailer", // 0.0504
    "url", // 0.6693
    "deep-url", // 0.5789
    "brand", // 3.555
    "brand-known", // 2.1414
    "brand-ambiguous", // 0.1341
    "brand-caps", // 0.7362
    "name-words", // -0.0796
    "name-long", // -1.0108
    "name-noun", // 0.7224
    "name-caps", // -0.3352
    "name-lower-start", // -0.974
    "name-digits", // -0.9991
    "name-quote", // 0.9734
    "chrome", // 0.0348
    "in-article", // -0.4484
    "heading", // -0.6455
    "caption", // -0.4735
    "list-item", // -0.1471
    "table-cell", // -0.0164
    "depth", // -0.1697
    "siblings", // -0.5016
    "line-length", // -0.0847
    "line-negative", // -1.0177
    "page-negative", // -0.3135
    "page-candidates", // -0.9944
    "same-price", // -0.4887
    "price-big", // 0.4108
    "price-small", // -0.339
    "label-left", // -0.2734
    "lang-other", // 0.1322
    "lang:en", // -0.5066
    "lang:de", // 0.7095
    "lang:fr", // -0.1802
    "lang:it", // -0.4027
    "lang:es", // -0.0527
    "lang:nl", // 0.1232
    "lang:pl", // 0.0689
    "lang:sv", // 0.1082
    "lang:ja", // 0
    "name-is-shop", // -2.2764
    "name-is-title", // -0.0287
    "holds-title", // -0.052
    "record-lines", // -0.0976
    "name-one-noun", // 1.5201
    "name-sentence", // -1.2811
    "no-price*siblings", // -1.4178
    "no-price*brand-known", // -1.5535
    "no-price*url", // -0.1615
    "no-price*one-noun", // 0.164
  ],
  weights: [-3.8287,0.1765,0.472,0.03,0.3676,-0.435,0.4976,0.1243,0.3267,0.2252,-0.1978,0.2383,-0.542,-1.9839,-0.0774,-0.0739,0.8519,1.1064,1.3963,0.2511,0.0504,0.6693,0.5789,3.555,2.1414,0.1341,0.7362,-0.0796,-1.0108,0.7224,-0.3352,-0.974,-0.9991,0.9734,0.0348,-0.4484,-0.6455,-0.4735,-0.1471,-0.0164,-0.1697,-0.5016,-0.0847,-1.0177,-0.3135,-0.9944,-0.4887,0.4108,-0.339,-0.2734,0.1322,-0.5066,0.7095,-0.1802,-0.4027,-0.0527,0.1232,0.0689,0.1082,0,-2.2764,-0.0287,-0.052,-0.0976,1.5201,-1.2811,-1.4178,-1.5535,-0.1615,0.164],
};
