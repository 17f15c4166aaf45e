// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2998 candidates, 1784 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.0667
//   format:table             0.6572
//   format:card              0.6974
//   format:brand-then-line   0.0821
//   format:heading           -0.5993
//   format:name-then-price   -0.4895
//   format:caption           0.2742
//   format:linked-prose      0.1516
//   format:anchor-line       -0.2958
//   format:anchor-list       -0.6051
//   format:anchor-prose      -1.2116
//   format:anchor-record     0.1706
//   format:anchor-carry      -0.5337
//   format:anchor-link       0.5933
//   format:anchor-heading    1.1087
//   evidence                 1.2877
//   evidence>=4              1.2427
//   price                    0.6848
//   retailer                 0.4159
//   url                      -0.0359
//   deep-url                 0.0309
//   brand                    3.4516
//   brand-known              1.8798
//   brand-ambiguous          -0.0221
//   brand-caps               -0.5342
//   name-words               -0.0565
//   name-long                -0.9808
//   name-noun                1.022
//   name-caps                -0.4054
//   name-lower-start         -0.987
//   name-digits              -0.1873
//   name-quote               0.6478
//   chrome                   -0.5283
//   in-article               0.0571
//   heading                  0.0728
//   caption                  0.6247
//   list-item                -0.2646
//   table-cell               -0.0018
//   depth                    -0.0654
//   siblings                 1.0349
//   line-length              -0.3028
//   line-negative            -0.7024
//   page-negative            -0.4668
//   page-candidates          -0.6732
//   same-price               -0.159
//   price-big                0.6546
//   price-small              0.3677
//   label-left               -0.0789
//   lang-other               -0.1777
//   lang:en                  0.5118
//   lang:de                  -0.0622
//   lang:fr                  0.0694
//   lang:it                  -0.2593
//   lang:es                  -0.2123
//   lang:nl                  -0.1067
//   lang:pl                  -0.1738
//   lang:sv                  0.0826
//   lang:ja                  0.3282
//   name-is-shop             -0.9953
//   name-is-title            0.1679
//   holds-title              -0.0234
//   record-lines             0.6098
//   name-one-noun            0.5898
//   name-sentence            -0.875
//   no-price*siblings        -1.2852
//   no-price*brand-known     -0.6396
//   no-price*url             0.088
//   no-price*one-noun        0.4441
//   price-range              -0.4598
//   candidate-siblings       0.765
//   page-shop-links          0.3616
//   no-price*shop-links      -0.9738
//   no-price*page-unpriced   2.6044
//   no-price*candidate-siblings -0.4726

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.0667,0.6572,0.6974,0.0821,-0.5993,-0.4895,0.2742,0.1516,-0.2958,-0.6051,-1.2116,0.1706,-0.5337,0.5933,1.1087,1.2877,1.2427,0.6848,0.4159,-0.0359,0.0309,3.4516,1.8798,-0.0221,-0.5342,-0.0565,-0.9808,1.022,-0.4054,-0.987,-0.1873,0.6478,-0.5283,0.0571,0.0728,0.6247,-0.2646,-0.0018,-0.0654,1.0349,-0.3028,-0.7024,-0.4668,-0.6732,-0.159,0.6546,0.3677,-0.0789,-0.1777,0.5118,-0.0622,0.0694,-0.2593,-0.2123,-0.1067,-0.1738,0.0826,0.3282,-0.9953,0.1679,-0.0234,0.6098,0.5898,-0.875,-1.2852,-0.6396,0.088,0.4441,-0.4598,0.765,0.3616,-0.9738,2.6044,-0.4726] };
