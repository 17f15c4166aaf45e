// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3013 candidates, 1812 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.8583
//   format:table             0.6841
//   format:card              0.7307
//   format:brand-then-line   0.0087
//   format:heading           -0.6082
//   format:name-then-price   -0.4917
//   format:caption           0.1468
//   format:linked-prose      0.1348
//   format:anchor-line       -0.3302
//   format:anchor-list       -0.5052
//   format:anchor-prose      -1.1879
//   format:anchor-record     0.219
//   format:anchor-carry      -0.4933
//   format:anchor-link       0.5426
//   format:anchor-heading    1.15
//   evidence                 1.2943
//   evidence>=4              1.3038
//   price                    0.6875
//   retailer                 0.3795
//   url                      -0.0419
//   deep-url                 0.037
//   brand                    3.5414
//   brand-known              1.7498
//   brand-ambiguous          -0.0625
//   brand-caps               -0.5422
//   name-words               -0.1024
//   name-long                -0.9758
//   name-noun                1.0726
//   name-caps                -0.3412
//   name-lower-start         -0.8917
//   name-digits              -0.0842
//   name-quote               0.6363
//   chrome                   -0.5854
//   in-article               0.0465
//   heading                  0.0181
//   caption                  0.62
//   list-item                -0.1593
//   table-cell               -0.0019
//   depth                    -0.3124
//   siblings                 0.9715
//   line-length              -0.238
//   line-negative            -0.6326
//   page-negative            -0.5269
//   page-candidates          -0.7365
//   same-price               -0.1531
//   price-big                0.6164
//   price-small              0.3335
//   label-left               -0.0519
//   lang-other               -0.2224
//   lang:en                  0.5482
//   lang:de                  -0.0936
//   lang:fr                  -0.021
//   lang:it                  -0.2571
//   lang:es                  -0.1309
//   lang:nl                  -0.0924
//   lang:pl                  -0.2402
//   lang:sv                  0.265
//   lang:ja                  0.2443
//   name-is-shop             -0.9954
//   name-is-title            0.1505
//   holds-title              -0.0262
//   record-lines             0.6636
//   name-one-noun            0.6526
//   name-sentence            -0.8688
//   no-price*siblings        -0.9932
//   no-price*brand-known     -0.8312
//   no-price*url             0.1699
//   no-price*one-noun        0.6783
//   price-range              -0.4736
//   candidate-siblings       0.7146
//   page-shop-links          0.3402
//   no-price*shop-links      -1.0971
//   no-price*page-unpriced   2.596
//   no-price*candidate-siblings -0.6023

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.8583,0.6841,0.7307,0.0087,-0.6082,-0.4917,0.1468,0.1348,-0.3302,-0.5052,-1.1879,0.219,-0.4933,0.5426,1.15,1.2943,1.3038,0.6875,0.3795,-0.0419,0.037,3.5414,1.7498,-0.0625,-0.5422,-0.1024,-0.9758,1.0726,-0.3412,-0.8917,-0.0842,0.6363,-0.5854,0.0465,0.0181,0.62,-0.1593,-0.0019,-0.3124,0.9715,-0.238,-0.6326,-0.5269,-0.7365,-0.1531,0.6164,0.3335,-0.0519,-0.2224,0.5482,-0.0936,-0.021,-0.2571,-0.1309,-0.0924,-0.2402,0.265,0.2443,-0.9954,0.1505,-0.0262,0.6636,0.6526,-0.8688,-0.9932,-0.8312,0.1699,0.6783,-0.4736,0.7146,0.3402,-1.0971,2.596,-0.6023] };
