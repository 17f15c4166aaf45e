// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3090 candidates, 1862 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.0644
//   format:table             0.7086
//   format:card              0.6565
//   format:brand-then-line   0.0287
//   format:heading           -0.6593
//   format:name-then-price   -0.5527
//   format:caption           0.3176
//   format:linked-prose      0.0916
//   format:anchor-line       -0.3636
//   format:anchor-list       -0.5433
//   format:anchor-prose      -1.1559
//   format:anchor-record     0.056
//   format:anchor-carry      -0.4967
//   format:anchor-link       0.6213
//   format:anchor-heading    1.0205
//   evidence                 1.2187
//   evidence>=4              1.1831
//   price                    0.7807
//   retailer                 0.3575
//   url                      0.047
//   deep-url                 0.1065
//   brand                    3.612
//   brand-known              1.8011
//   brand-ambiguous          -0.044
//   brand-caps               -0.6389
//   name-words               -0.2429
//   name-long                -0.9059
//   name-noun                1.1202
//   name-caps                -0.2704
//   name-lower-start         -0.9414
//   name-digits              -0.1405
//   name-quote               0.697
//   chrome                   -0.5188
//   in-article               0.252
//   heading                  0.0863
//   caption                  0.5379
//   list-item                -0.1518
//   table-cell               -0.0015
//   depth                    -0.2961
//   siblings                 0.9879
//   line-length              -0.2096
//   line-negative            -0.5931
//   page-negative            -0.5779
//   page-candidates          -0.7194
//   same-price               -0.1903
//   price-big                0.6822
//   price-small              0.375
//   label-left               -0.0501
//   lang-other               -0.4699
//   lang:en                  0.5127
//   lang:de                  -0.0936
//   lang:fr                  0.1847
//   lang:it                  -0.2095
//   lang:es                  -0.1854
//   lang:nl                  -0.2544
//   lang:pl                  -0.0563
//   lang:sv                  0.2408
//   lang:ja                  0.3309
//   name-is-shop             -0.9736
//   name-is-title            0.3798
//   holds-title              -0.0282
//   record-lines             0.5703
//   name-one-noun            0.3355
//   name-sentence            -0.9112
//   no-price*siblings        -1.1611
//   no-price*brand-known     -0.8775
//   no-price*url             0.0922
//   no-price*one-noun        0.5924
//   price-range              -0.4532
//   candidate-siblings       0.6966
//   page-shop-links          0.3401
//   no-price*shop-links      -0.9773
//   no-price*page-unpriced   2.5734
//   no-price*candidate-siblings -0.4276
//   format:anchor-credit     -0.1219
//   format:anchor-maker      0.3924

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.0644,0.7086,0.6565,0.0287,-0.6593,-0.5527,0.3176,0.0916,-0.3636,-0.5433,-1.1559,0.056,-0.4967,0.6213,1.0205,1.2187,1.1831,0.7807,0.3575,0.047,0.1065,3.612,1.8011,-0.044,-0.6389,-0.2429,-0.9059,1.1202,-0.2704,-0.9414,-0.1405,0.697,-0.5188,0.252,0.0863,0.5379,-0.1518,-0.0015,-0.2961,0.9879,-0.2096,-0.5931,-0.5779,-0.7194,-0.1903,0.6822,0.375,-0.0501,-0.4699,0.5127,-0.0936,0.1847,-0.2095,-0.1854,-0.2544,-0.0563,0.2408,0.3309,-0.9736,0.3798,-0.0282,0.5703,0.3355,-0.9112,-1.1611,-0.8775,0.0922,0.5924,-0.4532,0.6966,0.3401,-0.9773,2.5734,-0.4276,-0.1219,0.3924] };
