// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2692 candidates, 1565 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -6.0417
//   format:table             0.4105
//   format:card              -0.0586
//   format:brand-then-line   -0.032
//   format:heading           -0.0267
//   format:name-then-price   -0.4465
//   format:caption           0.0048
//   format:linked-prose      0.1859
//   format:anchor-line       -0.2664
//   format:anchor-list       -0.0922
//   format:anchor-prose      -1.277
//   format:anchor-record     -0.0372
//   format:anchor-carry      -0.2628
//   format:anchor-link       0.4139
//   format:anchor-heading    1.4842
//   evidence                 1.2509
//   evidence>=4              0.9556
//   price                    0.1891
//   retailer                 0.0076
//   url                      0.2339
//   deep-url                 0.2792
//   brand                    3.2524
//   brand-known              1.5845
//   brand-ambiguous          0.3087
//   brand-caps               -0.3672
//   name-words               0.3862
//   name-long                -1.2813
//   name-noun                1.1133
//   name-caps                -0.2583
//   name-lower-start         -0.7157
//   name-digits              -0.5544
//   name-quote               0.8157
//   chrome                   -0.2992
//   in-article               -0.1394
//   heading                  -0.7186
//   caption                  0.6254
//   list-item                -0.4644
//   table-cell               -0.0062
//   depth                    -0.4222
//   siblings                 0.6587
//   line-length              -0.6267
//   line-negative            -0.2225
//   page-negative            -0.3239
//   page-candidates          -1.5645
//   same-price               0.1303
//   price-big                -0.1677
//   price-small              0.2954
//   label-left               -0.1091
//   lang-other               -0.261
//   lang:en                  0.822
//   lang:de                  -0.3783
//   lang:fr                  0.1953
//   lang:it                  -0.3089
//   lang:es                  -0.0052
//   lang:nl                  0.227
//   lang:pl                  -0.0921
//   lang:sv                  0.1045
//   lang:ja                  -0.3032
//   name-is-shop             -1.1248
//   name-is-title            -0.0756
//   holds-title              -0.1766
//   record-lines             0.8925
//   name-one-noun            0.866
//   name-sentence            -0.8904
//   no-price*siblings        -1.8685
//   no-price*brand-known     -0.6825
//   no-price*url             0.2623
//   no-price*one-noun        0.8084
//   price-range              -0.0151
//   candidate-siblings       0.9746

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-6.0417,0.4105,-0.0586,-0.032,-0.0267,-0.4465,0.0048,0.1859,-0.2664,-0.0922,-1.277,-0.0372,-0.2628,0.4139,1.4842,1.2509,0.9556,0.1891,0.0076,0.2339,0.2792,3.2524,1.5845,0.3087,-0.3672,0.3862,-1.2813,1.1133,-0.2583,-0.7157,-0.5544,0.8157,-0.2992,-0.1394,-0.7186,0.6254,-0.4644,-0.0062,-0.4222,0.6587,-0.6267,-0.2225,-0.3239,-1.5645,0.1303,-0.1677,0.2954,-0.1091,-0.261,0.822,-0.3783,0.1953,-0.3089,-0.0052,0.227,-0.0921,0.1045,-0.3032,-1.1248,-0.0756,-0.1766,0.8925,0.866,-0.8904,-1.8685,-0.6825,0.2623,0.8084,-0.0151,0.9746] };
