// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 177 labelled pages (1299 candidates, 979 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -4.7068
//   format:table             0.1844
//   format:card              0.597
//   format:brand-then-line   0.2789
//   format:heading           -0.2199
//   format:name-then-price   0.4718
//   format:caption           0.1058
//   format:linked-prose      0.1515
//   format:anchor-line       0.0199
//   format:anchor-list       -0.451
//   format:anchor-prose      -1.9088
//   format:anchor-record     0.1019
//   format:anchor-carry      -0.0642
//   format:anchor-link       0.7325
//   evidence                 1.0906
//   evidence>=4              1.418
//   price                    0.3376
//   retailer                 0.1554
//   url                      0.6423
//   deep-url                 0.5549
//   brand                    3.1872
//   brand-known              2.1278
//   brand-ambiguous          0.2523
//   brand-caps               0.4962
//   name-words               0.033
//   name-long                -1.0592
//   name-noun                0.6596
//   name-caps                -0.2568
//   name-lower-start         -0.8924
//   name-digits              -0.8527
//   name-quote               0.9357
//   chrome                   0.0413
//   in-article               -0.4002
//   heading                  -0.8353
//   caption                  -0.2882
//   list-item                -0.2259
//   table-cell               -0.0167
//   depth                    0.1653
//   siblings                 -0.1455
//   line-length              0.1121
//   line-negative            -0.9585
//   page-negative            -0.2827
//   page-candidates          -0.6702
//   same-price               -0.7813
//   price-big                0.4394
//   price-small              -0.3066
//   label-left               -0.2563
//   lang-other               0.059
//   lang:en                  -0.4685
//   lang:de                  0.7122
//   lang:fr                  -0.1613
//   lang:it                  -0.3092
//   lang:es                  -0.0264
//   lang:nl                  0.0921
//   lang:pl                  0.0395
//   lang:sv                  0.0626
//   lang:ja                  0
//   name-is-shop             -2.2054
//   name-is-title            -0.0206
//   holds-title              -0.0345
//   record-lines             0.055
//   name-one-noun            1.5874
//   name-sentence            -1.3084
//   no-price*siblings        -1.0996
//   no-price*brand-known     -1.4963
//   no-price*url             -0.264
//   no-price*one-noun        0.2723

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-4.7068,0.1844,0.597,0.2789,-0.2199,0.4718,0.1058,0.1515,0.0199,-0.451,-1.9088,0.1019,-0.0642,0.7325,1.0906,1.418,0.3376,0.1554,0.6423,0.5549,3.1872,2.1278,0.2523,0.4962,0.033,-1.0592,0.6596,-0.2568,-0.8924,-0.8527,0.9357,0.0413,-0.4002,-0.8353,-0.2882,-0.2259,-0.0167,0.1653,-0.1455,0.1121,-0.9585,-0.2827,-0.6702,-0.7813,0.4394,-0.3066,-0.2563,0.059,-0.4685,0.7122,-0.1613,-0.3092,-0.0264,0.0921,0.0395,0.0626,0,-2.2054,-0.0206,-0.0345,0.055,1.5874,-1.3084,-1.0996,-1.4963,-0.264,0.2723] };
