// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6912 candidates, 3934 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.5557
//   format:table                   1.697
//   format:card                    0.8902
//   format:brand-then-line         -0.1255
//   format:heading                 -1.0658
//   format:name-then-price         -0.3443
//   format:caption                 0.6677
//   format:linked-prose            0.5566
//   format:anchor-line             0.1511
//   format:anchor-list             -0.2195
//   format:anchor-prose            -1.0854
//   format:anchor-record           0.1628
//   format:anchor-carry            -1.8454
//   format:anchor-link             0.8458
//   format:anchor-heading          0.0907
//   evidence                       1.1035
//   evidence>=4                    0.5551
//   price                          2.5839
//   retailer                       -0.2993
//   url                            0.0696
//   deep-url                       0.2574
//   brand                          4.7715
//   brand-known                    1.888
//   brand-ambiguous                -0.1579
//   brand-caps                     0.4126
//   name-words                     -0.2801
//   name-long                      0.0062
//   name-noun                      0.873
//   name-caps                      -0.7683
//   name-lower-start               -1.1367
//   name-digits                    0.1253
//   name-quote                     1.176
//   chrome                         -1.4012
//   in-article                     -0.5794
//   heading                        -0.3655
//   caption                        0.6749
//   list-item                      0.1317
//   table-cell                     -1.8997
//   depth                          0.4283
//   siblings                       1.4529
//   line-length                    0.5076
//   line-negative                  0.2648
//   page-negative                  -0.765
//   page-candidates                -0.7654
//   same-price                     -0.3073
//   price-big                      0.7354
//   price-small                    -0.0886
//   label-left                     0.1743
//   lang-other                     -1.1652
//   lang:en                        0.507
//   lang:de                        -0.102
//   lang:fr                        0.1476
//   lang:it                        -0.2338
//   lang:es                        0.285
//   lang:nl                        0.6624
//   lang:pl                        0.7245
//   lang:sv                        -0.9075
//   lang:ja                        0.0819
//   name-is-shop                   -0.0381
//   name-is-title                  -0.1984
//   holds-title                    0.192
//   record-lines                   1.5498
//   name-one-noun                  0.2413
//   name-sentence                  -1.0392
//   no-price*siblings              -0.8854
//   no-price*brand-known           -0.8506
//   no-price*url                   0.1485
//   no-price*one-noun              0.8867
//   price-range                    -0.8172
//   candidate-siblings             -0.127
//   page-shop-links                0.4736
//   no-price*shop-links            -0.6995
//   no-price*page-unpriced         3.4645
//   no-price*candidate-siblings    1.0951
//   format:anchor-credit           0.4249
//   format:anchor-maker            -0.0035
//   format:anchor-runon            0.2715
//   maker-lead                     -1.6094
//   maker-tail                     -1.3999
//   maker-inside                   -0.0892
//   maker-read-known               -1.4535
//   no-price*brand-heading-run     2.4625
//   format:anchor-prose-brand      -0.4797
//   format:anchor-cjk              1.129
//   name-hiragana                  -1.7512
//   name-cjk-punct                 -0.2552
//   name-cjk-quoted                1.4739
//   name-cjk-editorial             -0.2187
//   name-cjk-holds-brand           -0.7644
//   format:anchor-group            -0.2091
//   in-record                      -0.2091
//   record-group-size              -0.1615
//   record-group-priced            -0.0309
//   record-group-linked            -0.2433
//   record-seq                     -0.0452
//   record-price                   -0.0452
//   record-shop-link               -0.3265
//   record-buy                     -0.2039
//   record-brand-first             -0.1912
//   record-length                  -0.2576
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2091
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1174
//   anchor-group*name-proper       0.1194
//   name-used                      -1.2453
//   shared-credit                  1.5474
//   headline-negative              -1.5001
//   format:anchor-own-shop         -0.1533
//   own-shop*slot                  0.6466
//   own-shop*url-repeats           0.5075
//   own-shop*page-slots            0.8765
//   own-shop*page-cart             -0.6397
//   format:anchor-of-maker         -0.1741
//   cue:first-person               -0.4262
//   cue:recommend                  -0.5194
//   cue:report                     -0.1413
//   format:anchor-possessive       -0.2104
//   used-goods                     -1.1154
//   page-used-goods                -2.5463
//   block-run                      -0.7838
//   block-short-offer              1.3308
//   format:anchor-block            -0.8108
//   format:anchor-maker-first      0.2897
//   cue:past-year                  -1.1333
//   cue:parted-or-warned           -0.8445
//   format:anchor-maker-noun       -0.3785

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0089
//   first-logit                    3.2471
//   same-parent-max                0.701
//   same-parent-mean               -1.8054
//   same-grandparent-mean          2.4602
//   page-accepted-share            -2.0373
//   format-accepted-share          1.8517
//   no-price*same-parent-mean      0.2129
//   no-price*format-accepted-share 0.058
//   no-price*first-logit           -0.207

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.5557,1.697,0.8902,-0.1255,-1.0658,-0.3443,0.6677,0.5566,0.1511,-0.2195,-1.0854,0.1628,-1.8454,0.8458,0.0907,1.1035,0.5551,2.5839,-0.2993,0.0696,0.2574,4.7715,1.888,-0.1579,0.4126,-0.2801,0.0062,0.873,-0.7683,-1.1367,0.1253,1.176,-1.4012,-0.5794,-0.3655,0.6749,0.1317,-1.8997,0.4283,1.4529,0.5076,0.2648,-0.765,-0.7654,-0.3073,0.7354,-0.0886,0.1743,-1.1652,0.507,-0.102,0.1476,-0.2338,0.285,0.6624,0.7245,-0.9075,0.0819,-0.0381,-0.1984,0.192,1.5498,0.2413,-1.0392,-0.8854,-0.8506,0.1485,0.8867,-0.8172,-0.127,0.4736,-0.6995,3.4645,1.0951,0.4249,-0.0035,0.2715,-1.6094,-1.3999,-0.0892,-1.4535,2.4625,-0.4797,1.129,-1.7512,-0.2552,1.4739,-0.2187,-0.7644,-0.2091,-0.2091,-0.1615,-0.0309,-0.2433,-0.0452,-0.0452,-0.3265,-0.2039,-0.1912,-0.2576,0,0,0,-0.2091,0,0,0.1174,0.1194,-1.2453,1.5474,-1.5001,-0.1533,0.6466,0.5075,0.8765,-0.6397,-0.1741,-0.4262,-0.5194,-0.1413,-0.2104,-1.1154,-2.5463,-0.7838,1.3308,-0.8108,0.2897,-1.1333,-0.8445,-0.3785],"second":[-0.0089,3.2471,0.701,-1.8054,2.4602,-2.0373,1.8517,0.2129,0.058,-0.207],"accept":0.5};
