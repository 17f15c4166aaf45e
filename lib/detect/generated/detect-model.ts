// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7995 candidates, 4523 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.9072
//   format:table                   1.4045
//   format:card                    1.0349
//   format:brand-then-line         -0.5598
//   format:heading                 -1.1615
//   format:name-then-price         -0.5043
//   format:caption                 0.4994
//   format:linked-prose            0.3159
//   format:anchor-line             0.0832
//   format:anchor-list             -0.5069
//   format:anchor-prose            -0.9048
//   format:anchor-record           -0.2695
//   format:anchor-carry            -1.8764
//   format:anchor-link             0.7054
//   format:anchor-heading          0.0817
//   evidence                       1.1965
//   evidence>=4                    0.5076
//   price                          1.7743
//   retailer                       -0.2711
//   url                            0.1535
//   deep-url                       0.2269
//   brand                          5.0584
//   brand-known                    1.8033
//   brand-ambiguous                -0.256
//   brand-caps                     0.4069
//   name-words                     -0.3806
//   name-long                      -0.0378
//   name-noun                      0.9873
//   name-caps                      -1.078
//   name-lower-start               -1.0348
//   name-digits                    0.0173
//   name-quote                     1.2413
//   chrome                         -1.5247
//   in-article                     -0.2788
//   heading                        -0.472
//   caption                        0.8395
//   list-item                      0.3307
//   table-cell                     -1.6712
//   depth                          -0.0447
//   siblings                       1.4521
//   line-length                    -0.0127
//   line-negative                  0.236
//   page-negative                  -0.2669
//   page-candidates                -0.2201
//   same-price                     -0.3735
//   price-big                      0.7017
//   price-small                    -0.0916
//   label-left                     0.0474
//   lang-other                     -0.8141
//   lang:en                        0.4527
//   lang:de                        -0.1027
//   lang:fr                        0.3189
//   lang:it                        -0.096
//   lang:es                        0.3594
//   lang:nl                        0.4915
//   lang:pl                        0.5857
//   lang:sv                        -1.0178
//   lang:ja                        -0.1778
//   name-is-shop                   -0.2048
//   name-is-title                  -0.3513
//   holds-title                    0.2793
//   record-lines                   1.701
//   name-one-noun                  0.0559
//   name-sentence                  -0.6968
//   no-price*siblings              -1.2409
//   no-price*brand-known           -0.8447
//   no-price*url                   0.2237
//   no-price*one-noun              0.7685
//   price-range                    -0.7769
//   candidate-siblings             0.0547
//   page-shop-links                0.1928
//   no-price*shop-links            -0.6562
//   no-price*page-unpriced         2.7219
//   no-price*candidate-siblings    0.7381
//   format:anchor-credit           0.0112
//   format:anchor-maker            -0.3355
//   format:anchor-runon            0.5926
//   maker-lead                     -1.855
//   maker-tail                     -1.5832
//   maker-inside                   -0.0412
//   maker-host                     0.9233
//   maker-read-known               -1.7082
//   no-price*brand-heading-run     2.4265
//   format:anchor-prose-brand      0.0271
//   format:anchor-cjk              2.03
//   name-hiragana                  -1.3124
//   name-cjk-punct                 -1.0619
//   name-cjk-quoted                0.7864
//   name-cjk-editorial             -0.1776
//   name-cjk-holds-brand           -0.2797
//   format:anchor-group            -0.2386
//   in-record                      -0.2386
//   record-group-size              -0.2156
//   record-group-priced            0.0311
//   record-group-linked            -0.3496
//   record-seq                     0.0431
//   record-price                   0.0206
//   record-shop-link               -0.3113
//   record-buy                     -0.1728
//   record-brand-first             -0.2079
//   record-length                  -0.2426
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2386
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0726
//   anchor-group*name-proper       0.074
//   name-used                      -1.5599
//   shared-credit                  1.2175
//   headline-negative              -2.0727
//   format:anchor-own-shop         -0.0584
//   own-shop*slot                  0.381
//   own-shop*url-repeats           0.5365
//   own-shop*page-slots            0.7494
//   own-shop*page-cart             -0.6963
//   format:anchor-of-maker         0.3805
//   cue:first-person               -0.6574
//   cue:recommend                  -0.4478
//   cue:report                     -0.3254
//   format:anchor-possessive       -0.337
//   used-goods                     -1.3072
//   page-used-goods                -2.4831
//   block-run                      -0.8906
//   block-short-offer              1.2045
//   format:anchor-block            -0.8405
//   format:anchor-maker-first      0.1281
//   cue:past-year                  -0.9074
//   cue:parted-or-warned           -0.7196
//   format:anchor-maker-noun       0.8326
//   page-recall-lines              -0.1846
//   page-recall-headline           -0.3446
//   page-unreleased-lines          -0.0122
//   page-unreleased-headline       -0.9269
//   maker-section                  0.6864
//   maker-section-h1               -0.6302
//   maker-section-named            0.5125
//   maker-section-distance         0.5107

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1338
//   first-logit                    3.4726
//   same-parent-max                0.5382
//   same-parent-mean               -1.6442
//   same-grandparent-mean          2.4104
//   page-accepted-share            -1.9996
//   format-accepted-share          1.7943
//   no-price*same-parent-mean      0.1798
//   no-price*format-accepted-share -0.1025
//   no-price*first-logit           -0.4837

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.9072,1.4045,1.0349,-0.5598,-1.1615,-0.5043,0.4994,0.3159,0.0832,-0.5069,-0.9048,-0.2695,-1.8764,0.7054,0.0817,1.1965,0.5076,1.7743,-0.2711,0.1535,0.2269,5.0584,1.8033,-0.256,0.4069,-0.3806,-0.0378,0.9873,-1.078,-1.0348,0.0173,1.2413,-1.5247,-0.2788,-0.472,0.8395,0.3307,-1.6712,-0.0447,1.4521,-0.0127,0.236,-0.2669,-0.2201,-0.3735,0.7017,-0.0916,0.0474,-0.8141,0.4527,-0.1027,0.3189,-0.096,0.3594,0.4915,0.5857,-1.0178,-0.1778,-0.2048,-0.3513,0.2793,1.701,0.0559,-0.6968,-1.2409,-0.8447,0.2237,0.7685,-0.7769,0.0547,0.1928,-0.6562,2.7219,0.7381,0.0112,-0.3355,0.5926,-1.855,-1.5832,-0.0412,0.9233,-1.7082,2.4265,0.0271,2.03,-1.3124,-1.0619,0.7864,-0.1776,-0.2797,-0.2386,-0.2386,-0.2156,0.0311,-0.3496,0.0431,0.0206,-0.3113,-0.1728,-0.2079,-0.2426,0,0,0,-0.2386,0,0,0.0726,0.074,-1.5599,1.2175,-2.0727,-0.0584,0.381,0.5365,0.7494,-0.6963,0.3805,-0.6574,-0.4478,-0.3254,-0.337,-1.3072,-2.4831,-0.8906,1.2045,-0.8405,0.1281,-0.9074,-0.7196,0.8326,-0.1846,-0.3446,-0.0122,-0.9269,0.6864,-0.6302,0.5125,0.5107],"second":[0.1338,3.4726,0.5382,-1.6442,2.4104,-1.9996,1.7943,0.1798,-0.1025,-0.4837],"accept":0.5};
