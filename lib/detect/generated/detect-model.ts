// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (8003 candidates, 4530 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7012
//   format:table                   1.3849
//   format:card                    0.9892
//   format:brand-then-line         -0.5874
//   format:heading                 -1.1862
//   format:name-then-price         -0.5264
//   format:caption                 0.4895
//   format:linked-prose            0.3083
//   format:anchor-line             0.0462
//   format:anchor-list             -0.561
//   format:anchor-prose            -0.9618
//   format:anchor-record           -0.2929
//   format:anchor-carry            -1.88
//   format:anchor-link             0.6747
//   format:anchor-heading          0.0605
//   evidence                       1.223
//   evidence>=4                    0.4886
//   price                          1.6742
//   retailer                       -0.3007
//   url                            0.1708
//   deep-url                       0.2348
//   brand                          5.0515
//   brand-known                    1.7904
//   brand-ambiguous                -0.2371
//   brand-caps                     0.405
//   name-words                     -0.3533
//   name-long                      -0.0631
//   name-noun                      0.953
//   name-caps                      -1.049
//   name-lower-start               -1.0344
//   name-digits                    -0.0104
//   name-quote                     1.2087
//   chrome                         -1.5367
//   in-article                     -0.2891
//   heading                        -0.4831
//   caption                        0.8465
//   list-item                      0.3286
//   table-cell                     -1.6662
//   depth                          -0.1088
//   siblings                       1.4332
//   line-length                    -0.0345
//   line-negative                  0.2293
//   page-negative                  -0.2546
//   page-candidates                -0.1635
//   same-price                     -0.363
//   price-big                      0.7102
//   price-small                    -0.0784
//   label-left                     -0.0457
//   lang-other                     -0.8126
//   lang:en                        0.4373
//   lang:de                        -0.1153
//   lang:fr                        0.321
//   lang:it                        -0.0619
//   lang:es                        0.3728
//   lang:nl                        0.4845
//   lang:pl                        0.5833
//   lang:sv                        -0.9995
//   lang:ja                        -0.2095
//   name-is-shop                   -0.21
//   name-is-title                  -0.3205
//   holds-title                    0.2663
//   record-lines                   1.684
//   name-one-noun                  0.033
//   name-sentence                  -0.6159
//   no-price*siblings              -1.2324
//   no-price*brand-known           -0.8776
//   no-price*url                   0.2039
//   no-price*one-noun              0.7444
//   price-range                    -0.7936
//   candidate-siblings             0.0369
//   page-shop-links                0.1966
//   no-price*shop-links            -0.6981
//   no-price*page-unpriced         2.698
//   no-price*candidate-siblings    0.7535
//   format:anchor-credit           -0.0484
//   format:anchor-maker            -0.3579
//   format:anchor-runon            0.5309
//   maker-lead                     -1.8975
//   maker-tail                     -1.6635
//   maker-inside                   -0.0407
//   maker-host                     0.7697
//   maker-read-known               -1.772
//   no-price*brand-heading-run     2.4659
//   format:anchor-prose-brand      -0.0517
//   format:anchor-cjk              1.989
//   name-hiragana                  -1.2953
//   name-cjk-punct                 -1.048
//   name-cjk-quoted                0.7588
//   name-cjk-editorial             -0.1777
//   name-cjk-holds-brand           -0.2908
//   format:anchor-group            -0.2461
//   in-record                      -0.2461
//   record-group-size              -0.2173
//   record-group-priced            0.0357
//   record-group-linked            -0.3685
//   record-seq                     0.0566
//   record-price                   0.033
//   record-shop-link               -0.3118
//   record-buy                     -0.1751
//   record-brand-first             -0.2109
//   record-length                  -0.2433
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.0022
//   record-group-distinct          -0.2461
//   page-used                      -0.0014
//   anchor-group*page-used         -0.0014
//   anchor-group*no-shop-link      0.0657
//   anchor-group*name-proper       0.0707
//   name-used                      -1.5951
//   shared-credit                  1.2282
//   headline-negative              -2.0692
//   format:anchor-own-shop         -0.1059
//   own-shop*slot                  0.3684
//   own-shop*url-repeats           0.5275
//   own-shop*page-slots            0.739
//   own-shop*page-cart             -0.678
//   format:anchor-of-maker         0.3302
//   cue:first-person               -0.6332
//   cue:recommend                  -0.65
//   cue:report                     -0.3312
//   format:anchor-possessive       -0.3627
//   used-goods                     -1.3353
//   page-used-goods                -2.3185
//   block-run                      -0.9046
//   block-short-offer              1.2036
//   format:anchor-block            -0.8652
//   format:anchor-maker-first      0.0913
//   cue:past-year                  -0.9145
//   cue:parted-or-warned           -0.8215
//   format:anchor-maker-noun       0.7888
//   page-recall-lines              -0.1922
//   page-recall-headline           -0.3493
//   page-unreleased-lines          -0.0131
//   page-unreleased-headline       -0.9425
//   maker-section                  0.7703
//   maker-section-h1               -0.7053
//   maker-section-named            0.702
//   maker-section-distance         0.4258
//   format:anchor-noun-maker       0.9286

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1432
//   first-logit                    3.4662
//   same-parent-max                0.5171
//   same-parent-mean               -1.6835
//   same-grandparent-mean          2.4627
//   page-accepted-share            -1.9795
//   format-accepted-share          1.7638
//   no-price*same-parent-mean      0.1883
//   no-price*format-accepted-share -0.1046
//   no-price*first-logit           -0.4853

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7012,1.3849,0.9892,-0.5874,-1.1862,-0.5264,0.4895,0.3083,0.0462,-0.561,-0.9618,-0.2929,-1.88,0.6747,0.0605,1.223,0.4886,1.6742,-0.3007,0.1708,0.2348,5.0515,1.7904,-0.2371,0.405,-0.3533,-0.0631,0.953,-1.049,-1.0344,-0.0104,1.2087,-1.5367,-0.2891,-0.4831,0.8465,0.3286,-1.6662,-0.1088,1.4332,-0.0345,0.2293,-0.2546,-0.1635,-0.363,0.7102,-0.0784,-0.0457,-0.8126,0.4373,-0.1153,0.321,-0.0619,0.3728,0.4845,0.5833,-0.9995,-0.2095,-0.21,-0.3205,0.2663,1.684,0.033,-0.6159,-1.2324,-0.8776,0.2039,0.7444,-0.7936,0.0369,0.1966,-0.6981,2.698,0.7535,-0.0484,-0.3579,0.5309,-1.8975,-1.6635,-0.0407,0.7697,-1.772,2.4659,-0.0517,1.989,-1.2953,-1.048,0.7588,-0.1777,-0.2908,-0.2461,-0.2461,-0.2173,0.0357,-0.3685,0.0566,0.033,-0.3118,-0.1751,-0.2109,-0.2433,0,0,-0.0022,-0.2461,-0.0014,-0.0014,0.0657,0.0707,-1.5951,1.2282,-2.0692,-0.1059,0.3684,0.5275,0.739,-0.678,0.3302,-0.6332,-0.65,-0.3312,-0.3627,-1.3353,-2.3185,-0.9046,1.2036,-0.8652,0.0913,-0.9145,-0.8215,0.7888,-0.1922,-0.3493,-0.0131,-0.9425,0.7703,-0.7053,0.702,0.4258,0.9286],"second":[0.1432,3.4662,0.5171,-1.6835,2.4627,-1.9795,1.7638,0.1883,-0.1046,-0.4853],"accept":0.5};
