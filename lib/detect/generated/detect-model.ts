// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2979 candidates, 1773 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.0009
//   format:table             0.6942
//   format:card              0.6978
//   format:brand-then-line   0.014
//   format:heading           -0.6288
//   format:name-then-price   -0.4946
//   format:caption           0.2819
//   format:linked-prose      0.1312
//   format:anchor-line       -0.2973
//   format:anchor-list       -0.6048
//   format:anchor-prose      -1.1802
//   format:anchor-record     0.1163
//   format:anchor-carry      -0.3982
//   format:anchor-link       0.5841
//   format:anchor-heading    1.0843
//   evidence                 1.2929
//   evidence>=4              1.2465
//   price                    0.6664
//   retailer                 0.4138
//   url                      -0.0335
//   deep-url                 0.04
//   brand                    3.5414
//   brand-known              1.8192
//   brand-ambiguous          0.0222
//   brand-caps               -0.5032
//   name-words               -0.049
//   name-long                -0.9784
//   name-noun                1.0379
//   name-caps                -0.3318
//   name-lower-start         -0.946
//   name-digits              -0.1543
//   name-quote               0.6437
//   chrome                   -0.5343
//   in-article               0.0603
//   heading                  0.082
//   caption                  0.6221
//   list-item                -0.2185
//   table-cell               -0.0018
//   depth                    -0.1457
//   siblings                 1.0032
//   line-length              -0.2891
//   line-negative            -0.6981
//   page-negative            -0.4793
//   page-candidates          -0.7085
//   same-price               -0.1547
//   price-big                0.4689
//   price-small              0.3597
//   label-left               -0.0805
//   lang-other               -0.2085
//   lang:en                  0.4967
//   lang:de                  -0.1074
//   lang:fr                  -0.0401
//   lang:it                  -0.2614
//   lang:es                  -0.1412
//   lang:nl                  -0.1439
//   lang:pl                  -0.1916
//   lang:sv                  0.2668
//   lang:ja                  0.3306
//   name-is-shop             -0.9865
//   name-is-title            0.1557
//   holds-title              -0.0252
//   record-lines             0.591
//   name-one-noun            0.593
//   name-sentence            -0.8846
//   no-price*siblings        -1.2716
//   no-price*brand-known     -0.6793
//   no-price*url             0.1056
//   no-price*one-noun        0.4603
//   price-range              -0.4751
//   candidate-siblings       0.7699
//   page-shop-links          0.3966
//   no-price*shop-links      -0.9985
//   no-price*page-unpriced   2.564
//   no-price*candidate-siblings -0.4941

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.0009,0.6942,0.6978,0.014,-0.6288,-0.4946,0.2819,0.1312,-0.2973,-0.6048,-1.1802,0.1163,-0.3982,0.5841,1.0843,1.2929,1.2465,0.6664,0.4138,-0.0335,0.04,3.5414,1.8192,0.0222,-0.5032,-0.049,-0.9784,1.0379,-0.3318,-0.946,-0.1543,0.6437,-0.5343,0.0603,0.082,0.6221,-0.2185,-0.0018,-0.1457,1.0032,-0.2891,-0.6981,-0.4793,-0.7085,-0.1547,0.4689,0.3597,-0.0805,-0.2085,0.4967,-0.1074,-0.0401,-0.2614,-0.1412,-0.1439,-0.1916,0.2668,0.3306,-0.9865,0.1557,-0.0252,0.591,0.593,-0.8846,-1.2716,-0.6793,0.1056,0.4603,-0.4751,0.7699,0.3966,-0.9985,2.564,-0.4941] };
