// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3013 candidates, 1823 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.5346
//   format:table             0.8788
//   format:card              0.6584
//   format:brand-then-line   -0.0019
//   format:heading           -0.7691
//   format:name-then-price   -0.5055
//   format:caption           0.3166
//   format:linked-prose      0.1588
//   format:anchor-line       -0.3304
//   format:anchor-list       -0.7205
//   format:anchor-prose      -1.2187
//   format:anchor-record     0.0295
//   format:anchor-carry      -0.0626
//   format:anchor-link       0.56
//   format:anchor-heading    1.0069
//   evidence                 1.3809
//   evidence>=4              1.1325
//   price                    0.625
//   retailer                 0.4204
//   url                      -0.0814
//   deep-url                 -0.0145
//   brand                    3.4548
//   brand-known              1.7531
//   brand-ambiguous          0.0432
//   brand-caps               -0.2554
//   name-words               -0.0264
//   name-long                -0.948
//   name-noun                0.9709
//   name-caps                -0.2215
//   name-lower-start         -0.9424
//   name-digits              -0.1883
//   name-quote               0.643
//   chrome                   -0.5906
//   in-article               0.0858
//   heading                  -0.0263
//   caption                  0.4689
//   list-item                -0.2646
//   table-cell               -0.0021
//   depth                    -0.2087
//   siblings                 0.8373
//   line-length              -0.3604
//   line-negative            -0.5857
//   page-negative            -0.5299
//   page-candidates          -0.7571
//   same-price               -0.1697
//   price-big                0.501
//   price-small              0.318
//   label-left               -0.098
//   lang-other               -0.1405
//   lang:en                  0.4982
//   lang:de                  -0.1865
//   lang:fr                  -0.0541
//   lang:it                  -0.3125
//   lang:es                  -0.1232
//   lang:nl                  -0.1732
//   lang:pl                  -0.197
//   lang:sv                  0.2255
//   lang:ja                  0.4633
//   name-is-shop             -0.9804
//   name-is-title            0.1565
//   holds-title              -0.0316
//   record-lines             0.8531
//   name-one-noun            0.3807
//   name-sentence            -0.889
//   no-price*siblings        -1.2052
//   no-price*brand-known     -0.5913
//   no-price*url             0.1161
//   no-price*one-noun        0.5288
//   price-range              -0.1781
//   candidate-siblings       0.7883
//   page-shop-links          0.4617
//   no-price*shop-links      -1.0314
//   no-price*page-unpriced   2.5023
//   no-price*candidate-siblings -0.5517

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.5346,0.8788,0.6584,-0.0019,-0.7691,-0.5055,0.3166,0.1588,-0.3304,-0.7205,-1.2187,0.0295,-0.0626,0.56,1.0069,1.3809,1.1325,0.625,0.4204,-0.0814,-0.0145,3.4548,1.7531,0.0432,-0.2554,-0.0264,-0.948,0.9709,-0.2215,-0.9424,-0.1883,0.643,-0.5906,0.0858,-0.0263,0.4689,-0.2646,-0.0021,-0.2087,0.8373,-0.3604,-0.5857,-0.5299,-0.7571,-0.1697,0.501,0.318,-0.098,-0.1405,0.4982,-0.1865,-0.0541,-0.3125,-0.1232,-0.1732,-0.197,0.2255,0.4633,-0.9804,0.1565,-0.0316,0.8531,0.3807,-0.889,-1.2052,-0.5913,0.1161,0.5288,-0.1781,0.7883,0.4617,-1.0314,2.5023,-0.5517] };
