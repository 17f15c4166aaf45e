// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6937 candidates, 3985 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.4411
//   format:table                   1.6536
//   format:card                    0.7917
//   format:brand-then-line         -0.126
//   format:heading                 -1.0825
//   format:name-then-price         -0.3515
//   format:caption                 0.6882
//   format:linked-prose            0.5048
//   format:anchor-line             0.1576
//   format:anchor-list             -0.3111
//   format:anchor-prose            -1.0961
//   format:anchor-record           0.1574
//   format:anchor-carry            -1.874
//   format:anchor-link             0.8039
//   format:anchor-heading          0.0659
//   evidence                       1.0738
//   evidence>=4                    0.5552
//   price                          2.5026
//   retailer                       -0.2204
//   url                            0.0114
//   deep-url                       0.2227
//   brand                          4.7982
//   brand-known                    1.8961
//   brand-ambiguous                -0.1957
//   brand-caps                     0.3683
//   name-words                     -0.3043
//   name-long                      0.2249
//   name-noun                      0.8835
//   name-caps                      -0.8173
//   name-lower-start               -1.1223
//   name-digits                    0.0948
//   name-quote                     1.1758
//   chrome                         -1.3943
//   in-article                     -0.638
//   heading                        -0.381
//   caption                        0.6365
//   list-item                      0.1213
//   table-cell                     -1.9375
//   depth                          0.6022
//   siblings                       1.4662
//   line-length                    0.5083
//   line-negative                  0.1871
//   page-negative                  -0.6569
//   page-candidates                -0.7017
//   same-price                     -0.3538
//   price-big                      0.8414
//   price-small                    -0.12
//   label-left                     0.1855
//   lang-other                     -1.1169
//   lang:en                        0.497
//   lang:de                        -0.1247
//   lang:fr                        0.1989
//   lang:it                        -0.2532
//   lang:es                        0.3182
//   lang:nl                        0.7105
//   lang:pl                        0.6662
//   lang:sv                        -0.9315
//   lang:ja                        0.0353
//   name-is-shop                   -0.081
//   name-is-title                  -0.2487
//   holds-title                    0.2187
//   record-lines                   1.4618
//   name-one-noun                  0.2161
//   name-sentence                  -0.8756
//   no-price*siblings              -1.0426
//   no-price*brand-known           -0.8565
//   no-price*url                   0.1671
//   no-price*one-noun              0.8574
//   price-range                    -0.7734
//   candidate-siblings             -0.092
//   page-shop-links                0.3979
//   no-price*shop-links            -0.6825
//   no-price*page-unpriced         3.4774
//   no-price*candidate-siblings    1.1378
//   format:anchor-credit           0.4003
//   format:anchor-maker            -0.0363
//   format:anchor-runon            0.1997
//   maker-lead                     -1.6598
//   maker-tail                     -1.5738
//   maker-inside                   -0.106
//   maker-read-known               -1.3538
//   no-price*brand-heading-run     2.4259
//   format:anchor-prose-brand      -0.4933
//   format:anchor-cjk              1.1135
//   name-hiragana                  -1.7773
//   name-cjk-punct                 -0.2502
//   name-cjk-quoted                1.4856
//   name-cjk-editorial             -0.3273
//   name-cjk-holds-brand           -0.4557
//   format:anchor-group            -0.2172
//   in-record                      -0.2172
//   record-group-size              -0.1649
//   record-group-priced            -0.0178
//   record-group-linked            -0.268
//   record-seq                     -0.0266
//   record-price                   -0.0266
//   record-shop-link               -0.3395
//   record-buy                     -0.1966
//   record-brand-first             -0.1747
//   record-length                  -0.2554
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2172
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1223
//   anchor-group*name-proper       0.1193
//   name-used                      -1.3371
//   shared-credit                  1.5228
//   headline-negative              -1.5455
//   format:anchor-own-shop         -0.1593
//   own-shop*slot                  0.6144
//   own-shop*url-repeats           0.5013
//   own-shop*page-slots            0.8618
//   own-shop*page-cart             -0.6677
//   format:anchor-of-maker         -0.0022
//   cue:first-person               -0.5262
//   cue:recommend                  -0.5849
//   cue:report                     -0.1829
//   format:anchor-possessive       -0.2382
//   used-goods                     -1.187
//   page-used-goods                -2.4357
//   block-run                      -0.7897
//   block-short-offer              1.366
//   format:anchor-block            -0.8629
//   format:anchor-maker-first      0.2486
//   cue:past-year                  -1.2517
//   cue:parted-or-warned           -0.8895
//   format:anchor-maker-noun       0.2818

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0206
//   first-logit                    3.2945
//   same-parent-max                0.6911
//   same-parent-mean               -1.7204
//   same-grandparent-mean          2.3562
//   page-accepted-share            -2.0036
//   format-accepted-share          1.7705
//   no-price*same-parent-mean      0.1448
//   no-price*format-accepted-share 0.1718
//   no-price*first-logit           -0.3082

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.4411,1.6536,0.7917,-0.126,-1.0825,-0.3515,0.6882,0.5048,0.1576,-0.3111,-1.0961,0.1574,-1.874,0.8039,0.0659,1.0738,0.5552,2.5026,-0.2204,0.0114,0.2227,4.7982,1.8961,-0.1957,0.3683,-0.3043,0.2249,0.8835,-0.8173,-1.1223,0.0948,1.1758,-1.3943,-0.638,-0.381,0.6365,0.1213,-1.9375,0.6022,1.4662,0.5083,0.1871,-0.6569,-0.7017,-0.3538,0.8414,-0.12,0.1855,-1.1169,0.497,-0.1247,0.1989,-0.2532,0.3182,0.7105,0.6662,-0.9315,0.0353,-0.081,-0.2487,0.2187,1.4618,0.2161,-0.8756,-1.0426,-0.8565,0.1671,0.8574,-0.7734,-0.092,0.3979,-0.6825,3.4774,1.1378,0.4003,-0.0363,0.1997,-1.6598,-1.5738,-0.106,-1.3538,2.4259,-0.4933,1.1135,-1.7773,-0.2502,1.4856,-0.3273,-0.4557,-0.2172,-0.2172,-0.1649,-0.0178,-0.268,-0.0266,-0.0266,-0.3395,-0.1966,-0.1747,-0.2554,0,0,0,-0.2172,0,0,0.1223,0.1193,-1.3371,1.5228,-1.5455,-0.1593,0.6144,0.5013,0.8618,-0.6677,-0.0022,-0.5262,-0.5849,-0.1829,-0.2382,-1.187,-2.4357,-0.7897,1.366,-0.8629,0.2486,-1.2517,-0.8895,0.2818],"second":[0.0206,3.2945,0.6911,-1.7204,2.3562,-2.0036,1.7705,0.1448,0.1718,-0.3082],"accept":0.5};
