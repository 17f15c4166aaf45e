// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3013 candidates, 1815 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.8553
//   format:table             0.6833
//   format:card              0.7265
//   format:brand-then-line   0.009
//   format:heading           -0.614
//   format:name-then-price   -0.4907
//   format:caption           0.1497
//   format:linked-prose      0.1307
//   format:anchor-line       -0.3178
//   format:anchor-list       -0.5056
//   format:anchor-prose      -1.188
//   format:anchor-record     0.2121
//   format:anchor-carry      -0.494
//   format:anchor-link       0.5285
//   format:anchor-heading    1.1702
//   evidence                 1.2785
//   evidence>=4              1.301
//   price                    0.6891
//   retailer                 0.3839
//   url                      -0.0324
//   deep-url                 0.0473
//   brand                    3.5437
//   brand-known              1.7379
//   brand-ambiguous          -0.0608
//   brand-caps               -0.5453
//   name-words               -0.0959
//   name-long                -0.9826
//   name-noun                1.0764
//   name-caps                -0.3432
//   name-lower-start         -0.8931
//   name-digits              -0.0878
//   name-quote               0.6326
//   chrome                   -0.573
//   in-article               0.0489
//   heading                  0.0195
//   caption                  0.6197
//   list-item                -0.1465
//   table-cell               -0.0018
//   depth                    -0.3142
//   siblings                 0.9763
//   line-length              -0.2376
//   line-negative            -0.633
//   page-negative            -0.5345
//   page-candidates          -0.7447
//   same-price               -0.1562
//   price-big                0.6159
//   price-small              0.3333
//   label-left               -0.0518
//   lang-other               -0.2258
//   lang:en                  0.5564
//   lang:de                  -0.0948
//   lang:fr                  -0.0235
//   lang:it                  -0.2527
//   lang:es                  -0.133
//   lang:nl                  -0.0948
//   lang:pl                  -0.2425
//   lang:sv                  0.2623
//   lang:ja                  0.2484
//   name-is-shop             -0.9971
//   name-is-title            0.15
//   holds-title              -0.026
//   record-lines             0.6689
//   name-one-noun            0.65
//   name-sentence            -0.8688
//   no-price*siblings        -0.9975
//   no-price*brand-known     -0.827
//   no-price*url             0.1629
//   no-price*one-noun        0.6786
//   price-range              -0.4716
//   candidate-siblings       0.7175
//   page-shop-links          0.3244
//   no-price*shop-links      -1.0944
//   no-price*page-unpriced   2.5924
//   no-price*candidate-siblings -0.6054

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.8553,0.6833,0.7265,0.009,-0.614,-0.4907,0.1497,0.1307,-0.3178,-0.5056,-1.188,0.2121,-0.494,0.5285,1.1702,1.2785,1.301,0.6891,0.3839,-0.0324,0.0473,3.5437,1.7379,-0.0608,-0.5453,-0.0959,-0.9826,1.0764,-0.3432,-0.8931,-0.0878,0.6326,-0.573,0.0489,0.0195,0.6197,-0.1465,-0.0018,-0.3142,0.9763,-0.2376,-0.633,-0.5345,-0.7447,-0.1562,0.6159,0.3333,-0.0518,-0.2258,0.5564,-0.0948,-0.0235,-0.2527,-0.133,-0.0948,-0.2425,0.2623,0.2484,-0.9971,0.15,-0.026,0.6689,0.65,-0.8688,-0.9975,-0.827,0.1629,0.6786,-0.4716,0.7175,0.3244,-1.0944,2.5924,-0.6054] };
