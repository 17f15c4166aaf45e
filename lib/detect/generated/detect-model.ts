// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7979 candidates, 4508 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.0135
//   format:table                   1.3958
//   format:card                    1.0406
//   format:brand-then-line         -0.5726
//   format:heading                 -1.1346
//   format:name-then-price         -0.5022
//   format:caption                 0.5336
//   format:linked-prose            0.3421
//   format:anchor-line             0.0889
//   format:anchor-list             -0.471
//   format:anchor-prose            -0.9243
//   format:anchor-record           -0.2431
//   format:anchor-carry            -1.8414
//   format:anchor-link             0.742
//   format:anchor-heading          0.1155
//   evidence                       1.2275
//   evidence>=4                    0.4916
//   price                          1.7777
//   retailer                       -0.3021
//   url                            0.1639
//   deep-url                       0.2357
//   brand                          5.037
//   brand-known                    1.8065
//   brand-ambiguous                -0.2515
//   brand-caps                     0.4239
//   name-words                     -0.3928
//   name-long                      -0.0149
//   name-noun                      0.9476
//   name-caps                      -1.0541
//   name-lower-start               -1.0399
//   name-digits                    0.0017
//   name-quote                     1.2367
//   chrome                         -1.5184
//   in-article                     -0.1889
//   heading                        -0.4987
//   caption                        0.8612
//   list-item                      0.3396
//   table-cell                     -1.6706
//   depth                          0.013
//   siblings                       1.4487
//   line-length                    0.0199
//   line-negative                  0.2646
//   page-negative                  -0.2853
//   page-candidates                -0.2606
//   same-price                     -0.3537
//   price-big                      0.699
//   price-small                    -0.0889
//   label-left                     0.0551
//   lang-other                     -0.7926
//   lang:en                        0.4414
//   lang:de                        -0.1042
//   lang:fr                        0.3068
//   lang:it                        -0.0966
//   lang:es                        0.3643
//   lang:nl                        0.493
//   lang:pl                        0.605
//   lang:sv                        -1.0158
//   lang:ja                        -0.2013
//   name-is-shop                   -0.1762
//   name-is-title                  -0.3224
//   holds-title                    0.2929
//   record-lines                   1.7169
//   name-one-noun                  0.0268
//   name-sentence                  -0.6036
//   no-price*siblings              -1.1946
//   no-price*brand-known           -0.828
//   no-price*url                   0.1819
//   no-price*one-noun              0.8019
//   price-range                    -0.7794
//   candidate-siblings             0.0485
//   page-shop-links                0.2154
//   no-price*shop-links            -0.6473
//   no-price*page-unpriced         2.6902
//   no-price*candidate-siblings    0.7282
//   format:anchor-credit           0.0412
//   format:anchor-maker            -0.3232
//   format:anchor-runon            0.6214
//   maker-lead                     -1.8843
//   maker-tail                     -1.6527
//   maker-inside                   -0.04
//   maker-host                     0.771
//   maker-read-known               -1.7774
//   no-price*brand-heading-run     2.4808
//   format:anchor-prose-brand      -0.0147
//   format:anchor-cjk              2.0249
//   name-hiragana                  -1.2968
//   name-cjk-punct                 -1.0619
//   name-cjk-quoted                0.7686
//   name-cjk-editorial             -0.1841
//   name-cjk-holds-brand           -0.3053
//   format:anchor-group            -0.2309
//   in-record                      -0.2309
//   record-group-size              -0.2058
//   record-group-priced            0.0274
//   record-group-linked            -0.3435
//   record-seq                     0.0464
//   record-price                   0.0223
//   record-shop-link               -0.3092
//   record-buy                     -0.1859
//   record-brand-first             -0.2152
//   record-length                  -0.2394
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.0021
//   record-group-distinct          -0.2309
//   page-used                      -0.0014
//   anchor-group*page-used         -0.0014
//   anchor-group*no-shop-link      0.0783
//   anchor-group*name-proper       0.0823
//   name-used                      -1.5759
//   shared-credit                  1.2151
//   headline-negative              -2.0413
//   format:anchor-own-shop         -0.4403
//   own-shop*slot                  0.5444
//   own-shop*url-repeats           0.6009
//   own-shop*page-slots            0.8569
//   own-shop*page-cart             -0.5431
//   format:anchor-of-maker         0.4076
//   cue:first-person               -0.6606
//   cue:recommend                  -0.5281
//   cue:report                     -0.3163
//   format:anchor-possessive       -0.3293
//   used-goods                     -1.3279
//   page-used-goods                -2.4698
//   block-run                      -0.8831
//   block-short-offer              1.2095
//   format:anchor-block            -0.8147
//   format:anchor-maker-first      0.1638
//   cue:past-year                  -0.8916
//   cue:parted-or-warned           -0.8456
//   format:anchor-maker-noun       0.8446
//   page-recall-lines              -0.1951
//   page-recall-headline           -0.3542
//   page-unreleased-lines          0.01
//   page-unreleased-headline       -0.9375
//   maker-section                  0.7884
//   maker-section-h1               -0.719
//   maker-section-named            0.6946
//   maker-section-distance         0.4311

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1415
//   first-logit                    3.472
//   same-parent-max                0.5506
//   same-parent-mean               -1.7254
//   same-grandparent-mean          2.5216
//   page-accepted-share            -1.9599
//   format-accepted-share          1.6873
//   no-price*same-parent-mean      0.1739
//   no-price*format-accepted-share -0.107
//   no-price*first-logit           -0.444

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.0135,1.3958,1.0406,-0.5726,-1.1346,-0.5022,0.5336,0.3421,0.0889,-0.471,-0.9243,-0.2431,-1.8414,0.742,0.1155,1.2275,0.4916,1.7777,-0.3021,0.1639,0.2357,5.037,1.8065,-0.2515,0.4239,-0.3928,-0.0149,0.9476,-1.0541,-1.0399,0.0017,1.2367,-1.5184,-0.1889,-0.4987,0.8612,0.3396,-1.6706,0.013,1.4487,0.0199,0.2646,-0.2853,-0.2606,-0.3537,0.699,-0.0889,0.0551,-0.7926,0.4414,-0.1042,0.3068,-0.0966,0.3643,0.493,0.605,-1.0158,-0.2013,-0.1762,-0.3224,0.2929,1.7169,0.0268,-0.6036,-1.1946,-0.828,0.1819,0.8019,-0.7794,0.0485,0.2154,-0.6473,2.6902,0.7282,0.0412,-0.3232,0.6214,-1.8843,-1.6527,-0.04,0.771,-1.7774,2.4808,-0.0147,2.0249,-1.2968,-1.0619,0.7686,-0.1841,-0.3053,-0.2309,-0.2309,-0.2058,0.0274,-0.3435,0.0464,0.0223,-0.3092,-0.1859,-0.2152,-0.2394,0,0,-0.0021,-0.2309,-0.0014,-0.0014,0.0783,0.0823,-1.5759,1.2151,-2.0413,-0.4403,0.5444,0.6009,0.8569,-0.5431,0.4076,-0.6606,-0.5281,-0.3163,-0.3293,-1.3279,-2.4698,-0.8831,1.2095,-0.8147,0.1638,-0.8916,-0.8456,0.8446,-0.1951,-0.3542,0.01,-0.9375,0.7884,-0.719,0.6946,0.4311],"second":[0.1415,3.472,0.5506,-1.7254,2.5216,-1.9599,1.6873,0.1739,-0.107,-0.444],"accept":0.5};
