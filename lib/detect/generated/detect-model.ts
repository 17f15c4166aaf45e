// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3042 candidates, 1820 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.1652
//   format:table             0.7041
//   format:card              0.6753
//   format:brand-then-line   0.0225
//   format:heading           -0.6367
//   format:name-then-price   -0.5426
//   format:caption           0.3255
//   format:linked-prose      0.1104
//   format:anchor-line       -0.3071
//   format:anchor-list       -0.5307
//   format:anchor-prose      -1.1207
//   format:anchor-record     0.0905
//   format:anchor-carry      -0.462
//   format:anchor-link       0.7168
//   format:anchor-heading    1.0457
//   evidence                 1.2304
//   evidence>=4              1.2345
//   price                    0.7554
//   retailer                 0.4397
//   url                      -0.012
//   deep-url                 0.0413
//   brand                    3.6008
//   brand-known              1.7787
//   brand-ambiguous          -0.0679
//   brand-caps               -0.6178
//   name-words               -0.2089
//   name-long                -0.8981
//   name-noun                1.0889
//   name-caps                -0.2621
//   name-lower-start         -1.008
//   name-digits              -0.1295
//   name-quote               0.6301
//   chrome                   -0.5004
//   in-article               0.2894
//   heading                  0.0805
//   caption                  0.5658
//   list-item                -0.2209
//   table-cell               -0.0016
//   depth                    -0.3375
//   siblings                 0.9457
//   line-length              -0.2524
//   line-negative            -0.6647
//   page-negative            -0.5198
//   page-candidates          -0.6951
//   same-price               -0.1428
//   price-big                0.665
//   price-small              0.3614
//   label-left               -0.1389
//   lang-other               -0.4023
//   lang:en                  0.558
//   lang:de                  -0.0887
//   lang:fr                  0.0598
//   lang:it                  -0.2403
//   lang:es                  -0.2152
//   lang:nl                  -0.2596
//   lang:pl                  -0.0252
//   lang:sv                  0.2642
//   lang:ja                  0.3493
//   name-is-shop             -0.9602
//   name-is-title            0.1559
//   holds-title              -0.0241
//   record-lines             0.5763
//   name-one-noun            0.4102
//   name-sentence            -0.9147
//   no-price*siblings        -1.1693
//   no-price*brand-known     -0.7822
//   no-price*url             0.118
//   no-price*one-noun        0.5649
//   price-range              -0.4775
//   candidate-siblings       0.7579
//   page-shop-links          0.4143
//   no-price*shop-links      -1.0248
//   no-price*page-unpriced   2.5843
//   no-price*candidate-siblings -0.4437
//   format:anchor-credit     -0.0909

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.1652,0.7041,0.6753,0.0225,-0.6367,-0.5426,0.3255,0.1104,-0.3071,-0.5307,-1.1207,0.0905,-0.462,0.7168,1.0457,1.2304,1.2345,0.7554,0.4397,-0.012,0.0413,3.6008,1.7787,-0.0679,-0.6178,-0.2089,-0.8981,1.0889,-0.2621,-1.008,-0.1295,0.6301,-0.5004,0.2894,0.0805,0.5658,-0.2209,-0.0016,-0.3375,0.9457,-0.2524,-0.6647,-0.5198,-0.6951,-0.1428,0.665,0.3614,-0.1389,-0.4023,0.558,-0.0887,0.0598,-0.2403,-0.2152,-0.2596,-0.0252,0.2642,0.3493,-0.9602,0.1559,-0.0241,0.5763,0.4102,-0.9147,-1.1693,-0.7822,0.118,0.5649,-0.4775,0.7579,0.4143,-1.0248,2.5843,-0.4437,-0.0909] };
