// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2983 candidates, 1766 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.9916
//   format:table             0.7
//   format:card              0.7012
//   format:brand-then-line   0.0159
//   format:heading           -0.6232
//   format:name-then-price   -0.4938
//   format:caption           0.2667
//   format:linked-prose      0.1359
//   format:anchor-line       -0.3019
//   format:anchor-list       -0.5992
//   format:anchor-prose      -1.1854
//   format:anchor-record     0.1441
//   format:anchor-carry      -0.4573
//   format:anchor-link       0.5924
//   format:anchor-heading    1.1045
//   evidence                 1.2965
//   evidence>=4              1.2561
//   price                    0.6693
//   retailer                 0.4227
//   url                      -0.0333
//   deep-url                 0.0362
//   brand                    3.5339
//   brand-known              1.8175
//   brand-ambiguous          0.0095
//   brand-caps               -0.5286
//   name-words               -0.0436
//   name-long                -0.9811
//   name-noun                1.0438
//   name-caps                -0.3652
//   name-lower-start         -0.9322
//   name-digits              -0.1547
//   name-quote               0.6518
//   chrome                   -0.528
//   in-article               0.065
//   heading                  0.0709
//   caption                  0.5863
//   list-item                -0.2445
//   table-cell               -0.0018
//   depth                    -0.1445
//   siblings                 0.9904
//   line-length              -0.3066
//   line-negative            -0.6951
//   page-negative            -0.4778
//   page-candidates          -0.7037
//   same-price               -0.1778
//   price-big                0.5573
//   price-small              0.363
//   label-left               -0.0819
//   lang-other               -0.1857
//   lang:en                  0.5098
//   lang:de                  -0.0954
//   lang:fr                  -0.0323
//   lang:it                  -0.2595
//   lang:es                  -0.1358
//   lang:nl                  -0.1417
//   lang:pl                  -0.1906
//   lang:sv                  0.2723
//   lang:ja                  0.2591
//   name-is-shop             -0.9785
//   name-is-title            0.1576
//   holds-title              -0.0259
//   record-lines             0.6042
//   name-one-noun            0.5467
//   name-sentence            -0.8892
//   no-price*siblings        -1.268
//   no-price*brand-known     -0.6771
//   no-price*url             0.0918
//   no-price*one-noun        0.4918
//   price-range              -0.4234
//   candidate-siblings       0.7504
//   page-shop-links          0.4017
//   no-price*shop-links      -1.0092
//   no-price*page-unpriced   2.5693
//   no-price*candidate-siblings -0.4761

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.9916,0.7,0.7012,0.0159,-0.6232,-0.4938,0.2667,0.1359,-0.3019,-0.5992,-1.1854,0.1441,-0.4573,0.5924,1.1045,1.2965,1.2561,0.6693,0.4227,-0.0333,0.0362,3.5339,1.8175,0.0095,-0.5286,-0.0436,-0.9811,1.0438,-0.3652,-0.9322,-0.1547,0.6518,-0.528,0.065,0.0709,0.5863,-0.2445,-0.0018,-0.1445,0.9904,-0.3066,-0.6951,-0.4778,-0.7037,-0.1778,0.5573,0.363,-0.0819,-0.1857,0.5098,-0.0954,-0.0323,-0.2595,-0.1358,-0.1417,-0.1906,0.2723,0.2591,-0.9785,0.1576,-0.0259,0.6042,0.5467,-0.8892,-1.268,-0.6771,0.0918,0.4918,-0.4234,0.7504,0.4017,-1.0092,2.5693,-0.4761] };
