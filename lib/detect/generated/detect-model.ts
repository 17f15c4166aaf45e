// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2739 candidates, 1640 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -6.3468
//   format:table             0.5834
//   format:card              0.351
//   format:brand-then-line   -0.0204
//   format:heading           -0.2603
//   format:name-then-price   -0.4963
//   format:caption           0.1395
//   format:linked-prose      0.1623
//   format:anchor-line       -0.3772
//   format:anchor-list       -0.1396
//   format:anchor-prose      -1.329
//   format:anchor-record     -0.0618
//   format:anchor-carry      -0.3274
//   format:anchor-link       0.5016
//   format:anchor-heading    1.2743
//   evidence                 1.1478
//   evidence>=4              1.1378
//   price                    0.2041
//   retailer                 0.0338
//   url                      0.1628
//   deep-url                 0.1393
//   brand                    3.3308
//   brand-known              1.7945
//   brand-ambiguous          0.1852
//   brand-caps               -0.4117
//   name-words               0.2158
//   name-long                -1.1438
//   name-noun                1.1626
//   name-caps                -0.4579
//   name-lower-start         -0.7401
//   name-digits              -0.4628
//   name-quote               0.8065
//   chrome                   -0.2614
//   in-article               -0.1743
//   heading                  -0.4132
//   caption                  0.8902
//   list-item                -0.3191
//   table-cell               -0.0048
//   depth                    -0.2856
//   siblings                 1.1865
//   line-length              -0.5136
//   line-negative            -0.7122
//   page-negative            -0.3388
//   page-candidates          -1.5669
//   same-price               0.1068
//   price-big                0.472
//   price-small              0.2833
//   label-left               -0.0517
//   lang-other               -0.3417
//   lang:en                  0.5013
//   lang:de                  0.144
//   lang:fr                  -0.0505
//   lang:it                  -0.2553
//   lang:es                  -0.2042
//   lang:nl                  -0.0515
//   lang:pl                  -0.2091
//   lang:sv                  0.0223
//   lang:ja                  0.4445
//   name-is-shop             -1.0624
//   name-is-title            -0.0446
//   holds-title              -0.0162
//   record-lines             0.9268
//   name-one-noun            0.8053
//   name-sentence            -0.8859
//   no-price*siblings        -2.0342
//   no-price*brand-known     -0.7958
//   no-price*url             0.3937
//   no-price*one-noun        0.7429
//   price-range              -0.0268
//   candidate-siblings       0.8126

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-6.3468,0.5834,0.351,-0.0204,-0.2603,-0.4963,0.1395,0.1623,-0.3772,-0.1396,-1.329,-0.0618,-0.3274,0.5016,1.2743,1.1478,1.1378,0.2041,0.0338,0.1628,0.1393,3.3308,1.7945,0.1852,-0.4117,0.2158,-1.1438,1.1626,-0.4579,-0.7401,-0.4628,0.8065,-0.2614,-0.1743,-0.4132,0.8902,-0.3191,-0.0048,-0.2856,1.1865,-0.5136,-0.7122,-0.3388,-1.5669,0.1068,0.472,0.2833,-0.0517,-0.3417,0.5013,0.144,-0.0505,-0.2553,-0.2042,-0.0515,-0.2091,0.0223,0.4445,-1.0624,-0.0446,-0.0162,0.9268,0.8053,-0.8859,-2.0342,-0.7958,0.3937,0.7429,-0.0268,0.8126] };
