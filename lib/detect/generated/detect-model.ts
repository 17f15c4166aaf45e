// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4055 candidates, 2373 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0553
//   format:table                   0.9193
//   format:card                    0.9306
//   format:brand-then-line         0.1049
//   format:heading                 -0.7014
//   format:name-then-price         -0.1269
//   format:caption                 0.2777
//   format:linked-prose            0.2711
//   format:anchor-line             -0.5639
//   format:anchor-list             -0.539
//   format:anchor-prose            -1.222
//   format:anchor-record           0.1308
//   format:anchor-carry            -0.4636
//   format:anchor-link             0.4919
//   format:anchor-heading          0.9063
//   evidence                       1.4002
//   evidence>=4                    0.721
//   price                          0.9359
//   retailer                       0.1043
//   url                            0.2099
//   deep-url                       0.2926
//   brand                          3.1471
//   brand-known                    1.9066
//   brand-ambiguous                0.0947
//   brand-caps                     -0.1203
//   name-words                     -0.3415
//   name-long                      -0.8664
//   name-noun                      0.9575
//   name-caps                      -0.2222
//   name-lower-start               -0.8359
//   name-digits                    0.0091
//   name-quote                     0.5695
//   chrome                         -0.8512
//   in-article                     0.3075
//   heading                        0.0366
//   caption                        0.5003
//   list-item                      -0.1118
//   table-cell                     -0.0026
//   depth                          0.0793
//   siblings                       0.8811
//   line-length                    -0.0315
//   line-negative                  -0.1191
//   page-negative                  -0.5172
//   page-candidates                -0.682
//   same-price                     -0.4763
//   price-big                      0.3188
//   price-small                    0.3376
//   label-left                     -0.1742
//   lang-other                     -0.5594
//   lang:en                        0.5083
//   lang:de                        0.0114
//   lang:fr                        0.0766
//   lang:it                        -0.3455
//   lang:es                        -0.3247
//   lang:nl                        0.047
//   lang:pl                        0.2852
//   lang:sv                        0.1875
//   lang:ja                        0.1136
//   name-is-shop                   -0.716
//   name-is-title                  -0.0381
//   holds-title                    -0.0729
//   record-lines                   0.9054
//   name-one-noun                  0.107
//   name-sentence                  -0.8382
//   no-price*siblings              -0.7128
//   no-price*brand-known           -0.9409
//   no-price*url                   -0.081
//   no-price*one-noun              0.7323
//   price-range                    -0.2634
//   candidate-siblings             0.8576
//   page-shop-links                0.0841
//   no-price*shop-links            -0.6957
//   no-price*page-unpriced         2.8272
//   no-price*candidate-siblings    -0.7397
//   format:anchor-credit           -0.3809
//   format:anchor-maker            0.2642
//   format:anchor-runon            0.0176
//   maker-lead                     -1.2748
//   maker-tail                     -1.5081
//   maker-inside                   -0.0637
//   maker-read-known               -1.0183
//   format:anchor-group            -0.3167
//   in-record                      -0.3167
//   record-group-size              -0.1648
//   record-group-priced            -0.1737
//   record-group-linked            -0.224
//   record-seq                     -0.6043
//   record-price                   -0.1692
//   record-shop-link               -0.4234
//   record-buy                     -0.1441
//   record-brand-first             -0.2365
//   record-length                  -0.3822
//   record-used                    -0.0002
//   record-size-label              0
//   record-group-used              -0.0001
//   record-group-distinct          -0.3161
//   page-used                      -0.0001
//   anchor-group*page-used         -0.0001
//   anchor-group*no-shop-link      0.1068
//   anchor-group*name-proper       -0.2074
//   name-used                      -0.9655

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0835
//   first-logit                    3.5419
//   same-parent-max                0.6732
//   same-parent-mean               -1.1522
//   same-grandparent-mean          1.7799
//   page-accepted-share            -1.7839
//   format-accepted-share          1.9203
//   no-price*same-parent-mean      -0.1825
//   no-price*format-accepted-share 0.2371
//   no-price*first-logit           -0.2352

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0553,0.9193,0.9306,0.1049,-0.7014,-0.1269,0.2777,0.2711,-0.5639,-0.539,-1.222,0.1308,-0.4636,0.4919,0.9063,1.4002,0.721,0.9359,0.1043,0.2099,0.2926,3.1471,1.9066,0.0947,-0.1203,-0.3415,-0.8664,0.9575,-0.2222,-0.8359,0.0091,0.5695,-0.8512,0.3075,0.0366,0.5003,-0.1118,-0.0026,0.0793,0.8811,-0.0315,-0.1191,-0.5172,-0.682,-0.4763,0.3188,0.3376,-0.1742,-0.5594,0.5083,0.0114,0.0766,-0.3455,-0.3247,0.047,0.2852,0.1875,0.1136,-0.716,-0.0381,-0.0729,0.9054,0.107,-0.8382,-0.7128,-0.9409,-0.081,0.7323,-0.2634,0.8576,0.0841,-0.6957,2.8272,-0.7397,-0.3809,0.2642,0.0176,-1.2748,-1.5081,-0.0637,-1.0183,-0.3167,-0.3167,-0.1648,-0.1737,-0.224,-0.6043,-0.1692,-0.4234,-0.1441,-0.2365,-0.3822,-0.0002,0,-0.0001,-0.3161,-0.0001,-0.0001,0.1068,-0.2074,-0.9655],"second":[-0.0835,3.5419,0.6732,-1.1522,1.7799,-1.7839,1.9203,-0.1825,0.2371,-0.2352],"accept":0.5};
