// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2727 candidates, 1667 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.777
//   format:table             0.6891
//   format:card              0.7377
//   format:brand-then-line   -0.0335
//   format:heading           -0.6353
//   format:name-then-price   -0.5098
//   format:caption           0.2456
//   format:linked-prose      0.1361
//   format:anchor-line       -0.4382
//   format:anchor-list       -0.5359
//   format:anchor-prose      -1.1387
//   format:anchor-record     0.1483
//   format:anchor-carry      -0.2639
//   format:anchor-link       0.6192
//   format:anchor-heading    0.9795
//   evidence                 1.3964
//   evidence>=4              1.186
//   price                    0.6744
//   retailer                 0.064
//   url                      0.0155
//   deep-url                 0.0699
//   brand                    3.3944
//   brand-known              1.7425
//   brand-ambiguous          0.1254
//   brand-caps               -0.3775
//   name-words               0.0349
//   name-long                -1.1419
//   name-noun                1.1105
//   name-caps                -0.3315
//   name-lower-start         -0.871
//   name-digits              -0.4199
//   name-quote               0.6991
//   chrome                   -0.3915
//   in-article               0.1461
//   heading                  -0.019
//   caption                  0.4966
//   list-item                -0.2023
//   table-cell               -0.0017
//   depth                    -0.3509
//   siblings                 0.8251
//   line-length              -0.2461
//   line-negative            -0.7103
//   page-negative            -0.4668
//   page-candidates          -0.7272
//   same-price               -0.0306
//   price-big                0.6358
//   price-small              0.3419
//   label-left               -0.0516
//   lang-other               -0.3069
//   lang:en                  0.6001
//   lang:de                  -0.0292
//   lang:fr                  0.0455
//   lang:it                  -0.2655
//   lang:es                  -0.1555
//   lang:nl                  -0.012
//   lang:pl                  -0.079
//   lang:sv                  0.0535
//   lang:ja                  0.149
//   name-is-shop             -0.936
//   name-is-title            -0.0261
//   holds-title              -0.0254
//   record-lines             0.6116
//   name-one-noun            0.7905
//   name-sentence            -0.7947
//   no-price*siblings        -1.3286
//   no-price*brand-known     -0.916
//   no-price*url             0.3818
//   no-price*one-noun        0.3035
//   price-range              -0.1591
//   candidate-siblings       0.7803
//   page-shop-links          0.4746
//   no-price*shop-links      -0.8797
//   no-price*page-unpriced   1.935
//   no-price*candidate-siblings -0.5433

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.777,0.6891,0.7377,-0.0335,-0.6353,-0.5098,0.2456,0.1361,-0.4382,-0.5359,-1.1387,0.1483,-0.2639,0.6192,0.9795,1.3964,1.186,0.6744,0.064,0.0155,0.0699,3.3944,1.7425,0.1254,-0.3775,0.0349,-1.1419,1.1105,-0.3315,-0.871,-0.4199,0.6991,-0.3915,0.1461,-0.019,0.4966,-0.2023,-0.0017,-0.3509,0.8251,-0.2461,-0.7103,-0.4668,-0.7272,-0.0306,0.6358,0.3419,-0.0516,-0.3069,0.6001,-0.0292,0.0455,-0.2655,-0.1555,-0.012,-0.079,0.0535,0.149,-0.936,-0.0261,-0.0254,0.6116,0.7905,-0.7947,-1.3286,-0.916,0.3818,0.3035,-0.1591,0.7803,0.4746,-0.8797,1.935,-0.5433] };
