// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (1444 candidates, 1071 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -4.5567
//   format:table             0.4797
//   format:card              0.2893
//   format:brand-then-line   -0.0029
//   format:heading           -0.3285
//   format:name-then-price   0.1758
//   format:caption           0.1404
//   format:linked-prose      0.1298
//   format:anchor-line       -0.0249
//   format:anchor-list       -0.5472
//   format:anchor-prose      -1.2569
//   format:anchor-record     -0.3959
//   format:anchor-carry      -0.0713
//   format:anchor-link       0.468
//   format:anchor-heading    0.9448
//   evidence                 1.0556
//   evidence>=4              1.2907
//   price                    0.5241
//   retailer                 -0.0026
//   url                      0.2817
//   deep-url                 0.2246
//   brand                    2.6726
//   brand-known              1.4841
//   brand-ambiguous          0.3396
//   brand-caps               0.214
//   name-words               -0.2177
//   name-long                -0.2988
//   name-noun                0.941
//   name-caps                -0.4071
//   name-lower-start         -0.8385
//   name-digits              -0.5022
//   name-quote               0.3288
//   chrome                   -0.0334
//   in-article               -0.0958
//   heading                  -0.5397
//   caption                  -0.3277
//   list-item                -0.3153
//   table-cell               -0.0086
//   depth                    0.2924
//   siblings                 -0.0667
//   line-length              -0.0691
//   line-negative            -0.3687
//   page-negative            -0.21
//   page-candidates          -0.5862
//   same-price               -0.057
//   price-big                0.1545
//   price-small              0.3432
//   label-left               -0.0826
//   lang-other               0.028
//   lang:en                  -0.3193
//   lang:de                  0.4115
//   lang:fr                  -0.1446
//   lang:it                  -0.1123
//   lang:es                  0.0108
//   lang:nl                  0.0509
//   lang:pl                  0.0239
//   lang:sv                  0.0512
//   lang:ja                  0
//   name-is-shop             -0.9747
//   name-is-title            -0.0195
//   holds-title              -0.0264
//   record-lines             0.2947
//   name-one-noun            0.8444
//   name-sentence            -0.8203
//   no-price*siblings        -1.0652
//   no-price*brand-known     -1.0546
//   no-price*url             0.138
//   no-price*one-noun        0.3205
//   price-range              0
//   candidate-siblings       0.4792

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-4.5567,0.4797,0.2893,-0.0029,-0.3285,0.1758,0.1404,0.1298,-0.0249,-0.5472,-1.2569,-0.3959,-0.0713,0.468,0.9448,1.0556,1.2907,0.5241,-0.0026,0.2817,0.2246,2.6726,1.4841,0.3396,0.214,-0.2177,-0.2988,0.941,-0.4071,-0.8385,-0.5022,0.3288,-0.0334,-0.0958,-0.5397,-0.3277,-0.3153,-0.0086,0.2924,-0.0667,-0.0691,-0.3687,-0.21,-0.5862,-0.057,0.1545,0.3432,-0.0826,0.028,-0.3193,0.4115,-0.1446,-0.1123,0.0108,0.0509,0.0239,0.0512,0,-0.9747,-0.0195,-0.0264,0.2947,0.8444,-0.8203,-1.0652,-1.0546,0.138,0.3205,0,0.4792] };
