// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3001 candidates, 1796 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.963
//   format:table             0.696
//   format:card              0.703
//   format:brand-then-line   0.0099
//   format:heading           -0.6101
//   format:name-then-price   -0.5028
//   format:caption           0.1991
//   format:linked-prose      0.1314
//   format:anchor-line       -0.3307
//   format:anchor-list       -0.5146
//   format:anchor-prose      -1.2051
//   format:anchor-record     0.2188
//   format:anchor-carry      -0.5046
//   format:anchor-link       0.5653
//   format:anchor-heading    1.1444
//   evidence                 1.2647
//   evidence>=4              1.333
//   price                    0.6913
//   retailer                 0.3254
//   url                      -0.037
//   deep-url                 0.0476
//   brand                    3.571
//   brand-known              1.7639
//   brand-ambiguous          0.0149
//   brand-caps               -0.5159
//   name-words               -0.062
//   name-long                -0.9807
//   name-noun                1.0188
//   name-caps                -0.3295
//   name-lower-start         -0.9016
//   name-digits              -0.1133
//   name-quote               0.6298
//   chrome                   -0.6031
//   in-article               0.0467
//   heading                  0.0263
//   caption                  0.6753
//   list-item                -0.157
//   table-cell               -0.0018
//   depth                    -0.2948
//   siblings                 1.0371
//   line-length              -0.2225
//   line-negative            -0.6987
//   page-negative            -0.5142
//   page-candidates          -0.6962
//   same-price               -0.1628
//   price-big                0.6104
//   price-small              0.3427
//   label-left               -0.0477
//   lang-other               -0.2201
//   lang:en                  0.5766
//   lang:de                  -0.0774
//   lang:fr                  -0.01
//   lang:it                  -0.2603
//   lang:es                  -0.1101
//   lang:nl                  -0.1906
//   lang:pl                  -0.2274
//   lang:sv                  0.2661
//   lang:ja                  0.2533
//   name-is-shop             -1.0123
//   name-is-title            0.1575
//   holds-title              -0.0248
//   record-lines             0.6345
//   name-one-noun            0.6568
//   name-sentence            -0.8989
//   no-price*siblings        -1.0109
//   no-price*brand-known     -0.8502
//   no-price*url             0.1784
//   no-price*one-noun        0.6706
//   price-range              -0.4784
//   candidate-siblings       0.6824
//   page-shop-links          0.3537
//   no-price*shop-links      -1.0869
//   no-price*page-unpriced   2.6107
//   no-price*candidate-siblings -0.5873

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.963,0.696,0.703,0.0099,-0.6101,-0.5028,0.1991,0.1314,-0.3307,-0.5146,-1.2051,0.2188,-0.5046,0.5653,1.1444,1.2647,1.333,0.6913,0.3254,-0.037,0.0476,3.571,1.7639,0.0149,-0.5159,-0.062,-0.9807,1.0188,-0.3295,-0.9016,-0.1133,0.6298,-0.6031,0.0467,0.0263,0.6753,-0.157,-0.0018,-0.2948,1.0371,-0.2225,-0.6987,-0.5142,-0.6962,-0.1628,0.6104,0.3427,-0.0477,-0.2201,0.5766,-0.0774,-0.01,-0.2603,-0.1101,-0.1906,-0.2274,0.2661,0.2533,-1.0123,0.1575,-0.0248,0.6345,0.6568,-0.8989,-1.0109,-0.8502,0.1784,0.6706,-0.4784,0.6824,0.3537,-1.0869,2.6107,-0.5873] };
