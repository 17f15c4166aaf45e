// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2925 candidates, 1765 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.8936
//   format:table             0.6677
//   format:card              0.7199
//   format:brand-then-line   -0.0095
//   format:heading           -0.5559
//   format:name-then-price   -0.4775
//   format:caption           0.2237
//   format:linked-prose      0.1319
//   format:anchor-line       -0.4031
//   format:anchor-list       -0.6198
//   format:anchor-prose      -1.1692
//   format:anchor-record     0.1033
//   format:anchor-carry      -0.1808
//   format:anchor-link       0.5487
//   format:anchor-heading    1.0205
//   evidence                 1.3488
//   evidence>=4              1.1645
//   price                    0.6704
//   retailer                 0.3643
//   url                      -0.0662
//   deep-url                 0.0175
//   brand                    3.4171
//   brand-known              1.8078
//   brand-ambiguous          0.0692
//   brand-caps               -0.4436
//   name-words               -0.0305
//   name-long                -0.9732
//   name-noun                1.037
//   name-caps                -0.728
//   name-lower-start         -0.9926
//   name-digits              -0.2215
//   name-quote               0.6708
//   chrome                   -0.5575
//   in-article               0.0474
//   heading                  0.0289
//   caption                  0.7046
//   list-item                -0.2189
//   table-cell               -0.0018
//   depth                    -0.2298
//   siblings                 0.9397
//   line-length              -0.2843
//   line-negative            -0.656
//   page-negative            -0.4881
//   page-candidates          -0.6534
//   same-price               -0.1186
//   price-big                0.2762
//   price-small              0.3427
//   label-left               -0.089
//   lang-other               -0.1512
//   lang:en                  0.5453
//   lang:de                  -0.0971
//   lang:fr                  0.0035
//   lang:it                  -0.2382
//   lang:es                  -0.1086
//   lang:nl                  -0.1312
//   lang:pl                  -0.1715
//   lang:sv                  0.2938
//   lang:ja                  0.0552
//   name-is-shop             -0.9512
//   name-is-title            0.1745
//   holds-title              -0.0261
//   record-lines             0.6205
//   name-one-noun            0.7931
//   name-sentence            -0.8813
//   no-price*siblings        -1.2226
//   no-price*brand-known     -0.6466
//   no-price*url             0.1175
//   no-price*one-noun        0.3838
//   price-range              -0.0906
//   candidate-siblings       0.9277
//   page-shop-links          0.4534
//   no-price*shop-links      -1.0471
//   no-price*page-unpriced   2.6002
//   no-price*candidate-siblings -0.5421

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.8936,0.6677,0.7199,-0.0095,-0.5559,-0.4775,0.2237,0.1319,-0.4031,-0.6198,-1.1692,0.1033,-0.1808,0.5487,1.0205,1.3488,1.1645,0.6704,0.3643,-0.0662,0.0175,3.4171,1.8078,0.0692,-0.4436,-0.0305,-0.9732,1.037,-0.728,-0.9926,-0.2215,0.6708,-0.5575,0.0474,0.0289,0.7046,-0.2189,-0.0018,-0.2298,0.9397,-0.2843,-0.656,-0.4881,-0.6534,-0.1186,0.2762,0.3427,-0.089,-0.1512,0.5453,-0.0971,0.0035,-0.2382,-0.1086,-0.1312,-0.1715,0.2938,0.0552,-0.9512,0.1745,-0.0261,0.6205,0.7931,-0.8813,-1.2226,-0.6466,0.1175,0.3838,-0.0906,0.9277,0.4534,-1.0471,2.6002,-0.5421] };
