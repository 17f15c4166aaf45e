// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (3972 candidates, 2372 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.7262
//   format:table                   0.8618
//   format:card                    0.802
//   format:brand-then-line         0.1017
//   format:heading                 -0.6644
//   format:name-then-price         -0.1803
//   format:caption                 0.3964
//   format:linked-prose            0.2142
//   format:anchor-line             -0.527
//   format:anchor-list             -0.5716
//   format:anchor-prose            -1.2211
//   format:anchor-record           0.0662
//   format:anchor-carry            -0.4646
//   format:anchor-link             0.3841
//   format:anchor-heading          0.924
//   evidence                       1.4305
//   evidence>=4                    0.6587
//   price                          0.8939
//   retailer                       0.2291
//   url                            0.1988
//   deep-url                       0.3112
//   brand                          3.1351
//   brand-known                    2.0153
//   brand-ambiguous                0.0378
//   brand-caps                     -0.1359
//   name-words                     -0.4831
//   name-long                      -0.803
//   name-noun                      0.8431
//   name-caps                      -0.2773
//   name-lower-start               -0.7427
//   name-digits                    0.1302
//   name-quote                     0.5875
//   chrome                         -0.8686
//   in-article                     0.364
//   heading                        -0.1479
//   caption                        0.5193
//   list-item                      -0.1395
//   table-cell                     -0.0028
//   depth                          0.1018
//   siblings                       0.9012
//   line-length                    -0.2881
//   line-negative                  -0.2652
//   page-negative                  -0.7007
//   page-candidates                -0.6734
//   same-price                     -0.412
//   price-big                      0.3413
//   price-small                    0.3202
//   label-left                     -0.1764
//   lang-other                     -0.5431
//   lang:en                        0.5272
//   lang:de                        0.0441
//   lang:fr                        0.0908
//   lang:it                        -0.347
//   lang:es                        -0.2631
//   lang:nl                        0.0448
//   lang:pl                        0.2247
//   lang:sv                        0.1471
//   lang:ja                        0.0745
//   name-is-shop                   -0.0831
//   name-is-title                  -0.0611
//   holds-title                    -0.0633
//   record-lines                   0.8348
//   name-one-noun                  -0.0205
//   name-sentence                  -0.8286
//   no-price*siblings              -0.7084
//   no-price*brand-known           -0.9227
//   no-price*url                   -0.1362
//   no-price*one-noun              0.7309
//   price-range                    -0.2775
//   candidate-siblings             0.8175
//   page-shop-links                0.0628
//   no-price*shop-links            -0.6512
//   no-price*page-unpriced         2.8016
//   no-price*candidate-siblings    -0.8498
//   format:anchor-credit           -0.3948
//   format:anchor-maker            0.2304
//   format:anchor-runon            0.043
//   maker-lead                     -1.2755
//   maker-tail                     -1.5799
//   maker-inside                   -0.0566
//   maker-read-known               -0.9728

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0354
//   first-logit                    3.5201
//   same-parent-max                0.4967
//   same-parent-mean               -0.9973
//   same-grandparent-mean          1.637
//   page-accepted-share            -1.7838
//   format-accepted-share          1.9087
//   no-price*same-parent-mean      -0.1858
//   no-price*format-accepted-share 0.2797
//   no-price*first-logit           -0.1424

/** A regression tree: a leaf value, or [feature index, cut, subtree for x <= cut, subtree for x > cut]. */
export type TreeNode = number | readonly [number, number, TreeNode, TreeNode];

/**
 * The scorer: first-pass logistic weights (one per feature, lib/detect/features.ts) or boosted trees
 * over the same features, the page-level second pass, and the one decision boundary.
 */
export interface DetectModel {
  weights: readonly number[];
  base?: number;
  trees?: readonly TreeNode[];
  /** Page-level second-pass weights (lib/detect/second-pass.ts), applied to the first pass's scores. */
  second?: readonly number[];
  accept: number;
}

export const DETECT_MODEL: DetectModel = {"weights":[-7.7262,0.8618,0.802,0.1017,-0.6644,-0.1803,0.3964,0.2142,-0.527,-0.5716,-1.2211,0.0662,-0.4646,0.3841,0.924,1.4305,0.6587,0.8939,0.2291,0.1988,0.3112,3.1351,2.0153,0.0378,-0.1359,-0.4831,-0.803,0.8431,-0.2773,-0.7427,0.1302,0.5875,-0.8686,0.364,-0.1479,0.5193,-0.1395,-0.0028,0.1018,0.9012,-0.2881,-0.2652,-0.7007,-0.6734,-0.412,0.3413,0.3202,-0.1764,-0.5431,0.5272,0.0441,0.0908,-0.347,-0.2631,0.0448,0.2247,0.1471,0.0745,-0.0831,-0.0611,-0.0633,0.8348,-0.0205,-0.8286,-0.7084,-0.9227,-0.1362,0.7309,-0.2775,0.8175,0.0628,-0.6512,2.8016,-0.8498,-0.3948,0.2304,0.043,-1.2755,-1.5799,-0.0566,-0.9728],"second":[0.0354,3.5201,0.4967,-0.9973,1.637,-1.7838,1.9087,-0.1858,0.2797,-0.1424],"accept":0.5};
