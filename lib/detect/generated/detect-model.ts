// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (1657 candidates, 1272 positive).

/** Logistic-regression weights, one per feature in lib/detect/features.ts FEATURE_NAMES. */
export interface DetectModel {
  features: readonly string[];
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = {
  features: [
    "bias", // -3.4768
    "format:table", // 0.2853
    "format:card", // 0.3385
    "format:slideshow", // 0.0478
    "format:brand-then-line", // 0.4652
    "format:heading", // -0.3946
    "format:name-then-price", // 0.5573
    "format:caption", // 0.0438
    "format:inline", // 0.3064
    "format:linked-prose", // 0.3618
    "format:shop-the-look", // -0.115
    "format:anchor-line", // 0.129
    "format:anchor-list", // -0.5606
    "format:anchor-prose", // -2.313
    "format:anchor-record", // -0.1177
    "format:anchor-carry", // -0.0947
    "format:anchor-link", // 1.0604
    "evidence", // 1.2818
    "evidence>=4", // 1.4773
    "price", // -0.2264
    "retailer", // 0.0247
    "url", // 0.6222
    "deep-url", // 0.5671
    "brand", // 3.5477
    "brand-known", // 2.5975
    "brand-ambiguous", // 0.159
    "brand-caps", // 1.1124
    "name-words", // -0.4141
    "name-long", // -2.184
    "name-noun", // 0.6697
    "name-caps", // -0.3661
    "name-lower-start", // -0.8694
    "name-digits", // -1.1534
    "name-quote", // 1.559
    "chrome", // 0.0812
    "in-article", // -0.5364
    "heading", // -0.3635
    "caption", // -0.2598
    "list-item", // 0.1701
    "table-cell", // -0.2602
    "depth", // 0.478
    "siblings", // -0.2523
    "line-length", // 0.1052
    "line-negative", // -1.2175
    "page-negative", // 0.1528
    "page-candidates", // -1.3479
    "same-price", // -0.4415
    "price-big", // 0.305
    "price-small", // -0.3579
    "label-left", // -0.122
    "lang-other", // 0.146
    "lang:en", // -0.589
    "lang:de", // 0.9052
    "lang:fr", // -0.2883
    "lang:it", // -0.4466
    "lang:es", // -0.0515
    "lang:nl", // 0.124
    "lang:pl", // 0.0866
    "lang:sv", // 0.1137
    "lang:ja", // 0
    "name-is-shop", // -2.6513
    "name-is-title", // -0.7739
    "holds-title", // -1.7647
    "record-lines", // -0.4797
    "name-one-noun", // 1.4
    "no-price*siblings", // -1.6181
    "no-price*brand-known", // -1.899
    "no-price*url", // -0.2416
    "no-price*one-noun", // 0.222
  ],
  weights: [-3.4768,0.2853,0.3385,0.0478,0.4652,-0.3946,0.5573,0.0438,0.3064,0.3618,-0.115,0.129,-0.5606,-2.313,-0.1177,-0.0947,1.0604,1.2818,1.4773,-0.2264,0.0247,0.6222,0.5671,3.5477,2.5975,0.159,1.1124,-0.4141,-2.184,0.6697,-0.3661,-0.8694,-1.1534,1.559,0.0812,-0.5364,-0.3635,-0.2598,0.1701,-0.2602,0.478,-0.2523,0.1052,-1.2175,0.1528,-1.3479,-0.4415,0.305,-0.3579,-0.122,0.146,-0.589,0.9052,-0.2883,-0.4466,-0.0515,0.124,0.0866,0.1137,0,-2.6513,-0.7739,-1.7647,-0.4797,1.4,-1.6181,-1.899,-0.2416,0.222],
};
