// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6103 candidates, 3574 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3364
//   format:table                   0.8296
//   format:card                    0.7155
//   format:brand-then-line         -0.0741
//   format:heading                 -0.9477
//   format:name-then-price         -0.192
//   format:caption                 0.538
//   format:linked-prose            0.2813
//   format:anchor-line             0.0711
//   format:anchor-list             -0.1883
//   format:anchor-prose            -0.9954
//   format:anchor-record           0.1149
//   format:anchor-carry            -1.2497
//   format:anchor-link             0.5703
//   format:anchor-heading          0.0863
//   evidence                       0.9986
//   evidence>=4                    0.6144
//   price                          1.4982
//   retailer                       -0.0907
//   url                            0.1628
//   deep-url                       0.1477
//   brand                          3.7703
//   brand-known                    1.9571
//   brand-ambiguous                -0.1236
//   brand-caps                     0.2016
//   name-words                     -0.1595
//   name-long                      -0.2069
//   name-noun                      0.7709
//   name-caps                      -0.63
//   name-lower-start               -1.1458
//   name-digits                    0.2097
//   name-quote                     0.4429
//   chrome                         -0.927
//   in-article                     -0.293
//   heading                        -0.3466
//   caption                        0.5228
//   list-item                      -0.2084
//   table-cell                     -0.1575
//   depth                          0.3813
//   siblings                       1.1979
//   line-length                    0.2046
//   line-negative                  -0.01
//   page-negative                  -0.5696
//   page-candidates                -0.516
//   same-price                     -0.2098
//   price-big                      0.5024
//   price-small                    0.003
//   label-left                     0.1363
//   lang-other                     -1.1203
//   lang:en                        0.5434
//   lang:de                        -0.0327
//   lang:fr                        0.3993
//   lang:it                        -0.4666
//   lang:es                        0.1071
//   lang:nl                        0.5733
//   lang:pl                        0.4638
//   lang:sv                        -0.4929
//   lang:ja                        0.0258
//   name-is-shop                   -0.2652
//   name-is-title                  -0.1423
//   holds-title                    0.0244
//   record-lines                   0.9554
//   name-one-noun                  0.4176
//   name-sentence                  -0.5755
//   no-price*siblings              -1.1744
//   no-price*brand-known           -1.0367
//   no-price*url                   0.1637
//   no-price*one-noun              0.7142
//   price-range                    -0.4599
//   candidate-siblings             0.0475
//   page-shop-links                0.1304
//   no-price*shop-links            -0.6213
//   no-price*page-unpriced         2.7938
//   no-price*candidate-siblings    0.0893
//   format:anchor-credit           0.2239
//   format:anchor-maker            0.1693
//   format:anchor-runon            0.4073
//   maker-lead                     -1.4143
//   maker-tail                     -1.1665
//   maker-inside                   -0.0762
//   maker-read-known               -1.1307
//   no-price*brand-heading-run     1.4217
//   format:anchor-prose-brand      -0.2855
//   format:anchor-cjk              0.9742
//   name-hiragana                  -1.0083
//   name-cjk-punct                 -0.2685
//   name-cjk-quoted                0.8956
//   name-cjk-editorial             -0.4418
//   name-cjk-holds-brand           -0.191
//   format:anchor-group            -0.1168
//   in-record                      -0.1168
//   record-group-size              -0.095
//   record-group-priced            0.0159
//   record-group-linked            -0.1625
//   record-seq                     -0.0019
//   record-price                   -0.0019
//   record-shop-link               -0.176
//   record-buy                     -0.1023
//   record-brand-first             -0.126
//   record-length                  -0.1092
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1168
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0592
//   anchor-group*name-proper       -0.1159
//   name-used                      -0.8451
//   shared-credit                  0.8465
//   headline-negative              -0.5725
//   format:anchor-own-shop         -0.1036
//   own-shop*slot                  0.4208
//   own-shop*url-repeats           0.1925
//   own-shop*page-slots            0.6209
//   own-shop*page-cart             -0.2761
//   format:anchor-of-maker         -0.4295
//   cue:first-person               -0.0347
//   cue:recommend                  -0.2021
//   cue:report                     -0.0551
//   format:anchor-possessive       -0.0956
//   used-goods                     -0.7224
//   page-used-goods                -0.8521
//   block-run                      -0.5822
//   block-short-offer              0.8778
//   format:anchor-block            -0.6715
//   format:anchor-maker-first      0.1996
//   cue:past-year                  -0.7356
//   cue:parted-or-warned           -0.55

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0229
//   first-logit                    3.5433
//   same-parent-max                0.5638
//   same-parent-mean               -1.1325
//   same-grandparent-mean          1.8207
//   page-accepted-share            -2.1402
//   format-accepted-share          2.0848
//   no-price*same-parent-mean      0.1372
//   no-price*format-accepted-share 0.1643
//   no-price*first-logit           -0.0881

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3364,0.8296,0.7155,-0.0741,-0.9477,-0.192,0.538,0.2813,0.0711,-0.1883,-0.9954,0.1149,-1.2497,0.5703,0.0863,0.9986,0.6144,1.4982,-0.0907,0.1628,0.1477,3.7703,1.9571,-0.1236,0.2016,-0.1595,-0.2069,0.7709,-0.63,-1.1458,0.2097,0.4429,-0.927,-0.293,-0.3466,0.5228,-0.2084,-0.1575,0.3813,1.1979,0.2046,-0.01,-0.5696,-0.516,-0.2098,0.5024,0.003,0.1363,-1.1203,0.5434,-0.0327,0.3993,-0.4666,0.1071,0.5733,0.4638,-0.4929,0.0258,-0.2652,-0.1423,0.0244,0.9554,0.4176,-0.5755,-1.1744,-1.0367,0.1637,0.7142,-0.4599,0.0475,0.1304,-0.6213,2.7938,0.0893,0.2239,0.1693,0.4073,-1.4143,-1.1665,-0.0762,-1.1307,1.4217,-0.2855,0.9742,-1.0083,-0.2685,0.8956,-0.4418,-0.191,-0.1168,-0.1168,-0.095,0.0159,-0.1625,-0.0019,-0.0019,-0.176,-0.1023,-0.126,-0.1092,0,0,0,-0.1168,0,0,0.0592,-0.1159,-0.8451,0.8465,-0.5725,-0.1036,0.4208,0.1925,0.6209,-0.2761,-0.4295,-0.0347,-0.2021,-0.0551,-0.0956,-0.7224,-0.8521,-0.5822,0.8778,-0.6715,0.1996,-0.7356,-0.55],"second":[0.0229,3.5433,0.5638,-1.1325,1.8207,-2.1402,2.0848,0.1372,0.1643,-0.0881],"accept":0.5};
