// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2738 candidates, 1683 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.704
//   format:table             0.6674
//   format:card              0.7694
//   format:brand-then-line   -0.0402
//   format:heading           -0.6627
//   format:name-then-price   -0.5141
//   format:caption           0.3142
//   format:linked-prose      0.1292
//   format:anchor-line       -0.4562
//   format:anchor-list       -0.5458
//   format:anchor-prose      -1.1693
//   format:anchor-record     0.1471
//   format:anchor-carry      -0.2773
//   format:anchor-link       0.6373
//   format:anchor-heading    1.001
//   evidence                 1.3992
//   evidence>=4              1.2293
//   price                    0.7243
//   retailer                 0.1517
//   url                      -0.0171
//   deep-url                 0.03
//   brand                    3.4092
//   brand-known              1.6527
//   brand-ambiguous          0.1117
//   brand-caps               -0.4182
//   name-words               0.0184
//   name-long                -1.1601
//   name-noun                1.0947
//   name-caps                -0.3308
//   name-lower-start         -0.9129
//   name-digits              -0.2792
//   name-quote               0.655
//   chrome                   -0.4118
//   in-article               0.151
//   heading                  0.0113
//   caption                  0.5472
//   list-item                -0.243
//   table-cell               -0.0019
//   depth                    -0.3837
//   siblings                 0.7394
//   line-length              -0.2043
//   line-negative            -0.4913
//   page-negative            -0.3549
//   page-candidates          -0.7528
//   same-price               -0.0628
//   price-big                0.5953
//   price-small              0.3161
//   label-left               -0.0484
//   lang-other               -0.36
//   lang:en                  0.6097
//   lang:de                  -0.0586
//   lang:fr                  0.0339
//   lang:it                  -0.2983
//   lang:es                  -0.0153
//   lang:nl                  0.0046
//   lang:pl                  -0.1253
//   lang:sv                  0.0559
//   lang:ja                  0.1533
//   name-is-shop             -0.9705
//   name-is-title            -0.0475
//   holds-title              -0.0301
//   record-lines             0.6179
//   name-one-noun            0.7523
//   name-sentence            -0.808
//   no-price*siblings        -1.3184
//   no-price*brand-known     -0.8822
//   no-price*url             0.3733
//   no-price*one-noun        0.3001
//   price-range              -0.1649
//   candidate-siblings       0.772
//   page-shop-links          0.4895
//   no-price*shop-links      -0.9163
//   no-price*page-unpriced   1.9349
//   no-price*candidate-siblings -0.5205

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.704,0.6674,0.7694,-0.0402,-0.6627,-0.5141,0.3142,0.1292,-0.4562,-0.5458,-1.1693,0.1471,-0.2773,0.6373,1.001,1.3992,1.2293,0.7243,0.1517,-0.0171,0.03,3.4092,1.6527,0.1117,-0.4182,0.0184,-1.1601,1.0947,-0.3308,-0.9129,-0.2792,0.655,-0.4118,0.151,0.0113,0.5472,-0.243,-0.0019,-0.3837,0.7394,-0.2043,-0.4913,-0.3549,-0.7528,-0.0628,0.5953,0.3161,-0.0484,-0.36,0.6097,-0.0586,0.0339,-0.2983,-0.0153,0.0046,-0.1253,0.0559,0.1533,-0.9705,-0.0475,-0.0301,0.6179,0.7523,-0.808,-1.3184,-0.8822,0.3733,0.3001,-0.1649,0.772,0.4895,-0.9163,1.9349,-0.5205] };
