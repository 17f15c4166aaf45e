// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3004 candidates, 1808 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.8429
//   format:table             0.6823
//   format:card              0.7447
//   format:brand-then-line   0.0039
//   format:heading           -0.6974
//   format:name-then-price   -0.4753
//   format:caption           0.3228
//   format:linked-prose      0.1474
//   format:anchor-line       -0.3065
//   format:anchor-list       -0.6027
//   format:anchor-prose      -1.1686
//   format:anchor-record     0.1458
//   format:anchor-carry      -0.5082
//   format:anchor-link       0.5959
//   format:anchor-heading    1.1159
//   evidence                 1.3606
//   evidence>=4              1.1831
//   price                    0.6731
//   retailer                 0.4003
//   url                      -0.0626
//   deep-url                 0.0169
//   brand                    3.4343
//   brand-known              1.7862
//   brand-ambiguous          0.0412
//   brand-caps               -0.4101
//   name-words               -0.0356
//   name-long                -0.9713
//   name-noun                0.9982
//   name-caps                -0.413
//   name-lower-start         -0.9372
//   name-digits              -0.1688
//   name-quote               0.6401
//   chrome                   -0.5527
//   in-article               0.0584
//   heading                  0.0539
//   caption                  0.5632
//   list-item                -0.2235
//   table-cell               -0.0019
//   depth                    -0.1811
//   siblings                 0.8871
//   line-length              -0.2681
//   line-negative            -0.5929
//   page-negative            -0.4931
//   page-candidates          -0.7416
//   same-price               -0.1675
//   price-big                0.428
//   price-small              0.3484
//   label-left               -0.0854
//   lang-other               -0.2274
//   lang:en                  0.5408
//   lang:de                  -0.1114
//   lang:fr                  -0.0198
//   lang:it                  -0.2616
//   lang:es                  -0.105
//   lang:nl                  -0.1482
//   lang:pl                  -0.1777
//   lang:sv                  0.2684
//   lang:ja                  0.2418
//   name-is-shop             -0.9661
//   name-is-title            0.1632
//   holds-title              -0.0308
//   record-lines             0.688
//   name-one-noun            0.4977
//   name-sentence            -0.8817
//   no-price*siblings        -1.2507
//   no-price*brand-known     -0.6594
//   no-price*url             0.1222
//   no-price*one-noun        0.5163
//   price-range              -0.4036
//   candidate-siblings       0.865
//   page-shop-links          0.4565
//   no-price*shop-links      -1.0072
//   no-price*page-unpriced   2.5637
//   no-price*candidate-siblings -0.5114

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.8429,0.6823,0.7447,0.0039,-0.6974,-0.4753,0.3228,0.1474,-0.3065,-0.6027,-1.1686,0.1458,-0.5082,0.5959,1.1159,1.3606,1.1831,0.6731,0.4003,-0.0626,0.0169,3.4343,1.7862,0.0412,-0.4101,-0.0356,-0.9713,0.9982,-0.413,-0.9372,-0.1688,0.6401,-0.5527,0.0584,0.0539,0.5632,-0.2235,-0.0019,-0.1811,0.8871,-0.2681,-0.5929,-0.4931,-0.7416,-0.1675,0.428,0.3484,-0.0854,-0.2274,0.5408,-0.1114,-0.0198,-0.2616,-0.105,-0.1482,-0.1777,0.2684,0.2418,-0.9661,0.1632,-0.0308,0.688,0.4977,-0.8817,-1.2507,-0.6594,0.1222,0.5163,-0.4036,0.865,0.4565,-1.0072,2.5637,-0.5114] };
