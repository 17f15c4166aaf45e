// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2694 candidates, 1584 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -5.8186
//   format:table             0.5398
//   format:card              -0.048
//   format:brand-then-line   -0.033
//   format:heading           -0.0431
//   format:name-then-price   -0.4347
//   format:caption           0.1184
//   format:linked-prose      0.1513
//   format:anchor-line       -0.3386
//   format:anchor-list       -0.1462
//   format:anchor-prose      -1.3136
//   format:anchor-record     -0.0234
//   format:anchor-carry      -0.3433
//   format:anchor-link       0.4381
//   format:anchor-heading    1.4762
//   evidence                 1.157
//   evidence>=4              1.0953
//   price                    0.2439
//   retailer                 -0.0817
//   url                      0.1634
//   deep-url                 0.2118
//   brand                    3.3032
//   brand-known              1.6106
//   brand-ambiguous          0.3007
//   brand-caps               -0.2583
//   name-words               0.2145
//   name-long                -1.2864
//   name-noun                1.2306
//   name-caps                -0.4153
//   name-lower-start         -0.7987
//   name-digits              -0.4705
//   name-quote               0.8293
//   chrome                   -0.3081
//   in-article               -0.1522
//   heading                  -0.6819
//   caption                  0.8013
//   list-item                -0.3399
//   table-cell               -0.006
//   depth                    -0.4651
//   siblings                 0.676
//   line-length              -0.5252
//   line-negative            -0.3184
//   page-negative            -0.2735
//   page-candidates          -1.6448
//   same-price               0.1226
//   price-big                0.4682
//   price-small              0.2393
//   label-left               -0.0961
//   lang-other               -0.3529
//   lang:en                  0.629
//   lang:de                  -0.4948
//   lang:fr                  0.0638
//   lang:it                  -0.1641
//   lang:es                  -0.0963
//   lang:nl                  0.0841
//   lang:pl                  -0.2162
//   lang:sv                  0.0519
//   lang:ja                  0.4955
//   name-is-shop             -1.024
//   name-is-title            -0.0646
//   holds-title              -0.1745
//   record-lines             0.8963
//   name-one-noun            0.7599
//   name-sentence            -0.8738
//   no-price*siblings        -1.9326
//   no-price*brand-known     -0.7371
//   no-price*url             0.351
//   no-price*one-noun        0.7142
//   price-range              -0.0199
//   candidate-siblings       1.0322

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-5.8186,0.5398,-0.048,-0.033,-0.0431,-0.4347,0.1184,0.1513,-0.3386,-0.1462,-1.3136,-0.0234,-0.3433,0.4381,1.4762,1.157,1.0953,0.2439,-0.0817,0.1634,0.2118,3.3032,1.6106,0.3007,-0.2583,0.2145,-1.2864,1.2306,-0.4153,-0.7987,-0.4705,0.8293,-0.3081,-0.1522,-0.6819,0.8013,-0.3399,-0.006,-0.4651,0.676,-0.5252,-0.3184,-0.2735,-1.6448,0.1226,0.4682,0.2393,-0.0961,-0.3529,0.629,-0.4948,0.0638,-0.1641,-0.0963,0.0841,-0.2162,0.0519,0.4955,-1.024,-0.0646,-0.1745,0.8963,0.7599,-0.8738,-1.9326,-0.7371,0.351,0.7142,-0.0199,1.0322] };
