// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3013 candidates, 1818 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.8976
//   format:table             0.6739
//   format:card              0.7224
//   format:brand-then-line   0.0072
//   format:heading           -0.624
//   format:name-then-price   -0.5067
//   format:caption           0.2301
//   format:linked-prose      0.1278
//   format:anchor-line       -0.3026
//   format:anchor-list       -0.4944
//   format:anchor-prose      -1.2277
//   format:anchor-record     0.2055
//   format:anchor-carry      -0.5134
//   format:anchor-link       0.5417
//   format:anchor-heading    1.1601
//   evidence                 1.2315
//   evidence>=4              1.3527
//   price                    0.722
//   retailer                 0.3431
//   url                      -0.0345
//   deep-url                 0.0461
//   brand                    3.5595
//   brand-known              1.7505
//   brand-ambiguous          0.023
//   brand-caps               -0.5481
//   name-words               -0.1047
//   name-long                -0.9714
//   name-noun                1.0317
//   name-caps                -0.2682
//   name-lower-start         -0.9366
//   name-digits              -0.1062
//   name-quote               0.6169
//   chrome                   -0.591
//   in-article               0.0544
//   heading                  0.0041
//   caption                  0.7062
//   list-item                -0.1754
//   table-cell               -0.0021
//   depth                    -0.2773
//   siblings                 1.0362
//   line-length              -0.2281
//   line-negative            -0.6616
//   page-negative            -0.5061
//   page-candidates          -0.725
//   same-price               -0.156
//   price-big                0.5867
//   price-small              0.3267
//   label-left               -0.0519
//   lang-other               -0.2303
//   lang:en                  0.5849
//   lang:de                  -0.0619
//   lang:fr                  -0.0257
//   lang:it                  -0.2812
//   lang:es                  -0.1185
//   lang:nl                  -0.0866
//   lang:pl                  -0.2495
//   lang:sv                  0.2625
//   lang:ja                  0.2063
//   name-is-shop             -1.041
//   name-is-title            0.1524
//   holds-title              -0.0246
//   record-lines             0.651
//   name-one-noun            0.6148
//   name-sentence            -0.8697
//   no-price*siblings        -1.0117
//   no-price*brand-known     -0.8397
//   no-price*url             0.2031
//   no-price*one-noun        0.682
//   price-range              -0.4884
//   candidate-siblings       0.6883
//   page-shop-links          0.2683
//   no-price*shop-links      -1.1001
//   no-price*page-unpriced   2.5985
//   no-price*candidate-siblings -0.5713

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.8976,0.6739,0.7224,0.0072,-0.624,-0.5067,0.2301,0.1278,-0.3026,-0.4944,-1.2277,0.2055,-0.5134,0.5417,1.1601,1.2315,1.3527,0.722,0.3431,-0.0345,0.0461,3.5595,1.7505,0.023,-0.5481,-0.1047,-0.9714,1.0317,-0.2682,-0.9366,-0.1062,0.6169,-0.591,0.0544,0.0041,0.7062,-0.1754,-0.0021,-0.2773,1.0362,-0.2281,-0.6616,-0.5061,-0.725,-0.156,0.5867,0.3267,-0.0519,-0.2303,0.5849,-0.0619,-0.0257,-0.2812,-0.1185,-0.0866,-0.2495,0.2625,0.2063,-1.041,0.1524,-0.0246,0.651,0.6148,-0.8697,-1.0117,-0.8397,0.2031,0.682,-0.4884,0.6883,0.2683,-1.1001,2.5985,-0.5713] };
