// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7392 candidates, 4182 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.4579
//   format:table                   1.4414
//   format:card                    0.9676
//   format:brand-then-line         -0.3888
//   format:heading                 -1.1897
//   format:name-then-price         -0.5399
//   format:caption                 0.6256
//   format:linked-prose            0.2981
//   format:anchor-line             -0.0307
//   format:anchor-list             -0.4467
//   format:anchor-prose            -1.0081
//   format:anchor-record           -0.2199
//   format:anchor-carry            -1.8907
//   format:anchor-link             0.7535
//   format:anchor-heading          0.0956
//   evidence                       1.2343
//   evidence>=4                    0.5282
//   price                          2.0363
//   retailer                       -0.2136
//   url                            0.0733
//   deep-url                       0.2209
//   brand                          5.057
//   brand-known                    1.7377
//   brand-ambiguous                -0.2615
//   brand-caps                     0.3108
//   name-words                     -0.2453
//   name-long                      0.1096
//   name-noun                      0.8741
//   name-caps                      -0.5731
//   name-lower-start               -1.0628
//   name-digits                    -0.0705
//   name-quote                     1.1072
//   chrome                         -1.4963
//   in-article                     -0.7109
//   heading                        -0.507
//   caption                        0.6312
//   list-item                      0.3681
//   table-cell                     -1.8021
//   depth                          -0.185
//   siblings                       1.5245
//   line-length                    0.0478
//   line-negative                  0.3478
//   page-negative                  -0.4237
//   page-candidates                -0.2744
//   same-price                     -0.3184
//   price-big                      0.7809
//   price-small                    -0.0846
//   label-left                     0.0652
//   lang-other                     -0.7342
//   lang:en                        0.5069
//   lang:de                        -0.1002
//   lang:fr                        0.2868
//   lang:it                        -0.1878
//   lang:es                        0.3521
//   lang:nl                        0.5146
//   lang:pl                        0.7867
//   lang:sv                        -1.093
//   lang:ja                        -0.3319
//   name-is-shop                   -0.2632
//   name-is-title                  -0.4096
//   holds-title                    -0.0502
//   record-lines                   1.5573
//   name-one-noun                  0.1667
//   name-sentence                  -0.6602
//   no-price*siblings              -1.2139
//   no-price*brand-known           -0.6753
//   no-price*url                   0.1668
//   no-price*one-noun              0.5856
//   price-range                    -0.8827
//   candidate-siblings             -0.1111
//   page-shop-links                0.0985
//   no-price*shop-links            -0.5441
//   no-price*page-unpriced         2.9501
//   no-price*candidate-siblings    0.6488
//   format:anchor-credit           0.3375
//   format:anchor-maker            -0.2492
//   format:anchor-runon            0.4513
//   maker-lead                     -1.8598
//   maker-tail                     -1.6988
//   maker-inside                   -0.0639
//   maker-host                     0.8372
//   maker-read-known               -1.4058
//   no-price*brand-heading-run     2.193
//   format:anchor-prose-brand      -0.1037
//   format:anchor-cjk              1.6691
//   name-hiragana                  -1.2461
//   name-cjk-punct                 -0.8189
//   name-cjk-quoted                0.5461
//   name-cjk-editorial             -0.2043
//   name-cjk-holds-brand           -0.3357
//   format:anchor-group            -0.2333
//   in-record                      -0.2333
//   record-group-size              -0.1873
//   record-group-priced            0.0014
//   record-group-linked            -0.3182
//   record-seq                     -0.0065
//   record-price                   -0.0065
//   record-shop-link               -0.3699
//   record-buy                     -0.1896
//   record-brand-first             -0.2068
//   record-length                  -0.2551
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2333
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1366
//   anchor-group*name-proper       0.0705
//   name-used                      -1.6037
//   shared-credit                  1.5458
//   headline-negative              -1.7196
//   format:anchor-own-shop         -0.0432
//   own-shop*slot                  0.4027
//   own-shop*url-repeats           0.4756
//   own-shop*page-slots            0.6797
//   own-shop*page-cart             -0.6958
//   format:anchor-of-maker         0.5114
//   cue:first-person               -0.7541
//   cue:recommend                  -0.7071
//   cue:report                     -0.4575
//   format:anchor-possessive       -0.2452
//   used-goods                     -1.4199
//   page-used-goods                -2.5058
//   block-run                      -0.9941
//   block-short-offer              1.2601
//   format:anchor-block            -0.8753
//   format:anchor-maker-first      0.0784
//   cue:past-year                  -1.2124
//   cue:parted-or-warned           -0.8911
//   format:anchor-maker-noun       0.618
//   page-recall-lines              -0.7786
//   page-recall-headline           -0.9041
//   page-unreleased-lines          0.2307
//   page-unreleased-headline       -0.9592

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1265
//   first-logit                    3.4169
//   same-parent-max                0.6202
//   same-parent-mean               -1.5969
//   same-grandparent-mean          2.3695
//   page-accepted-share            -2.102
//   format-accepted-share          1.7878
//   no-price*same-parent-mean      0.0868
//   no-price*format-accepted-share 0.0549
//   no-price*first-logit           -0.4858

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.4579,1.4414,0.9676,-0.3888,-1.1897,-0.5399,0.6256,0.2981,-0.0307,-0.4467,-1.0081,-0.2199,-1.8907,0.7535,0.0956,1.2343,0.5282,2.0363,-0.2136,0.0733,0.2209,5.057,1.7377,-0.2615,0.3108,-0.2453,0.1096,0.8741,-0.5731,-1.0628,-0.0705,1.1072,-1.4963,-0.7109,-0.507,0.6312,0.3681,-1.8021,-0.185,1.5245,0.0478,0.3478,-0.4237,-0.2744,-0.3184,0.7809,-0.0846,0.0652,-0.7342,0.5069,-0.1002,0.2868,-0.1878,0.3521,0.5146,0.7867,-1.093,-0.3319,-0.2632,-0.4096,-0.0502,1.5573,0.1667,-0.6602,-1.2139,-0.6753,0.1668,0.5856,-0.8827,-0.1111,0.0985,-0.5441,2.9501,0.6488,0.3375,-0.2492,0.4513,-1.8598,-1.6988,-0.0639,0.8372,-1.4058,2.193,-0.1037,1.6691,-1.2461,-0.8189,0.5461,-0.2043,-0.3357,-0.2333,-0.2333,-0.1873,0.0014,-0.3182,-0.0065,-0.0065,-0.3699,-0.1896,-0.2068,-0.2551,0,0,0,-0.2333,0,0,0.1366,0.0705,-1.6037,1.5458,-1.7196,-0.0432,0.4027,0.4756,0.6797,-0.6958,0.5114,-0.7541,-0.7071,-0.4575,-0.2452,-1.4199,-2.5058,-0.9941,1.2601,-0.8753,0.0784,-1.2124,-0.8911,0.618,-0.7786,-0.9041,0.2307,-0.9592],"second":[0.1265,3.4169,0.6202,-1.5969,2.3695,-2.102,1.7878,0.0868,0.0549,-0.4858],"accept":0.5};
