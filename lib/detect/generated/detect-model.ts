// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3008 candidates, 1816 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.6669
//   format:table             0.6637
//   format:card              0.7007
//   format:brand-then-line   0.005
//   format:heading           -0.7365
//   format:name-then-price   -0.4955
//   format:caption           0.3566
//   format:linked-prose      0.1553
//   format:anchor-line       -0.3297
//   format:anchor-list       -0.6344
//   format:anchor-prose      -1.2263
//   format:anchor-record     0.0947
//   format:anchor-carry      -0.1612
//   format:anchor-link       0.5759
//   format:anchor-heading    1.0316
//   evidence                 1.378
//   evidence>=4              1.1351
//   price                    0.7165
//   retailer                 0.4307
//   url                      -0.0854
//   deep-url                 -0.0146
//   brand                    3.4564
//   brand-known              1.7326
//   brand-ambiguous          0.0587
//   brand-caps               -0.3686
//   name-words               -0.0194
//   name-long                -0.9588
//   name-noun                0.9703
//   name-caps                -0.2149
//   name-lower-start         -0.9251
//   name-digits              -0.1582
//   name-quote               0.6385
//   chrome                   -0.5879
//   in-article               0.0698
//   heading                  -0.0025
//   caption                  0.4237
//   list-item                -0.2574
//   table-cell               -0.002
//   depth                    -0.1654
//   siblings                 0.84
//   line-length              -0.2926
//   line-negative            -0.5923
//   page-negative            -0.5176
//   page-candidates          -0.7205
//   same-price               -0.2066
//   price-big                0.4423
//   price-small              0.3452
//   label-left               -0.0917
//   lang-other               -0.268
//   lang:en                  0.5153
//   lang:de                  -0.1524
//   lang:fr                  -0.0468
//   lang:it                  -0.2924
//   lang:es                  -0.1199
//   lang:nl                  -0.1584
//   lang:pl                  -0.1791
//   lang:sv                  0.2312
//   lang:ja                  0.4706
//   name-is-shop             -0.972
//   name-is-title            0.1543
//   holds-title              -0.0328
//   record-lines             0.724
//   name-one-noun            0.3557
//   name-sentence            -0.8841
//   no-price*siblings        -1.2709
//   no-price*brand-known     -0.6626
//   no-price*url             0.1588
//   no-price*one-noun        0.5544
//   price-range              -0.5201
//   candidate-siblings       0.7756
//   page-shop-links          0.4738
//   no-price*shop-links      -0.9864
//   no-price*page-unpriced   2.5416
//   no-price*candidate-siblings -0.4885

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.6669,0.6637,0.7007,0.005,-0.7365,-0.4955,0.3566,0.1553,-0.3297,-0.6344,-1.2263,0.0947,-0.1612,0.5759,1.0316,1.378,1.1351,0.7165,0.4307,-0.0854,-0.0146,3.4564,1.7326,0.0587,-0.3686,-0.0194,-0.9588,0.9703,-0.2149,-0.9251,-0.1582,0.6385,-0.5879,0.0698,-0.0025,0.4237,-0.2574,-0.002,-0.1654,0.84,-0.2926,-0.5923,-0.5176,-0.7205,-0.2066,0.4423,0.3452,-0.0917,-0.268,0.5153,-0.1524,-0.0468,-0.2924,-0.1199,-0.1584,-0.1791,0.2312,0.4706,-0.972,0.1543,-0.0328,0.724,0.3557,-0.8841,-1.2709,-0.6626,0.1588,0.5544,-0.5201,0.7756,0.4738,-0.9864,2.5416,-0.4885] };
