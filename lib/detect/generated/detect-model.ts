// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2998 candidates, 1787 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.0027
//   format:table             0.6613
//   format:card              0.6802
//   format:brand-then-line   0.0801
//   format:heading           -0.6096
//   format:name-then-price   -0.4899
//   format:caption           0.2762
//   format:linked-prose      0.1544
//   format:anchor-line       -0.27
//   format:anchor-list       -0.6074
//   format:anchor-prose      -1.2149
//   format:anchor-record     0.1557
//   format:anchor-carry      -0.5371
//   format:anchor-link       0.6099
//   format:anchor-heading    1.1111
//   evidence                 1.3343
//   evidence>=4              1.2264
//   price                    0.6774
//   retailer                 0.4276
//   url                      -0.0386
//   deep-url                 0.0343
//   brand                    3.4402
//   brand-known              1.8782
//   brand-ambiguous          0.0147
//   brand-caps               -0.5463
//   name-words               -0.0505
//   name-long                -0.9914
//   name-noun                1.006
//   name-caps                -0.4137
//   name-lower-start         -0.9966
//   name-digits              -0.1918
//   name-quote               0.6482
//   chrome                   -0.5359
//   in-article               0.0613
//   heading                  0.088
//   caption                  0.628
//   list-item                -0.2437
//   table-cell               -0.0018
//   depth                    -0.0868
//   siblings                 1.0276
//   line-length              -0.3182
//   line-negative            -0.7109
//   page-negative            -0.4746
//   page-candidates          -0.7011
//   same-price               -0.1586
//   price-big                0.6514
//   price-small              0.3733
//   label-left               -0.0769
//   lang-other               -0.201
//   lang:en                  0.4783
//   lang:de                  -0.0691
//   lang:fr                  0.0295
//   lang:it                  -0.2854
//   lang:es                  -0.2422
//   lang:nl                  -0.1275
//   lang:pl                  -0.1828
//   lang:sv                  0.2803
//   lang:ja                  0.3197
//   name-is-shop             -1.0035
//   name-is-title            0.1642
//   holds-title              -0.0237
//   record-lines             0.5954
//   name-one-noun            0.5873
//   name-sentence            -0.8715
//   no-price*siblings        -1.2879
//   no-price*brand-known     -0.6379
//   no-price*url             0.092
//   no-price*one-noun        0.4511
//   price-range              -0.4627
//   candidate-siblings       0.7874
//   page-shop-links          0.3556
//   no-price*shop-links      -0.973
//   no-price*page-unpriced   2.5895
//   no-price*candidate-siblings -0.4877

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.0027,0.6613,0.6802,0.0801,-0.6096,-0.4899,0.2762,0.1544,-0.27,-0.6074,-1.2149,0.1557,-0.5371,0.6099,1.1111,1.3343,1.2264,0.6774,0.4276,-0.0386,0.0343,3.4402,1.8782,0.0147,-0.5463,-0.0505,-0.9914,1.006,-0.4137,-0.9966,-0.1918,0.6482,-0.5359,0.0613,0.088,0.628,-0.2437,-0.0018,-0.0868,1.0276,-0.3182,-0.7109,-0.4746,-0.7011,-0.1586,0.6514,0.3733,-0.0769,-0.201,0.4783,-0.0691,0.0295,-0.2854,-0.2422,-0.1275,-0.1828,0.2803,0.3197,-1.0035,0.1642,-0.0237,0.5954,0.5873,-0.8715,-1.2879,-0.6379,0.092,0.4511,-0.4627,0.7874,0.3556,-0.973,2.5895,-0.4877] };
