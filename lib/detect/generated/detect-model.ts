// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3015 candidates, 1820 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.9069
//   format:table             0.6737
//   format:card              0.7228
//   format:brand-then-line   0.0069
//   format:heading           -0.6246
//   format:name-then-price   -0.5065
//   format:caption           0.2322
//   format:linked-prose      0.1275
//   format:anchor-line       -0.3019
//   format:anchor-list       -0.4948
//   format:anchor-prose      -1.2303
//   format:anchor-record     0.2061
//   format:anchor-carry      -0.5135
//   format:anchor-link       0.542
//   format:anchor-heading    1.1604
//   evidence                 1.2336
//   evidence>=4              1.3547
//   price                    0.7232
//   retailer                 0.3478
//   url                      -0.0385
//   deep-url                 0.0427
//   brand                    3.5589
//   brand-known              1.7523
//   brand-ambiguous          0.0219
//   brand-caps               -0.5488
//   name-words               -0.1057
//   name-long                -0.9707
//   name-noun                1.0322
//   name-caps                -0.2689
//   name-lower-start         -0.9336
//   name-digits              -0.1055
//   name-quote               0.6169
//   chrome                   -0.5895
//   in-article               0.0553
//   heading                  0.0037
//   caption                  0.7074
//   list-item                -0.1768
//   table-cell               -0.0021
//   depth                    -0.2734
//   siblings                 1.0335
//   line-length              -0.2238
//   line-negative            -0.6637
//   page-negative            -0.5049
//   page-candidates          -0.7228
//   same-price               -0.157
//   price-big                0.5853
//   price-small              0.3265
//   label-left               -0.0513
//   lang-other               -0.2294
//   lang:en                  0.5856
//   lang:de                  -0.0615
//   lang:fr                  -0.0265
//   lang:it                  -0.2817
//   lang:es                  -0.1182
//   lang:nl                  -0.0869
//   lang:pl                  -0.249
//   lang:sv                  0.2627
//   lang:ja                  0.2051
//   name-is-shop             -1.0431
//   name-is-title            0.1521
//   holds-title              -0.0248
//   record-lines             0.6517
//   name-one-noun            0.6227
//   name-sentence            -0.8698
//   no-price*siblings        -1.0106
//   no-price*brand-known     -0.8395
//   no-price*url             0.2036
//   no-price*one-noun        0.677
//   price-range              -0.4895
//   candidate-siblings       0.6883
//   page-shop-links          0.2678
//   no-price*shop-links      -1.1009
//   no-price*page-unpriced   2.5977
//   no-price*candidate-siblings -0.5699

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.9069,0.6737,0.7228,0.0069,-0.6246,-0.5065,0.2322,0.1275,-0.3019,-0.4948,-1.2303,0.2061,-0.5135,0.542,1.1604,1.2336,1.3547,0.7232,0.3478,-0.0385,0.0427,3.5589,1.7523,0.0219,-0.5488,-0.1057,-0.9707,1.0322,-0.2689,-0.9336,-0.1055,0.6169,-0.5895,0.0553,0.0037,0.7074,-0.1768,-0.0021,-0.2734,1.0335,-0.2238,-0.6637,-0.5049,-0.7228,-0.157,0.5853,0.3265,-0.0513,-0.2294,0.5856,-0.0615,-0.0265,-0.2817,-0.1182,-0.0869,-0.249,0.2627,0.2051,-1.0431,0.1521,-0.0248,0.6517,0.6227,-0.8698,-1.0106,-0.8395,0.2036,0.677,-0.4895,0.6883,0.2678,-1.1009,2.5977,-0.5699] };
