// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (3969 candidates, 2377 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.7209
//   format:table                   0.8547
//   format:card                    0.8589
//   format:brand-then-line         0.0937
//   format:heading                 -0.7341
//   format:name-then-price         -0.1929
//   format:caption                 0.3315
//   format:linked-prose            0.2251
//   format:anchor-line             -0.5199
//   format:anchor-list             -0.5835
//   format:anchor-prose            -1.063
//   format:anchor-record           0.0711
//   format:anchor-carry            -0.4532
//   format:anchor-link             0.4085
//   format:anchor-heading          0.9357
//   evidence                       1.5065
//   evidence>=4                    0.6867
//   price                          0.9019
//   retailer                       0.1211
//   url                            0.2043
//   deep-url                       0.3136
//   brand                          3.1382
//   brand-known                    2.0181
//   brand-ambiguous                0.02
//   brand-caps                     -0.1258
//   name-words                     -0.4778
//   name-long                      -0.7912
//   name-noun                      0.8426
//   name-caps                      -0.249
//   name-lower-start               -0.6508
//   name-digits                    0.1596
//   name-quote                     0.6077
//   chrome                         -0.8843
//   in-article                     0.3341
//   heading                        -0.1609
//   caption                        0.6144
//   list-item                      -0.2216
//   table-cell                     -0.0028
//   depth                          0.1358
//   siblings                       0.8799
//   line-length                    -0.3731
//   line-negative                  -0.258
//   page-negative                  -0.6803
//   page-candidates                -0.7444
//   same-price                     -0.3966
//   price-big                      0.2197
//   price-small                    0.3058
//   label-left                     -0.1801
//   lang-other                     -0.6986
//   lang:en                        0.522
//   lang:de                        0.1334
//   lang:fr                        0.1246
//   lang:it                        -0.3733
//   lang:es                        -0.2748
//   lang:nl                        0.1477
//   lang:pl                        0.2033
//   lang:sv                        0.1088
//   lang:ja                        0.107
//   name-is-shop                   -0.1007
//   name-is-title                  -0.0623
//   holds-title                    -0.0721
//   record-lines                   0.9077
//   name-one-noun                  -0.0415
//   name-sentence                  -0.8311
//   no-price*siblings              -0.6728
//   no-price*brand-known           -0.9083
//   no-price*url                   -0.1413
//   no-price*one-noun              0.7128
//   price-range                    -0.1368
//   candidate-siblings             0.8238
//   page-shop-links                0.2171
//   no-price*shop-links            -0.6686
//   no-price*page-unpriced         2.7789
//   no-price*candidate-siblings    -0.8303
//   format:anchor-credit           -0.4335
//   format:anchor-maker            0.1928
//   format:anchor-runon            0.0082
//   maker-lead                     -1.2999
//   maker-tail                     -1.5002
//   maker-inside                   -0.0479
//   maker-read-known               -1.0445

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0072
//   first-logit                    3.5234
//   same-parent-max                0.4809
//   same-parent-mean               -0.9735
//   same-grandparent-mean          1.7589
//   page-accepted-share            -1.8011
//   format-accepted-share          1.918
//   no-price*same-parent-mean      -0.2551
//   no-price*format-accepted-share 0.314
//   no-price*first-logit           -0.1868

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.7209,0.8547,0.8589,0.0937,-0.7341,-0.1929,0.3315,0.2251,-0.5199,-0.5835,-1.063,0.0711,-0.4532,0.4085,0.9357,1.5065,0.6867,0.9019,0.1211,0.2043,0.3136,3.1382,2.0181,0.02,-0.1258,-0.4778,-0.7912,0.8426,-0.249,-0.6508,0.1596,0.6077,-0.8843,0.3341,-0.1609,0.6144,-0.2216,-0.0028,0.1358,0.8799,-0.3731,-0.258,-0.6803,-0.7444,-0.3966,0.2197,0.3058,-0.1801,-0.6986,0.522,0.1334,0.1246,-0.3733,-0.2748,0.1477,0.2033,0.1088,0.107,-0.1007,-0.0623,-0.0721,0.9077,-0.0415,-0.8311,-0.6728,-0.9083,-0.1413,0.7128,-0.1368,0.8238,0.2171,-0.6686,2.7789,-0.8303,-0.4335,0.1928,0.0082,-1.2999,-1.5002,-0.0479,-1.0445],"second":[-0.0072,3.5234,0.4809,-0.9735,1.7589,-1.8011,1.918,-0.2551,0.314,-0.1868],"accept":0.5};
