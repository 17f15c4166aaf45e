// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 340 labelled pages (2738 candidates, 1685 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -7.7657
//   format:table             0.6674
//   format:card              0.7706
//   format:brand-then-line   -0.0379
//   format:heading           -0.6329
//   format:name-then-price   -0.5089
//   format:caption           0.3285
//   format:linked-prose      0.1161
//   format:anchor-line       -0.407
//   format:anchor-list       -0.6319
//   format:anchor-prose      -1.1493
//   format:anchor-record     0.1467
//   format:anchor-carry      -0.2656
//   format:anchor-link       0.6043
//   format:anchor-heading    0.9998
//   evidence                 1.3627
//   evidence>=4              1.2379
//   price                    0.6972
//   retailer                 0.1772
//   url                      -0.0239
//   deep-url                 0.0281
//   brand                    3.4227
//   brand-known              1.6763
//   brand-ambiguous          0.086
//   brand-caps               -0.4094
//   name-words               0.0466
//   name-long                -1.1988
//   name-noun                1.1087
//   name-caps                -0.3435
//   name-lower-start         -0.9931
//   name-digits              -0.3074
//   name-quote               0.6478
//   chrome                   -0.4228
//   in-article               0.1706
//   heading                  0.0206
//   caption                  0.5496
//   list-item                -0.19
//   table-cell               -0.0019
//   depth                    -0.3662
//   siblings                 0.7391
//   line-length              -0.2115
//   line-negative            -0.5011
//   page-negative            -0.3515
//   page-candidates          -0.7777
//   same-price               -0.0774
//   price-big                0.6277
//   price-small              0.3179
//   label-left               -0.0618
//   lang-other               -0.3736
//   lang:en                  0.6301
//   lang:de                  -0.0615
//   lang:fr                  0.0205
//   lang:it                  -0.289
//   lang:es                  -0.0071
//   lang:nl                  0.0137
//   lang:pl                  -0.1305
//   lang:sv                  0.0506
//   lang:ja                  0.1468
//   name-is-shop             -0.9503
//   name-is-title            -0.0456
//   holds-title              -0.0289
//   record-lines             0.6858
//   name-one-noun            0.7528
//   name-sentence            -0.8255
//   no-price*siblings        -1.3087
//   no-price*brand-known     -0.8543
//   no-price*url             0.4164
//   no-price*one-noun        0.2797
//   price-range              -0.1797
//   candidate-siblings       0.8033
//   page-shop-links          0.4946
//   no-price*shop-links      -0.9116
//   no-price*page-unpriced   2.0134
//   no-price*candidate-siblings -0.5876

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-7.7657,0.6674,0.7706,-0.0379,-0.6329,-0.5089,0.3285,0.1161,-0.407,-0.6319,-1.1493,0.1467,-0.2656,0.6043,0.9998,1.3627,1.2379,0.6972,0.1772,-0.0239,0.0281,3.4227,1.6763,0.086,-0.4094,0.0466,-1.1988,1.1087,-0.3435,-0.9931,-0.3074,0.6478,-0.4228,0.1706,0.0206,0.5496,-0.19,-0.0019,-0.3662,0.7391,-0.2115,-0.5011,-0.3515,-0.7777,-0.0774,0.6277,0.3179,-0.0618,-0.3736,0.6301,-0.0615,0.0205,-0.289,-0.0071,0.0137,-0.1305,0.0506,0.1468,-0.9503,-0.0456,-0.0289,0.6858,0.7528,-0.8255,-1.3087,-0.8543,0.4164,0.2797,-0.1797,0.8033,0.4946,-0.9116,2.0134,-0.5876] };
