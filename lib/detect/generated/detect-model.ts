// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2745 candidates, 1642 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -6.3124
//   format:table             0.5842
//   format:card              0.3693
//   format:brand-then-line   -0.0194
//   format:heading           -0.2559
//   format:name-then-price   -0.4924
//   format:caption           0.1373
//   format:linked-prose      0.1706
//   format:anchor-line       -0.375
//   format:anchor-list       -0.1527
//   format:anchor-prose      -1.3349
//   format:anchor-record     -0.0543
//   format:anchor-carry      -0.3294
//   format:anchor-link       0.5054
//   format:anchor-heading    1.2473
//   evidence                 1.1594
//   evidence>=4              1.1109
//   price                    0.2052
//   retailer                 0.0639
//   url                      0.1395
//   deep-url                 0.1172
//   brand                    3.3157
//   brand-known              1.8199
//   brand-ambiguous          0.1865
//   brand-caps               -0.3405
//   name-words               0.2033
//   name-long                -1.1364
//   name-noun                1.171
//   name-caps                -0.3711
//   name-lower-start         -0.7456
//   name-digits              -0.4887
//   name-quote               0.8144
//   chrome                   -0.3653
//   in-article               -0.1733
//   heading                  -0.4251
//   caption                  0.8584
//   list-item                -0.3441
//   table-cell               -0.0048
//   depth                    -0.2704
//   siblings                 1.1732
//   line-length              -0.5154
//   line-negative            -0.7088
//   page-negative            -0.3583
//   page-candidates          -1.5512
//   same-price               0.1014
//   price-big                0.4903
//   price-small              0.2875
//   label-left               -0.0589
//   lang-other               -0.3575
//   lang:en                  0.4879
//   lang:de                  0.1163
//   lang:fr                  -0.0591
//   lang:it                  -0.2609
//   lang:es                  -0.2154
//   lang:nl                  -0.0805
//   lang:pl                  -0.199
//   lang:sv                  0.0188
//   lang:ja                  0.5494
//   name-is-shop             -1.0533
//   name-is-title            -0.0444
//   holds-title              -0.0163
//   record-lines             0.9343
//   name-one-noun            0.7784
//   name-sentence            -0.8823
//   no-price*siblings        -2.0329
//   no-price*brand-known     -0.8081
//   no-price*url             0.4183
//   no-price*one-noun        0.7297
//   price-range              -0.0251
//   candidate-siblings       0.8024

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-6.3124,0.5842,0.3693,-0.0194,-0.2559,-0.4924,0.1373,0.1706,-0.375,-0.1527,-1.3349,-0.0543,-0.3294,0.5054,1.2473,1.1594,1.1109,0.2052,0.0639,0.1395,0.1172,3.3157,1.8199,0.1865,-0.3405,0.2033,-1.1364,1.171,-0.3711,-0.7456,-0.4887,0.8144,-0.3653,-0.1733,-0.4251,0.8584,-0.3441,-0.0048,-0.2704,1.1732,-0.5154,-0.7088,-0.3583,-1.5512,0.1014,0.4903,0.2875,-0.0589,-0.3575,0.4879,0.1163,-0.0591,-0.2609,-0.2154,-0.0805,-0.199,0.0188,0.5494,-1.0533,-0.0444,-0.0163,0.9343,0.7784,-0.8823,-2.0329,-0.8081,0.4183,0.7297,-0.0251,0.8024] };
