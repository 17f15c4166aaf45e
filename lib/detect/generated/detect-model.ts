// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3013 candidates, 1821 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.5363
//   format:table             0.8892
//   format:card              0.6593
//   format:brand-then-line   0.0041
//   format:heading           -0.7676
//   format:name-then-price   -0.507
//   format:caption           0.356
//   format:linked-prose      0.1654
//   format:anchor-line       -0.3265
//   format:anchor-list       -0.7197
//   format:anchor-prose      -1.2242
//   format:anchor-record     0.0484
//   format:anchor-carry      -0.1671
//   format:anchor-link       0.5686
//   format:anchor-heading    1.0211
//   evidence                 1.377
//   evidence>=4              1.1375
//   price                    0.6391
//   retailer                 0.426
//   url                      -0.0824
//   deep-url                 -0.0134
//   brand                    3.4353
//   brand-known              1.7557
//   brand-ambiguous          0.0474
//   brand-caps               -0.2946
//   name-words               -0.0208
//   name-long                -0.9521
//   name-noun                0.9578
//   name-caps                -0.2517
//   name-lower-start         -0.9303
//   name-digits              -0.1835
//   name-quote               0.6366
//   chrome                   -0.5956
//   in-article               0.0917
//   heading                  -0.0328
//   caption                  0.4136
//   list-item                -0.2572
//   table-cell               -0.0022
//   depth                    -0.1632
//   siblings                 0.8382
//   line-length              -0.3734
//   line-negative            -0.5842
//   page-negative            -0.5208
//   page-candidates          -0.7405
//   same-price               -0.2136
//   price-big                0.4536
//   price-small              0.3266
//   label-left               -0.0945
//   lang-other               -0.1397
//   lang:en                  0.5041
//   lang:de                  -0.1705
//   lang:fr                  -0.055
//   lang:it                  -0.3171
//   lang:es                  -0.1222
//   lang:nl                  -0.1744
//   lang:pl                  -0.1945
//   lang:sv                  0.2196
//   lang:ja                  0.4497
//   name-is-shop             -0.9787
//   name-is-title            0.1553
//   holds-title              -0.0328
//   record-lines             0.8721
//   name-one-noun            0.3652
//   name-sentence            -0.892
//   no-price*siblings        -1.2093
//   no-price*brand-known     -0.5972
//   no-price*url             0.1067
//   no-price*one-noun        0.5465
//   price-range              -0.5122
//   candidate-siblings       0.7357
//   page-shop-links          0.4654
//   no-price*shop-links      -1.0376
//   no-price*page-unpriced   2.5023
//   no-price*candidate-siblings -0.5279

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.5363,0.8892,0.6593,0.0041,-0.7676,-0.507,0.356,0.1654,-0.3265,-0.7197,-1.2242,0.0484,-0.1671,0.5686,1.0211,1.377,1.1375,0.6391,0.426,-0.0824,-0.0134,3.4353,1.7557,0.0474,-0.2946,-0.0208,-0.9521,0.9578,-0.2517,-0.9303,-0.1835,0.6366,-0.5956,0.0917,-0.0328,0.4136,-0.2572,-0.0022,-0.1632,0.8382,-0.3734,-0.5842,-0.5208,-0.7405,-0.2136,0.4536,0.3266,-0.0945,-0.1397,0.5041,-0.1705,-0.055,-0.3171,-0.1222,-0.1744,-0.1945,0.2196,0.4497,-0.9787,0.1553,-0.0328,0.8721,0.3652,-0.892,-1.2093,-0.5972,0.1067,0.5465,-0.5122,0.7357,0.4654,-1.0376,2.5023,-0.5279] };
