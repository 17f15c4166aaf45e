// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 708 labelled pages (5668 candidates, 3311 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.6287
//   format:table                   0.8982
//   format:card                    0.6862
//   format:brand-then-line         0.1231
//   format:heading                 -0.9258
//   format:name-then-price         -0.1851
//   format:caption                 0.4836
//   format:linked-prose            0.2763
//   format:anchor-line             -0.0603
//   format:anchor-list             0.1045
//   format:anchor-prose            -1.1358
//   format:anchor-record           0.2163
//   format:anchor-carry            -1.2914
//   format:anchor-link             0.532
//   format:anchor-heading          0.2118
//   evidence                       1.0335
//   evidence>=4                    0.6976
//   price                          1.4323
//   retailer                       0.0185
//   url                            0.0787
//   deep-url                       0.156
//   brand                          3.609
//   brand-known                    2.0128
//   brand-ambiguous                -0.0365
//   brand-caps                     0.1389
//   name-words                     -0.1714
//   name-long                      -0.3778
//   name-noun                      0.7274
//   name-caps                      -0.5843
//   name-lower-start               -1.0961
//   name-digits                    0.2334
//   name-quote                     0.5443
//   chrome                         -0.8991
//   in-article                     0.0374
//   heading                        -0.4563
//   caption                        0.4136
//   list-item                      -0.2257
//   table-cell                     -0.049
//   depth                          0.3197
//   siblings                       1.202
//   line-length                    0.6002
//   line-negative                  -0.0925
//   page-negative                  -0.5948
//   page-candidates                -0.5712
//   same-price                     -0.2404
//   price-big                      0.5426
//   price-small                    0.0281
//   label-left                     0.2535
//   lang-other                     -1.0652
//   lang:en                        0.4575
//   lang:de                        0.0223
//   lang:fr                        0.3009
//   lang:it                        -0.4934
//   lang:es                        0.1159
//   lang:nl                        0.5911
//   lang:pl                        0.5136
//   lang:sv                        -0.4887
//   lang:ja                        0.046
//   name-is-shop                   -0.3385
//   name-is-title                  -0.0087
//   holds-title                    0.0412
//   record-lines                   0.897
//   name-one-noun                  0.4465
//   name-sentence                  -0.7308
//   no-price*siblings              -1.1776
//   no-price*brand-known           -1.2294
//   no-price*url                   0.282
//   no-price*one-noun              0.7887
//   price-range                    -0.4679
//   candidate-siblings             -0.0448
//   page-shop-links                0.1665
//   no-price*shop-links            -0.5298
//   no-price*page-unpriced         2.625
//   no-price*candidate-siblings    0.091
//   format:anchor-credit           -0.1117
//   format:anchor-maker            0.2307
//   format:anchor-runon            0.2074
//   maker-lead                     -1.3997
//   maker-tail                     -1.3886
//   maker-inside                   -0.0809
//   maker-read-known               -1.0448
//   no-price*brand-heading-run     1.4925
//   format:anchor-prose-brand      -0.2544
//   format:anchor-cjk              1.1752
//   name-hiragana                  -0.8486
//   name-cjk-punct                 -0.3165
//   name-cjk-quoted                0.8446
//   name-cjk-editorial             -0.484
//   name-cjk-holds-brand           -0.221
//   format:anchor-group            -0.0941
//   in-record                      -0.0941
//   record-group-size              -0.0676
//   record-group-priced            0.0386
//   record-group-linked            -0.1661
//   record-seq                     0.0272
//   record-price                   0.0272
//   record-shop-link               -0.1837
//   record-buy                     -0.1054
//   record-brand-first             -0.1168
//   record-length                  -0.0838
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0941
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0896
//   anchor-group*name-proper       -0.1001
//   name-used                      -0.8249
//   shared-credit                  0.8929
//   headline-negative              -0.39
//   format:anchor-own-shop         -0.0121
//   own-shop*slot                  0.3983
//   own-shop*url-repeats           0.1808
//   own-shop*page-slots            0.6411
//   own-shop*page-cart             -0.1581
//   format:anchor-of-maker         -0.5164
//   cue:first-person               -0.0046
//   cue:recommend                  -0.1528
//   cue:report                     -0.0455
//   format:anchor-possessive       -0.0814
//   used-goods                     -0.6963
//   page-used-goods                -0.846
//   block-run                      -0.5322
//   block-short-offer              0.9724
//   format:anchor-block            -0.6648
//   format:anchor-maker-first      0.1878
//   cue:past-year                  -0.6351
//   cue:parted-or-warned           -0.5514

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0124
//   first-logit                    3.4967
//   same-parent-max                0.7674
//   same-parent-mean               -1.4288
//   same-grandparent-mean          1.676
//   page-accepted-share            -1.9499
//   format-accepted-share          1.9639
//   no-price*same-parent-mean      0.1329
//   no-price*format-accepted-share 0.3193
//   no-price*first-logit           -0.094

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.6287,0.8982,0.6862,0.1231,-0.9258,-0.1851,0.4836,0.2763,-0.0603,0.1045,-1.1358,0.2163,-1.2914,0.532,0.2118,1.0335,0.6976,1.4323,0.0185,0.0787,0.156,3.609,2.0128,-0.0365,0.1389,-0.1714,-0.3778,0.7274,-0.5843,-1.0961,0.2334,0.5443,-0.8991,0.0374,-0.4563,0.4136,-0.2257,-0.049,0.3197,1.202,0.6002,-0.0925,-0.5948,-0.5712,-0.2404,0.5426,0.0281,0.2535,-1.0652,0.4575,0.0223,0.3009,-0.4934,0.1159,0.5911,0.5136,-0.4887,0.046,-0.3385,-0.0087,0.0412,0.897,0.4465,-0.7308,-1.1776,-1.2294,0.282,0.7887,-0.4679,-0.0448,0.1665,-0.5298,2.625,0.091,-0.1117,0.2307,0.2074,-1.3997,-1.3886,-0.0809,-1.0448,1.4925,-0.2544,1.1752,-0.8486,-0.3165,0.8446,-0.484,-0.221,-0.0941,-0.0941,-0.0676,0.0386,-0.1661,0.0272,0.0272,-0.1837,-0.1054,-0.1168,-0.0838,0,0,0,-0.0941,0,0,0.0896,-0.1001,-0.8249,0.8929,-0.39,-0.0121,0.3983,0.1808,0.6411,-0.1581,-0.5164,-0.0046,-0.1528,-0.0455,-0.0814,-0.6963,-0.846,-0.5322,0.9724,-0.6648,0.1878,-0.6351,-0.5514],"second":[0.0124,3.4967,0.7674,-1.4288,1.676,-1.9499,1.9639,0.1329,0.3193,-0.094],"accept":0.5};
