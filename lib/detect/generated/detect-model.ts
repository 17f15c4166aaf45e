// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (1444 candidates, 1071 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -4.7025
//   format:table             0.489
//   format:card              0.289
//   format:brand-then-line   -0.0058
//   format:heading           -0.3295
//   format:name-then-price   0.1784
//   format:caption           0.1396
//   format:linked-prose      0.1369
//   format:anchor-line       -0.0468
//   format:anchor-list       -0.5544
//   format:anchor-prose      -1.2686
//   format:anchor-record     -0.3928
//   format:anchor-carry      -0.0681
//   format:anchor-link       0.473
//   format:anchor-heading    0.9601
//   evidence                 1.0747
//   evidence>=4              1.2792
//   price                    0.5526
//   retailer                 0.0237
//   url                      0.3034
//   deep-url                 0.2471
//   brand                    2.6764
//   brand-known              1.4661
//   brand-ambiguous          0.3141
//   brand-caps               0.2248
//   name-words               -0.1933
//   name-long                -0.2991
//   name-noun                0.9542
//   name-caps                -0.4047
//   name-lower-start         -0.8122
//   name-digits              -0.5292
//   name-quote               0.3283
//   chrome                   -0.0309
//   in-article               -0.1032
//   heading                  -0.524
//   caption                  -0.3018
//   list-item                -0.3018
//   table-cell               -0.0085
//   depth                    0.2979
//   siblings                 -0.0846
//   line-length              -0.1127
//   line-negative            -0.3492
//   page-negative            -0.1808
//   page-candidates          -0.5255
//   same-price               -0.0503
//   price-big                0.1798
//   price-small              0.3574
//   label-left               -0.0799
//   lang-other               0.0281
//   lang:en                  -0.341
//   lang:de                  0.4174
//   lang:fr                  -0.1341
//   lang:it                  -0.1098
//   lang:es                  0.0113
//   lang:nl                  0.051
//   lang:pl                  0.0244
//   lang:sv                  0.0528
//   lang:ja                  0
//   name-is-shop             -0.9699
//   name-is-title            -0.0187
//   holds-title              -0.0251
//   record-lines             0.3013
//   name-one-noun            0.8666
//   name-sentence            -0.8111
//   no-price*siblings        -1.0023
//   no-price*brand-known     -0.9665
//   no-price*url             0.09
//   no-price*one-noun        0.3336
//   candidate-siblings       0.508

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-4.7025,0.489,0.289,-0.0058,-0.3295,0.1784,0.1396,0.1369,-0.0468,-0.5544,-1.2686,-0.3928,-0.0681,0.473,0.9601,1.0747,1.2792,0.5526,0.0237,0.3034,0.2471,2.6764,1.4661,0.3141,0.2248,-0.1933,-0.2991,0.9542,-0.4047,-0.8122,-0.5292,0.3283,-0.0309,-0.1032,-0.524,-0.3018,-0.3018,-0.0085,0.2979,-0.0846,-0.1127,-0.3492,-0.1808,-0.5255,-0.0503,0.1798,0.3574,-0.0799,0.0281,-0.341,0.4174,-0.1341,-0.1098,0.0113,0.051,0.0244,0.0528,0,-0.9699,-0.0187,-0.0251,0.3013,0.8666,-0.8111,-1.0023,-0.9665,0.09,0.3336,0.508] };
