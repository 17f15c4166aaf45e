// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3001 candidates, 1802 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.8445
//   format:table             0.6805
//   format:card              0.7251
//   format:brand-then-line   0.0054
//   format:heading           -0.6183
//   format:name-then-price   -0.5029
//   format:caption           0.2149
//   format:linked-prose      0.1317
//   format:anchor-line       -0.3271
//   format:anchor-list       -0.5163
//   format:anchor-prose      -1.2121
//   format:anchor-record     0.2104
//   format:anchor-carry      -0.5029
//   format:anchor-link       0.5691
//   format:anchor-heading    1.1425
//   evidence                 1.2554
//   evidence>=4              1.3442
//   price                    0.6979
//   retailer                 0.3665
//   url                      -0.0487
//   deep-url                 0.0313
//   brand                    3.5391
//   brand-known              1.7478
//   brand-ambiguous          0.0191
//   brand-caps               -0.5417
//   name-words               -0.0607
//   name-long                -0.9844
//   name-noun                1.0329
//   name-caps                -0.3399
//   name-lower-start         -0.9322
//   name-digits              -0.1032
//   name-quote               0.6214
//   chrome                   -0.6032
//   in-article               0.0505
//   heading                  0.0094
//   caption                  0.6878
//   list-item                -0.179
//   table-cell               -0.0019
//   depth                    -0.3008
//   siblings                 1.0045
//   line-length              -0.2478
//   line-negative            -0.7036
//   page-negative            -0.509
//   page-candidates          -0.7213
//   same-price               -0.1568
//   price-big                0.6054
//   price-small              0.332
//   label-left               -0.0536
//   lang-other               -0.2241
//   lang:en                  0.565
//   lang:de                  -0.0934
//   lang:fr                  -0.0252
//   lang:it                  -0.276
//   lang:es                  -0.124
//   lang:nl                  -0.0844
//   lang:pl                  -0.2425
//   lang:sv                  0.2636
//   lang:ja                  0.241
//   name-is-shop             -1.023
//   name-is-title            0.1532
//   holds-title              -0.0255
//   record-lines             0.6474
//   name-one-noun            0.6404
//   name-sentence            -0.9008
//   no-price*siblings        -1.0006
//   no-price*brand-known     -0.8416
//   no-price*url             0.1765
//   no-price*one-noun        0.6763
//   price-range              -0.4841
//   candidate-siblings       0.6952
//   page-shop-links          0.3079
//   no-price*shop-links      -1.0889
//   no-price*page-unpriced   2.5947
//   no-price*candidate-siblings -0.5937

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.8445,0.6805,0.7251,0.0054,-0.6183,-0.5029,0.2149,0.1317,-0.3271,-0.5163,-1.2121,0.2104,-0.5029,0.5691,1.1425,1.2554,1.3442,0.6979,0.3665,-0.0487,0.0313,3.5391,1.7478,0.0191,-0.5417,-0.0607,-0.9844,1.0329,-0.3399,-0.9322,-0.1032,0.6214,-0.6032,0.0505,0.0094,0.6878,-0.179,-0.0019,-0.3008,1.0045,-0.2478,-0.7036,-0.509,-0.7213,-0.1568,0.6054,0.332,-0.0536,-0.2241,0.565,-0.0934,-0.0252,-0.276,-0.124,-0.0844,-0.2425,0.2636,0.241,-1.023,0.1532,-0.0255,0.6474,0.6404,-0.9008,-1.0006,-0.8416,0.1765,0.6763,-0.4841,0.6952,0.3079,-1.0889,2.5947,-0.5937] };
