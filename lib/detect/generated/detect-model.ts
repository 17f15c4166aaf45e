// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7434 candidates, 4217 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2723
//   format:table                   1.4274
//   format:card                    0.9779
//   format:brand-then-line         -0.3848
//   format:heading                 -1.2059
//   format:name-then-price         -0.534
//   format:caption                 0.6101
//   format:linked-prose            0.2879
//   format:anchor-line             -0.0319
//   format:anchor-list             -0.5337
//   format:anchor-prose            -1.0176
//   format:anchor-record           -0.2257
//   format:anchor-carry            -1.8944
//   format:anchor-link             0.6915
//   format:anchor-heading          0.0774
//   evidence                       1.208
//   evidence>=4                    0.5377
//   price                          1.8485
//   retailer                       -0.2174
//   url                            0.0821
//   deep-url                       0.2215
//   brand                          5.0474
//   brand-known                    1.7429
//   brand-ambiguous                -0.2581
//   brand-caps                     0.3818
//   name-words                     -0.2621
//   name-long                      0.1117
//   name-noun                      0.8836
//   name-caps                      -0.6342
//   name-lower-start               -1.0703
//   name-digits                    -0.0727
//   name-quote                     1.085
//   chrome                         -1.509
//   in-article                     -0.6907
//   heading                        -0.4959
//   caption                        0.6735
//   list-item                      0.365
//   table-cell                     -1.7887
//   depth                          -0.2096
//   siblings                       1.5437
//   line-length                    0.0678
//   line-negative                  0.3029
//   page-negative                  -0.3732
//   page-candidates                -0.3214
//   same-price                     -0.3172
//   price-big                      0.8244
//   price-small                    -0.0956
//   label-left                     0.1026
//   lang-other                     -0.7273
//   lang:en                        0.5282
//   lang:de                        -0.0807
//   lang:fr                        0.3193
//   lang:it                        -0.1625
//   lang:es                        0.4035
//   lang:nl                        0.527
//   lang:pl                        0.7941
//   lang:sv                        -1.0771
//   lang:ja                        -0.5244
//   name-is-shop                   -0.2651
//   name-is-title                  -0.4591
//   holds-title                    -0.0436
//   record-lines                   1.5451
//   name-one-noun                  0.1749
//   name-sentence                  -0.6556
//   no-price*siblings              -1.1945
//   no-price*brand-known           -0.7722
//   no-price*url                   0.1419
//   no-price*one-noun              0.5071
//   price-range                    -0.9566
//   candidate-siblings             -0.0911
//   page-shop-links                0.0851
//   no-price*shop-links            -0.5419
//   no-price*page-unpriced         2.9081
//   no-price*candidate-siblings    0.6051
//   format:anchor-credit           0.2833
//   format:anchor-maker            -0.2644
//   format:anchor-runon            0.427
//   maker-lead                     -1.8555
//   maker-tail                     -1.7079
//   maker-inside                   -0.0568
//   maker-host                     0.7744
//   maker-read-known               -1.3806
//   no-price*brand-heading-run     2.1958
//   format:anchor-prose-brand      -0.1664
//   format:anchor-cjk              2.2653
//   name-hiragana                  -1.0369
//   name-cjk-punct                 -0.7977
//   name-cjk-quoted                0.4423
//   name-cjk-editorial             -0.1966
//   name-cjk-holds-brand           -0.3051
//   format:anchor-group            -0.2416
//   in-record                      -0.2416
//   record-group-size              -0.201
//   record-group-priced            0.0236
//   record-group-linked            -0.3476
//   record-seq                     0.0161
//   record-price                   0.0161
//   record-shop-link               -0.3661
//   record-buy                     -0.188
//   record-brand-first             -0.2186
//   record-length                  -0.2515
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2416
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1245
//   anchor-group*name-proper       0.0538
//   name-used                      -1.6308
//   shared-credit                  1.5178
//   headline-negative              -1.9178
//   format:anchor-own-shop         -0.1082
//   own-shop*slot                  0.4144
//   own-shop*url-repeats           0.4574
//   own-shop*page-slots            0.7546
//   own-shop*page-cart             -0.7288
//   format:anchor-of-maker         0.4605
//   cue:first-person               -0.7148
//   cue:recommend                  -0.754
//   cue:report                     -0.4643
//   format:anchor-possessive       -0.3161
//   used-goods                     -1.4355
//   page-used-goods                -2.4481
//   block-run                      -0.9938
//   block-short-offer              1.2906
//   format:anchor-block            -0.8987
//   format:anchor-maker-first      0.04
//   cue:past-year                  -1.0097
//   cue:parted-or-warned           -0.8794
//   format:anchor-maker-noun       0.6367
//   page-recall-lines              -0.3025
//   page-recall-headline           -0.3862
//   page-unreleased-lines          0.1965
//   page-unreleased-headline       -0.953

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.167
//   first-logit                    3.4289
//   same-parent-max                0.5955
//   same-parent-mean               -1.5459
//   same-grandparent-mean          2.4022
//   page-accepted-share            -2.2401
//   format-accepted-share          1.8227
//   no-price*same-parent-mean      0.1615
//   no-price*format-accepted-share -0.029
//   no-price*first-logit           -0.4649

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2723,1.4274,0.9779,-0.3848,-1.2059,-0.534,0.6101,0.2879,-0.0319,-0.5337,-1.0176,-0.2257,-1.8944,0.6915,0.0774,1.208,0.5377,1.8485,-0.2174,0.0821,0.2215,5.0474,1.7429,-0.2581,0.3818,-0.2621,0.1117,0.8836,-0.6342,-1.0703,-0.0727,1.085,-1.509,-0.6907,-0.4959,0.6735,0.365,-1.7887,-0.2096,1.5437,0.0678,0.3029,-0.3732,-0.3214,-0.3172,0.8244,-0.0956,0.1026,-0.7273,0.5282,-0.0807,0.3193,-0.1625,0.4035,0.527,0.7941,-1.0771,-0.5244,-0.2651,-0.4591,-0.0436,1.5451,0.1749,-0.6556,-1.1945,-0.7722,0.1419,0.5071,-0.9566,-0.0911,0.0851,-0.5419,2.9081,0.6051,0.2833,-0.2644,0.427,-1.8555,-1.7079,-0.0568,0.7744,-1.3806,2.1958,-0.1664,2.2653,-1.0369,-0.7977,0.4423,-0.1966,-0.3051,-0.2416,-0.2416,-0.201,0.0236,-0.3476,0.0161,0.0161,-0.3661,-0.188,-0.2186,-0.2515,0,0,0,-0.2416,0,0,0.1245,0.0538,-1.6308,1.5178,-1.9178,-0.1082,0.4144,0.4574,0.7546,-0.7288,0.4605,-0.7148,-0.754,-0.4643,-0.3161,-1.4355,-2.4481,-0.9938,1.2906,-0.8987,0.04,-1.0097,-0.8794,0.6367,-0.3025,-0.3862,0.1965,-0.953],"second":[0.167,3.4289,0.5955,-1.5459,2.4022,-2.2401,1.8227,0.1615,-0.029,-0.4649],"accept":0.5};
