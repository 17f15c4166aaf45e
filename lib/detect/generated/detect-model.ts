// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2732 candidates, 1685 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.7545
//   format:table             0.6658
//   format:card              0.7794
//   format:brand-then-line   -0.037
//   format:heading           -0.6288
//   format:name-then-price   -0.51
//   format:caption           0.3283
//   format:linked-prose      0.1152
//   format:anchor-line       -0.3791
//   format:anchor-list       -0.6943
//   format:anchor-prose      -1.1435
//   format:anchor-record     0.1583
//   format:anchor-carry      -0.2641
//   format:anchor-link       0.5956
//   format:anchor-heading    1.0141
//   evidence                 1.3515
//   evidence>=4              1.2612
//   price                    0.6581
//   retailer                 0.1806
//   url                      -0.0327
//   deep-url                 0.0203
//   brand                    3.4223
//   brand-known              1.6814
//   brand-ambiguous          0.0765
//   brand-caps               -0.4051
//   name-words               0.0368
//   name-long                -1.1944
//   name-noun                1.0948
//   name-caps                -0.3457
//   name-lower-start         -1.0054
//   name-digits              -0.31
//   name-quote               0.6417
//   chrome                   -0.4337
//   in-article               0.1775
//   heading                  0.0128
//   caption                  0.5388
//   list-item                -0.1993
//   table-cell               -0.0019
//   depth                    -0.37
//   siblings                 0.7444
//   line-length              -0.1782
//   line-negative            -0.506
//   page-negative            -0.3602
//   page-candidates          -0.7802
//   same-price               -0.0673
//   price-big                0.626
//   price-small              0.3143
//   label-left               -0.0634
//   lang-other               -0.3743
//   lang:en                  0.6408
//   lang:de                  -0.0629
//   lang:fr                  0.0205
//   lang:it                  -0.297
//   lang:es                  -0.0022
//   lang:nl                  0.0152
//   lang:pl                  -0.1308
//   lang:sv                  0.0478
//   lang:ja                  0.1429
//   name-is-shop             -0.9518
//   name-is-title            -0.0471
//   holds-title              -0.0295
//   record-lines             0.6927
//   name-one-noun            0.7544
//   name-sentence            -0.8342
//   no-price*siblings        -1.2604
//   no-price*brand-known     -0.8084
//   no-price*url             0.3674
//   no-price*one-noun        0.2684
//   price-range              -0.0101
//   candidate-siblings       0.8096
//   page-shop-links          0.4799
//   no-price*shop-links      -0.9336
//   no-price*page-unpriced   2.0734
//   no-price*candidate-siblings -0.6148

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.7545,0.6658,0.7794,-0.037,-0.6288,-0.51,0.3283,0.1152,-0.3791,-0.6943,-1.1435,0.1583,-0.2641,0.5956,1.0141,1.3515,1.2612,0.6581,0.1806,-0.0327,0.0203,3.4223,1.6814,0.0765,-0.4051,0.0368,-1.1944,1.0948,-0.3457,-1.0054,-0.31,0.6417,-0.4337,0.1775,0.0128,0.5388,-0.1993,-0.0019,-0.37,0.7444,-0.1782,-0.506,-0.3602,-0.7802,-0.0673,0.626,0.3143,-0.0634,-0.3743,0.6408,-0.0629,0.0205,-0.297,-0.0022,0.0152,-0.1308,0.0478,0.1429,-0.9518,-0.0471,-0.0295,0.6927,0.7544,-0.8342,-1.2604,-0.8084,0.3674,0.2684,-0.0101,0.8096,0.4799,-0.9336,2.0734,-0.6148] };
