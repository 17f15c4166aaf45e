// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3001 candidates, 1791 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.1065
//   format:table             0.7069
//   format:card              0.7005
//   format:brand-then-line   0.0122
//   format:heading           -0.6102
//   format:name-then-price   -0.4934
//   format:caption           0.2295
//   format:linked-prose      0.149
//   format:anchor-line       -0.2946
//   format:anchor-list       -0.5143
//   format:anchor-prose      -1.1826
//   format:anchor-record     0.1359
//   format:anchor-carry      -0.4785
//   format:anchor-link       0.5293
//   format:anchor-heading    1.1103
//   evidence                 1.3089
//   evidence>=4              1.2213
//   price                    0.6761
//   retailer                 0.3593
//   url                      0.0064
//   deep-url                 0.0841
//   brand                    3.5682
//   brand-known              1.791
//   brand-ambiguous          0.0064
//   brand-caps               -0.5032
//   name-words               -0.0555
//   name-long                -0.9822
//   name-noun                1.0415
//   name-caps                -0.3462
//   name-lower-start         -0.8868
//   name-digits              -0.1538
//   name-quote               0.6483
//   chrome                   -0.5565
//   in-article               0.052
//   heading                  0.0748
//   caption                  0.7011
//   list-item                -0.2328
//   table-cell               -0.0018
//   depth                    -0.2011
//   siblings                 1.0748
//   line-length              -0.2794
//   line-negative            -0.6923
//   page-negative            -0.4815
//   page-candidates          -0.6417
//   same-price               -0.1859
//   price-big                0.6254
//   price-small              0.3675
//   label-left               -0.0581
//   lang-other               -0.1953
//   lang:en                  0.5342
//   lang:de                  -0.0988
//   lang:fr                  -0.0223
//   lang:it                  -0.2395
//   lang:es                  -0.13
//   lang:nl                  -0.1789
//   lang:pl                  -0.2067
//   lang:sv                  0.2708
//   lang:ja                  0.2665
//   name-is-shop             -1.019
//   name-is-title            0.1598
//   holds-title              -0.0244
//   record-lines             0.6099
//   name-one-noun            0.6546
//   name-sentence            -0.8864
//   no-price*siblings        -1.0155
//   no-price*brand-known     -0.8578
//   no-price*url             0.1548
//   no-price*one-noun        0.6718
//   price-range              -0.4895
//   candidate-siblings       0.7239
//   page-shop-links          0.3576
//   no-price*shop-links      -1.0974
//   no-price*page-unpriced   2.6368
//   no-price*candidate-siblings -0.5909

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.1065,0.7069,0.7005,0.0122,-0.6102,-0.4934,0.2295,0.149,-0.2946,-0.5143,-1.1826,0.1359,-0.4785,0.5293,1.1103,1.3089,1.2213,0.6761,0.3593,0.0064,0.0841,3.5682,1.791,0.0064,-0.5032,-0.0555,-0.9822,1.0415,-0.3462,-0.8868,-0.1538,0.6483,-0.5565,0.052,0.0748,0.7011,-0.2328,-0.0018,-0.2011,1.0748,-0.2794,-0.6923,-0.4815,-0.6417,-0.1859,0.6254,0.3675,-0.0581,-0.1953,0.5342,-0.0988,-0.0223,-0.2395,-0.13,-0.1789,-0.2067,0.2708,0.2665,-1.019,0.1598,-0.0244,0.6099,0.6546,-0.8864,-1.0155,-0.8578,0.1548,0.6718,-0.4895,0.7239,0.3576,-1.0974,2.6368,-0.5909] };
