// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7976 candidates, 4508 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.8772
//   format:table                   1.4018
//   format:card                    1.0268
//   format:brand-then-line         -0.5723
//   format:heading                 -1.16
//   format:name-then-price         -0.5083
//   format:caption                 0.5229
//   format:linked-prose            0.3289
//   format:anchor-line             0.0772
//   format:anchor-list             -0.5079
//   format:anchor-prose            -0.927
//   format:anchor-record           -0.2607
//   format:anchor-carry            -1.8491
//   format:anchor-link             0.7144
//   format:anchor-heading          0.0918
//   evidence                       1.2152
//   evidence>=4                    0.4978
//   price                          1.7587
//   retailer                       -0.2942
//   url                            0.1618
//   deep-url                       0.2349
//   brand                          5.0449
//   brand-known                    1.8004
//   brand-ambiguous                -0.2499
//   brand-caps                     0.4178
//   name-words                     -0.3692
//   name-long                      -0.0348
//   name-noun                      0.9522
//   name-caps                      -1.0568
//   name-lower-start               -1.045
//   name-digits                    -0.004
//   name-quote                     1.2269
//   chrome                         -1.5214
//   in-article                     -0.264
//   heading                        -0.47
//   caption                        0.8494
//   list-item                      0.3374
//   table-cell                     -1.6653
//   depth                          -0.0525
//   siblings                       1.4452
//   line-length                    -0.0119
//   line-negative                  0.2548
//   page-negative                  -0.2864
//   page-candidates                -0.2085
//   same-price                     -0.36
//   price-big                      0.7116
//   price-small                    -0.0803
//   label-left                     0.0458
//   lang-other                     -0.7989
//   lang:en                        0.4458
//   lang:de                        -0.1097
//   lang:fr                        0.3111
//   lang:it                        -0.0917
//   lang:es                        0.3661
//   lang:nl                        0.4933
//   lang:pl                        0.5997
//   lang:sv                        -1.0076
//   lang:ja                        -0.2082
//   name-is-shop                   -0.2109
//   name-is-title                  -0.3188
//   holds-title                    0.2746
//   record-lines                   1.6982
//   name-one-noun                  0.0358
//   name-sentence                  -0.6074
//   no-price*siblings              -1.2272
//   no-price*brand-known           -0.8489
//   no-price*url                   0.2186
//   no-price*one-noun              0.7904
//   price-range                    -0.7877
//   candidate-siblings             0.043
//   page-shop-links                0.2054
//   no-price*shop-links            -0.6717
//   no-price*page-unpriced         2.7179
//   no-price*candidate-siblings    0.7459
//   format:anchor-credit           0.0038
//   format:anchor-maker            -0.3269
//   format:anchor-runon            0.589
//   maker-lead                     -1.8885
//   maker-tail                     -1.6552
//   maker-inside                   -0.0402
//   maker-host                     0.7759
//   maker-read-known               -1.7742
//   no-price*brand-heading-run     2.4655
//   format:anchor-prose-brand      -0.0126
//   format:anchor-cjk              2.0231
//   name-hiragana                  -1.2974
//   name-cjk-punct                 -1.0539
//   name-cjk-quoted                0.7654
//   name-cjk-editorial             -0.1791
//   name-cjk-holds-brand           -0.2934
//   format:anchor-group            -0.2391
//   in-record                      -0.2391
//   record-group-size              -0.2116
//   record-group-priced            0.0302
//   record-group-linked            -0.3542
//   record-seq                     0.0486
//   record-price                   0.0254
//   record-shop-link               -0.3126
//   record-buy                     -0.1802
//   record-brand-first             -0.2125
//   record-length                  -0.2425
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.0021
//   record-group-distinct          -0.2391
//   page-used                      -0.0014
//   anchor-group*page-used         -0.0014
//   anchor-group*no-shop-link      0.0736
//   anchor-group*name-proper       0.076
//   name-used                      -1.5658
//   shared-credit                  1.2244
//   headline-negative              -2.0375
//   format:anchor-own-shop         -0.0631
//   own-shop*slot                  0.3828
//   own-shop*url-repeats           0.534
//   own-shop*page-slots            0.7392
//   own-shop*page-cart             -0.6898
//   format:anchor-of-maker         0.3918
//   cue:first-person               -0.6568
//   cue:recommend                  -0.5305
//   cue:report                     -0.3215
//   format:anchor-possessive       -0.334
//   used-goods                     -1.3205
//   page-used-goods                -2.4641
//   block-run                      -0.9017
//   block-short-offer              1.202
//   format:anchor-block            -0.8401
//   format:anchor-maker-first      0.1347
//   cue:past-year                  -0.9024
//   cue:parted-or-warned           -0.8394
//   format:anchor-maker-noun       0.8268
//   page-recall-lines              -0.1881
//   page-recall-headline           -0.3484
//   page-unreleased-lines          0.004
//   page-unreleased-headline       -0.9441
//   maker-section                  0.7862
//   maker-section-h1               -0.7089
//   maker-section-named            0.6927
//   maker-section-distance         0.4311

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1371
//   first-logit                    3.4609
//   same-parent-max                0.5386
//   same-parent-mean               -1.6893
//   same-grandparent-mean          2.4183
//   page-accepted-share            -2.02
//   format-accepted-share          1.8502
//   no-price*same-parent-mean      0.245
//   no-price*format-accepted-share -0.1707
//   no-price*first-logit           -0.4599

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.8772,1.4018,1.0268,-0.5723,-1.16,-0.5083,0.5229,0.3289,0.0772,-0.5079,-0.927,-0.2607,-1.8491,0.7144,0.0918,1.2152,0.4978,1.7587,-0.2942,0.1618,0.2349,5.0449,1.8004,-0.2499,0.4178,-0.3692,-0.0348,0.9522,-1.0568,-1.045,-0.004,1.2269,-1.5214,-0.264,-0.47,0.8494,0.3374,-1.6653,-0.0525,1.4452,-0.0119,0.2548,-0.2864,-0.2085,-0.36,0.7116,-0.0803,0.0458,-0.7989,0.4458,-0.1097,0.3111,-0.0917,0.3661,0.4933,0.5997,-1.0076,-0.2082,-0.2109,-0.3188,0.2746,1.6982,0.0358,-0.6074,-1.2272,-0.8489,0.2186,0.7904,-0.7877,0.043,0.2054,-0.6717,2.7179,0.7459,0.0038,-0.3269,0.589,-1.8885,-1.6552,-0.0402,0.7759,-1.7742,2.4655,-0.0126,2.0231,-1.2974,-1.0539,0.7654,-0.1791,-0.2934,-0.2391,-0.2391,-0.2116,0.0302,-0.3542,0.0486,0.0254,-0.3126,-0.1802,-0.2125,-0.2425,0,0,-0.0021,-0.2391,-0.0014,-0.0014,0.0736,0.076,-1.5658,1.2244,-2.0375,-0.0631,0.3828,0.534,0.7392,-0.6898,0.3918,-0.6568,-0.5305,-0.3215,-0.334,-1.3205,-2.4641,-0.9017,1.202,-0.8401,0.1347,-0.9024,-0.8394,0.8268,-0.1881,-0.3484,0.004,-0.9441,0.7862,-0.7089,0.6927,0.4311],"second":[0.1371,3.4609,0.5386,-1.6893,2.4183,-2.02,1.8502,0.245,-0.1707,-0.4599],"accept":0.5};
