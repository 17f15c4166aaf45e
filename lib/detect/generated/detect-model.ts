// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (1444 candidates, 1071 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -5.2185
//   format:table             1.0321
//   format:card              0.293
//   format:brand-then-line   -0.0003
//   format:heading           -0.5218
//   format:name-then-price   0.2711
//   format:caption           0.132
//   format:linked-prose      0.0978
//   format:anchor-line       -0.2155
//   format:anchor-list       -0.6234
//   format:anchor-prose      -2.1635
//   format:anchor-record     -0.4751
//   format:anchor-carry      -0.1101
//   format:anchor-link       0.7755
//   format:anchor-heading    1.5082
//   evidence                 1.2705
//   evidence>=4              1.6744
//   price                    0.4245
//   retailer                 -0.1154
//   url                      0.3212
//   deep-url                 0.1673
//   brand                    3.6262
//   brand-known              1.6749
//   brand-ambiguous          0.3535
//   brand-caps               0.3845
//   name-words               -0.0613
//   name-long                -0.59
//   name-noun                1.0815
//   name-caps                -0.813
//   name-lower-start         -0.9187
//   name-digits              -0.6913
//   name-quote               0.9561
//   chrome                   -0.1917
//   in-article               -0.1779
//   heading                  -0.7184
//   caption                  -0.423
//   list-item                -0.4177
//   table-cell               -0.01
//   depth                    0.4819
//   siblings                 0.299
//   line-length              -0.2223
//   line-negative            -0.8152
//   page-negative            -0.2384
//   page-candidates          -0.9818
//   same-price               -0.1618
//   price-big                0.325
//   price-small              0.7551
//   label-left               -0.2333
//   lang-other               0.0613
//   lang:en                  -0.5103
//   lang:de                  0.7335
//   lang:fr                  -0.2121
//   lang:it                  -0.2874
//   lang:es                  -0.0437
//   lang:nl                  0.1031
//   lang:pl                  0.0483
//   lang:sv                  0.1073
//   lang:ja                  0
//   name-is-shop             -1.9001
//   name-is-title            -0.0014
//   holds-title              -0.0219
//   record-lines             0.5029
//   name-one-noun            1.3355
//   name-sentence            -1.547
//   no-price*siblings        -1.3414
//   no-price*brand-known     -1.3851
//   no-price*url             0.2165
//   no-price*one-noun        0.2919

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-5.2185,1.0321,0.293,-0.0003,-0.5218,0.2711,0.132,0.0978,-0.2155,-0.6234,-2.1635,-0.4751,-0.1101,0.7755,1.5082,1.2705,1.6744,0.4245,-0.1154,0.3212,0.1673,3.6262,1.6749,0.3535,0.3845,-0.0613,-0.59,1.0815,-0.813,-0.9187,-0.6913,0.9561,-0.1917,-0.1779,-0.7184,-0.423,-0.4177,-0.01,0.4819,0.299,-0.2223,-0.8152,-0.2384,-0.9818,-0.1618,0.325,0.7551,-0.2333,0.0613,-0.5103,0.7335,-0.2121,-0.2874,-0.0437,0.1031,0.0483,0.1073,0,-1.9001,-0.0014,-0.0219,0.5029,1.3355,-1.547,-1.3414,-1.3851,0.2165,0.2919] };
