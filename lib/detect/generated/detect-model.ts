// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4701 candidates, 2752 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0459
//   format:table                   0.8272
//   format:card                    0.9747
//   format:brand-then-line         0.0987
//   format:heading                 -0.8849
//   format:name-then-price         -0.2196
//   format:caption                 0.4679
//   format:linked-prose            0.1601
//   format:anchor-line             -0.2962
//   format:anchor-list             0.0323
//   format:anchor-prose            -1.2498
//   format:anchor-record           -0.0867
//   format:anchor-carry            -1.1027
//   format:anchor-link             0.1929
//   format:anchor-heading          0.5067
//   evidence                       1.282
//   evidence>=4                    0.5859
//   price                          1.5053
//   retailer                       0.0923
//   url                            0.1357
//   deep-url                       0.2467
//   brand                          3.4142
//   brand-known                    2.0045
//   brand-ambiguous                -0.1358
//   brand-caps                     0.166
//   name-words                     -0.5368
//   name-long                      -0.2219
//   name-noun                      0.7609
//   name-caps                      -0.2844
//   name-lower-start               -0.7461
//   name-digits                    0.1122
//   name-quote                     0.6566
//   chrome                         -0.7896
//   in-article                     0.1709
//   heading                        -0.2188
//   caption                        0.399
//   list-item                      -0.0679
//   table-cell                     -0.0406
//   depth                          -0.0695
//   siblings                       0.7404
//   line-length                    0.0186
//   line-negative                  -0.1327
//   page-negative                  -0.6784
//   page-candidates                -0.5146
//   same-price                     -0.3623
//   price-big                      0.2899
//   price-small                    0.0889
//   label-left                     0.0131
//   lang-other                     -0.8664
//   lang:en                        0.5292
//   lang:de                        0.1391
//   lang:fr                        0.4404
//   lang:it                        -0.3605
//   lang:es                        -0.2211
//   lang:nl                        0.4252
//   lang:pl                        0.1657
//   lang:sv                        -0.169
//   lang:ja                        -0.0827
//   name-is-shop                   -0.3729
//   name-is-title                  -0.1739
//   holds-title                    -0.0992
//   record-lines                   1.178
//   name-one-noun                  0.3727
//   name-sentence                  -0.7966
//   no-price*siblings              -0.7909
//   no-price*brand-known           -1.2988
//   no-price*url                   0.2535
//   no-price*one-noun              0.6495
//   price-range                    -0.4432
//   candidate-siblings             0.6431
//   page-shop-links                0.0937
//   no-price*shop-links            -0.5477
//   no-price*page-unpriced         2.7793
//   no-price*candidate-siblings    -0.5418
//   format:anchor-credit           -0.2568
//   format:anchor-maker            -0.2404
//   format:anchor-runon            0.1762
//   maker-lead                     -1.4164
//   maker-tail                     -1.2326
//   maker-inside                   -0.0642
//   maker-read-known               -1.1394
//   no-price*brand-heading-run     1.1163
//   format:anchor-prose-brand      0.0829
//   format:anchor-cjk              1.2193
//   name-hiragana                  -0.8544
//   name-cjk-punct                 -0.3479
//   name-cjk-quoted                0.8493
//   name-cjk-editorial             -0.39
//   name-cjk-holds-brand           -0.1384
//   format:anchor-group            -0.1935
//   in-record                      -0.1935
//   record-group-size              -0.15
//   record-group-priced            -0.165
//   record-group-linked            -0.137
//   record-seq                     -0.1678
//   record-price                   -0.1678
//   record-shop-link               -0.3522
//   record-buy                     -0.0989
//   record-brand-first             -0.0958
//   record-length                  -0.2093
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1933
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1586
//   anchor-group*name-proper       -0.0459
//   name-used                      -0.969
//   shared-credit                  0.8735
//   headline-negative              -0.5197
//   format:anchor-own-shop         -0.0219
//   own-shop*slot                  0.3625
//   own-shop*url-repeats           0.1668
//   own-shop*page-slots            0.5706
//   own-shop*page-cart             -0.1501
//   format:anchor-of-maker         -0.146
//   cue:first-person               -0.0655
//   cue:recommend                  -0.0157
//   cue:report                     -0.0481
//   format:anchor-possessive       -0.0405

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0866
//   first-logit                    3.4756
//   same-parent-max                0.4744
//   same-parent-mean               -0.8667
//   same-grandparent-mean          2.33
//   page-accepted-share            -1.8316
//   format-accepted-share          1.5006
//   no-price*same-parent-mean      -0.5255
//   no-price*format-accepted-share 0.5534
//   no-price*first-logit           0.115

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0459,0.8272,0.9747,0.0987,-0.8849,-0.2196,0.4679,0.1601,-0.2962,0.0323,-1.2498,-0.0867,-1.1027,0.1929,0.5067,1.282,0.5859,1.5053,0.0923,0.1357,0.2467,3.4142,2.0045,-0.1358,0.166,-0.5368,-0.2219,0.7609,-0.2844,-0.7461,0.1122,0.6566,-0.7896,0.1709,-0.2188,0.399,-0.0679,-0.0406,-0.0695,0.7404,0.0186,-0.1327,-0.6784,-0.5146,-0.3623,0.2899,0.0889,0.0131,-0.8664,0.5292,0.1391,0.4404,-0.3605,-0.2211,0.4252,0.1657,-0.169,-0.0827,-0.3729,-0.1739,-0.0992,1.178,0.3727,-0.7966,-0.7909,-1.2988,0.2535,0.6495,-0.4432,0.6431,0.0937,-0.5477,2.7793,-0.5418,-0.2568,-0.2404,0.1762,-1.4164,-1.2326,-0.0642,-1.1394,1.1163,0.0829,1.2193,-0.8544,-0.3479,0.8493,-0.39,-0.1384,-0.1935,-0.1935,-0.15,-0.165,-0.137,-0.1678,-0.1678,-0.3522,-0.0989,-0.0958,-0.2093,-0.0008,0,-0.0003,-0.1933,-0.0003,-0.0003,0.1586,-0.0459,-0.969,0.8735,-0.5197,-0.0219,0.3625,0.1668,0.5706,-0.1501,-0.146,-0.0655,-0.0157,-0.0481,-0.0405],"second":[-0.0866,3.4756,0.4744,-0.8667,2.33,-1.8316,1.5006,-0.5255,0.5534,0.115],"accept":0.5};
