// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7992 candidates, 4532 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.8333
//   format:table                   1.3827
//   format:card                    1.0173
//   format:brand-then-line         -0.3004
//   format:heading                 -1.1324
//   format:name-then-price         -0.5109
//   format:caption                 0.4212
//   format:linked-prose            0.3678
//   format:anchor-line             0.0532
//   format:anchor-list             -0.4186
//   format:anchor-prose            -0.931
//   format:anchor-record           -0.2736
//   format:anchor-carry            -1.8842
//   format:anchor-link             0.785
//   format:anchor-heading          0.112
//   format:anchor-heading-prose    -0.5277
//   evidence                       1.3288
//   evidence>=4                    0.4567
//   price                          1.485
//   retailer                       -0.3188
//   url                            0.1817
//   deep-url                       0.1877
//   brand                          5.0923
//   brand-known                    1.7657
//   brand-ambiguous                -0.2554
//   brand-caps                     0.4166
//   name-words                     -0.2987
//   name-long                      -0.0718
//   name-noun                      0.9432
//   name-caps                      -0.9007
//   name-lower-start               -1.0857
//   name-digits                    0.0062
//   name-quote                     1.1059
//   chrome                         -1.5201
//   in-article                     -0.243
//   heading                        -0.4644
//   caption                        0.957
//   list-item                      0.2924
//   table-cell                     -1.6644
//   depth                          -0.0234
//   siblings                       1.4569
//   line-length                    0.0488
//   line-negative                  0.1893
//   page-negative                  -0.3034
//   page-candidates                -0.1844
//   same-price                     -0.3535
//   price-big                      0.8087
//   price-small                    -0.0927
//   label-left                     -0.033
//   lang-other                     -0.7471
//   lang:en                        0.4745
//   lang:de                        -0.0697
//   lang:fr                        0.3488
//   lang:it                        -0.0802
//   lang:es                        0.3731
//   lang:nl                        0.4951
//   lang:pl                        0.5889
//   lang:sv                        -0.9799
//   lang:ja                        -0.4035
//   name-is-shop                   -0.2604
//   name-is-title                  -0.3439
//   holds-title                    0.2515
//   record-lines                   1.757
//   name-one-noun                  0.0297
//   name-sentence                  -0.5842
//   no-price*siblings              -1.3721
//   no-price*brand-known           -0.9993
//   no-price*url                   0.1599
//   no-price*one-noun              0.7525
//   price-range                    -0.8467
//   candidate-siblings             0.0242
//   page-shop-links                0.1909
//   no-price*shop-links            -0.8556
//   no-price*page-unpriced         2.7219
//   no-price*candidate-siblings    0.8509
//   format:anchor-credit           -0.047
//   format:anchor-maker            -0.3161
//   format:anchor-runon            0.644
//   maker-lead                     -1.9237
//   maker-tail                     -1.7102
//   maker-inside                   -0.0421
//   maker-host                     0.6908
//   maker-read-known               -1.7451
//   no-price*brand-heading-run     2.9104
//   format:anchor-prose-brand      0.0072
//   format:anchor-cjk              1.9635
//   name-hiragana                  -1.3361
//   name-cjk-punct                 -1.0369
//   name-cjk-quoted                0.7479
//   name-cjk-editorial             -0.0557
//   name-cjk-holds-brand           -0.59
//   format:anchor-group            -0.2358
//   in-record                      -0.2358
//   record-group-size              -0.1195
//   record-group-priced            -0.0054
//   record-group-linked            -0.3018
//   record-seq                     0.0088
//   record-price                   -0.0159
//   record-shop-link               -0.1364
//   record-buy                     0.2052
//   record-brand-first             0.2466
//   record-length                  -0.1217
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.0019
//   record-group-distinct          -0.2358
//   page-used                      -0.0012
//   anchor-group*page-used         -0.0012
//   anchor-group*no-shop-link      -0.0994
//   anchor-group*name-proper       0.1343
//   name-used                      -1.522
//   shared-credit                  1.1916
//   headline-negative              -2.007
//   format:anchor-own-shop         -0.0835
//   own-shop*slot                  0.4046
//   own-shop*url-repeats           0.4963
//   own-shop*page-slots            0.8274
//   own-shop*page-cart             -0.724
//   format:anchor-of-maker         0.3242
//   cue:first-person               -0.6082
//   cue:recommend                  -0.5671
//   cue:report                     -0.2925
//   format:anchor-possessive       -0.3843
//   used-goods                     -1.2804
//   page-used-goods                -2.4638
//   block-run                      -0.9891
//   block-short-offer              1.2046
//   format:anchor-block            -0.7908
//   format:anchor-maker-first      0.5249
//   cue:past-year                  -0.988
//   cue:parted-or-warned           -0.8181
//   format:anchor-maker-noun       0.7849
//   page-recall-lines              -0.1866
//   page-recall-headline           -0.3232
//   page-unreleased-lines          0.0157
//   page-unreleased-headline       -0.9779
//   maker-section                  0.7268
//   maker-section-h1               -0.6908
//   maker-section-named            0.7145
//   maker-section-distance         0.4162

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0883
//   first-logit                    3.4411
//   same-parent-max                0.5997
//   same-parent-mean               -1.7111
//   same-grandparent-mean          2.1797
//   page-accepted-share            -1.8033
//   format-accepted-share          1.8642
//   no-price*same-parent-mean      0.0882
//   no-price*format-accepted-share 0.0273
//   no-price*first-logit           -0.4671

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.8333,1.3827,1.0173,-0.3004,-1.1324,-0.5109,0.4212,0.3678,0.0532,-0.4186,-0.931,-0.2736,-1.8842,0.785,0.112,-0.5277,1.3288,0.4567,1.485,-0.3188,0.1817,0.1877,5.0923,1.7657,-0.2554,0.4166,-0.2987,-0.0718,0.9432,-0.9007,-1.0857,0.0062,1.1059,-1.5201,-0.243,-0.4644,0.957,0.2924,-1.6644,-0.0234,1.4569,0.0488,0.1893,-0.3034,-0.1844,-0.3535,0.8087,-0.0927,-0.033,-0.7471,0.4745,-0.0697,0.3488,-0.0802,0.3731,0.4951,0.5889,-0.9799,-0.4035,-0.2604,-0.3439,0.2515,1.757,0.0297,-0.5842,-1.3721,-0.9993,0.1599,0.7525,-0.8467,0.0242,0.1909,-0.8556,2.7219,0.8509,-0.047,-0.3161,0.644,-1.9237,-1.7102,-0.0421,0.6908,-1.7451,2.9104,0.0072,1.9635,-1.3361,-1.0369,0.7479,-0.0557,-0.59,-0.2358,-0.2358,-0.1195,-0.0054,-0.3018,0.0088,-0.0159,-0.1364,0.2052,0.2466,-0.1217,0,0,-0.0019,-0.2358,-0.0012,-0.0012,-0.0994,0.1343,-1.522,1.1916,-2.007,-0.0835,0.4046,0.4963,0.8274,-0.724,0.3242,-0.6082,-0.5671,-0.2925,-0.3843,-1.2804,-2.4638,-0.9891,1.2046,-0.7908,0.5249,-0.988,-0.8181,0.7849,-0.1866,-0.3232,0.0157,-0.9779,0.7268,-0.6908,0.7145,0.4162],"second":[0.0883,3.4411,0.5997,-1.7111,2.1797,-1.8033,1.8642,0.0882,0.0273,-0.4671],"accept":0.5};
