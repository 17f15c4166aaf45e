// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4610 candidates, 2710 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.1326
//   format:table                   0.8063
//   format:card                    0.9702
//   format:brand-then-line         0.0957
//   format:heading                 -0.9398
//   format:name-then-price         -0.2361
//   format:caption                 0.4987
//   format:linked-prose            0.1055
//   format:anchor-line             -0.3439
//   format:anchor-list             -0.0014
//   format:anchor-prose            -1.1817
//   format:anchor-record           -0.1218
//   format:anchor-carry            -1.1268
//   format:anchor-link             0.2376
//   format:anchor-heading          0.4752
//   evidence                       1.2248
//   evidence>=4                    0.5781
//   price                          1.477
//   retailer                       0.156
//   url                            0.1539
//   deep-url                       0.2758
//   brand                          3.4326
//   brand-known                    2.0337
//   brand-ambiguous                0.0256
//   brand-caps                     0.1509
//   name-words                     -0.4665
//   name-long                      -0.1831
//   name-noun                      0.7332
//   name-caps                      -0.2965
//   name-lower-start               -0.7706
//   name-digits                    0.1558
//   name-quote                     0.6108
//   chrome                         -0.8223
//   in-article                     0.2349
//   heading                        -0.2593
//   caption                        0.4832
//   list-item                      -0.1139
//   table-cell                     -0.0443
//   depth                          0.0789
//   siblings                       0.7699
//   line-length                    0.1126
//   line-negative                  -0.0534
//   page-negative                  -0.6688
//   page-candidates                -0.6071
//   same-price                     -0.3322
//   price-big                      0.2608
//   price-small                    0.054
//   label-left                     -0.0529
//   lang-other                     -0.9014
//   lang:en                        0.4745
//   lang:de                        0.045
//   lang:fr                        0.3883
//   lang:it                        -0.4352
//   lang:es                        -0.0955
//   lang:nl                        0.3863
//   lang:pl                        0.2001
//   lang:sv                        0.0398
//   lang:ja                        -0.1018
//   name-is-shop                   -0.3766
//   name-is-title                  -0.0496
//   holds-title                    -0.1008
//   record-lines                   1.1186
//   name-one-noun                  0.3452
//   name-sentence                  -0.8468
//   no-price*siblings              -0.7809
//   no-price*brand-known           -1.3067
//   no-price*url                   0.1289
//   no-price*one-noun              0.7399
//   price-range                    -0.4792
//   candidate-siblings             0.668
//   page-shop-links                0.0782
//   no-price*shop-links            -0.5513
//   no-price*page-unpriced         2.6734
//   no-price*candidate-siblings    -0.549
//   format:anchor-credit           -0.2795
//   format:anchor-maker            -0.0977
//   format:anchor-runon            0.173
//   maker-lead                     -1.4077
//   maker-tail                     -1.2498
//   maker-inside                   -0.0669
//   maker-read-known               -1.1612
//   no-price*brand-heading-run     1.1455
//   format:anchor-prose-brand      0.0199
//   format:anchor-cjk              1.1747
//   name-hiragana                  -0.8365
//   name-cjk-punct                 -0.3472
//   name-cjk-quoted                0.8451
//   name-cjk-editorial             -0.3806
//   name-cjk-holds-brand           -0.1476
//   format:anchor-group            -0.19
//   in-record                      -0.19
//   record-group-size              -0.1515
//   record-group-priced            -0.1642
//   record-group-linked            -0.1357
//   record-seq                     -0.1658
//   record-price                   -0.1658
//   record-shop-link               -0.3562
//   record-buy                     -0.0952
//   record-brand-first             -0.0915
//   record-length                  -0.2062
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1897
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1662
//   anchor-group*name-proper       -0.0282
//   name-used                      -0.7524
//   shared-credit                  0.8554
//   headline-negative              -0.4873
//   format:anchor-own-shop         -0.0383
//   own-shop*slot                  0.352
//   own-shop*url-repeats           0.1702
//   own-shop*page-slots            0.5533
//   own-shop*page-cart             -0.145
//   used-goods                     -0.643
//   page-used-goods                -0.7273

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1385
//   first-logit                    3.4829
//   same-parent-max                0.5693
//   same-parent-mean               -0.8949
//   same-grandparent-mean          1.9553
//   page-accepted-share            -1.6674
//   format-accepted-share          1.8192
//   no-price*same-parent-mean      -0.4389
//   no-price*format-accepted-share 0.2615
//   no-price*first-logit           0.1274

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.1326,0.8063,0.9702,0.0957,-0.9398,-0.2361,0.4987,0.1055,-0.3439,-0.0014,-1.1817,-0.1218,-1.1268,0.2376,0.4752,1.2248,0.5781,1.477,0.156,0.1539,0.2758,3.4326,2.0337,0.0256,0.1509,-0.4665,-0.1831,0.7332,-0.2965,-0.7706,0.1558,0.6108,-0.8223,0.2349,-0.2593,0.4832,-0.1139,-0.0443,0.0789,0.7699,0.1126,-0.0534,-0.6688,-0.6071,-0.3322,0.2608,0.054,-0.0529,-0.9014,0.4745,0.045,0.3883,-0.4352,-0.0955,0.3863,0.2001,0.0398,-0.1018,-0.3766,-0.0496,-0.1008,1.1186,0.3452,-0.8468,-0.7809,-1.3067,0.1289,0.7399,-0.4792,0.668,0.0782,-0.5513,2.6734,-0.549,-0.2795,-0.0977,0.173,-1.4077,-1.2498,-0.0669,-1.1612,1.1455,0.0199,1.1747,-0.8365,-0.3472,0.8451,-0.3806,-0.1476,-0.19,-0.19,-0.1515,-0.1642,-0.1357,-0.1658,-0.1658,-0.3562,-0.0952,-0.0915,-0.2062,-0.0008,0,-0.0003,-0.1897,-0.0003,-0.0003,0.1662,-0.0282,-0.7524,0.8554,-0.4873,-0.0383,0.352,0.1702,0.5533,-0.145,-0.643,-0.7273],"second":[-0.1385,3.4829,0.5693,-0.8949,1.9553,-1.6674,1.8192,-0.4389,0.2615,0.1274],"accept":0.5};
