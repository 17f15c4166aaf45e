// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7993 candidates, 4516 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.8829
//   format:table                   1.4036
//   format:card                    1.0409
//   format:brand-then-line         -0.5657
//   format:heading                 -1.1565
//   format:name-then-price         -0.5027
//   format:caption                 0.52
//   format:linked-prose            0.3258
//   format:anchor-line             0.0913
//   format:anchor-list             -0.5064
//   format:anchor-prose            -0.9279
//   format:anchor-record           -0.2602
//   format:anchor-carry            -1.8788
//   format:anchor-link             0.7135
//   format:anchor-heading          0.0905
//   evidence                       1.1982
//   evidence>=4                    0.5102
//   price                          1.762
//   retailer                       -0.2944
//   url                            0.1613
//   deep-url                       0.2296
//   brand                          5.0461
//   brand-known                    1.8099
//   brand-ambiguous                -0.2519
//   brand-caps                     0.4157
//   name-words                     -0.3873
//   name-long                      -0.0265
//   name-noun                      0.9673
//   name-caps                      -1.0572
//   name-lower-start               -1.0386
//   name-digits                    0.014
//   name-quote                     1.2273
//   chrome                         -1.5245
//   in-article                     -0.2637
//   heading                        -0.4727
//   caption                        0.8437
//   list-item                      0.3304
//   table-cell                     -1.6701
//   depth                          -0.0543
//   siblings                       1.4442
//   line-length                    -0.0068
//   line-negative                  0.2537
//   page-negative                  -0.2854
//   page-candidates                -0.2086
//   same-price                     -0.3673
//   price-big                      0.7086
//   price-small                    -0.092
//   label-left                     0.0451
//   lang-other                     -0.8003
//   lang:en                        0.4521
//   lang:de                        -0.1052
//   lang:fr                        0.3142
//   lang:it                        -0.0978
//   lang:es                        0.3671
//   lang:nl                        0.489
//   lang:pl                        0.5884
//   lang:sv                        -1.0044
//   lang:ja                        -0.203
//   name-is-shop                   -0.2114
//   name-is-title                  -0.3274
//   holds-title                    0.2757
//   record-lines                   1.6995
//   name-one-noun                  0.026
//   name-sentence                  -0.7018
//   no-price*siblings              -1.231
//   no-price*brand-known           -0.8565
//   no-price*url                   0.2236
//   no-price*one-noun              0.7934
//   price-range                    -0.7804
//   candidate-siblings             0.051
//   page-shop-links                0.1929
//   no-price*shop-links            -0.6636
//   no-price*page-unpriced         2.7185
//   no-price*candidate-siblings    0.7434
//   format:anchor-credit           0.0041
//   format:anchor-maker            -0.3317
//   format:anchor-runon            0.5841
//   maker-lead                     -1.8408
//   maker-tail                     -1.6482
//   maker-inside                   -0.0429
//   maker-host                     0.7711
//   maker-read-known               -1.6862
//   no-price*brand-heading-run     2.4665
//   format:anchor-prose-brand      -0.0137
//   format:anchor-cjk              2.0251
//   name-hiragana                  -1.3071
//   name-cjk-punct                 -1.059
//   name-cjk-quoted                0.7701
//   name-cjk-editorial             -0.1834
//   name-cjk-holds-brand           -0.2934
//   format:anchor-group            -0.2364
//   in-record                      -0.2364
//   record-group-size              -0.2136
//   record-group-priced            0.0351
//   record-group-linked            -0.3557
//   record-seq                     0.0509
//   record-price                   0.0269
//   record-shop-link               -0.311
//   record-buy                     -0.1768
//   record-brand-first             -0.2101
//   record-length                  -0.239
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2364
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0746
//   anchor-group*name-proper       0.0716
//   name-used                      -1.56
//   shared-credit                  1.2173
//   headline-negative              -2.0597
//   format:anchor-own-shop         -0.0582
//   own-shop*slot                  0.3823
//   own-shop*url-repeats           0.5339
//   own-shop*page-slots            0.7441
//   own-shop*page-cart             -0.6885
//   format:anchor-of-maker         0.3865
//   cue:first-person               -0.6592
//   cue:recommend                  -0.5335
//   cue:report                     -0.3219
//   format:anchor-possessive       -0.3335
//   used-goods                     -1.3114
//   page-used-goods                -2.469
//   block-run                      -0.8929
//   block-short-offer              1.2008
//   format:anchor-block            -0.8411
//   format:anchor-maker-first      0.1273
//   cue:past-year                  -0.9025
//   cue:parted-or-warned           -0.8437
//   format:anchor-maker-noun       0.8209
//   page-recall-lines              -0.1837
//   page-recall-headline           -0.3433
//   page-unreleased-lines          0.0083
//   page-unreleased-headline       -0.9382
//   maker-section                  0.6669
//   maker-section-h1               -0.6234
//   maker-section-named            0.518
//   maker-section-distance         0.5035

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1388
//   first-logit                    3.4727
//   same-parent-max                0.5389
//   same-parent-mean               -1.6607
//   same-grandparent-mean          2.391
//   page-accepted-share            -2.0026
//   format-accepted-share          1.8234
//   no-price*same-parent-mean      0.2239
//   no-price*format-accepted-share -0.147
//   no-price*first-logit           -0.4737

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.8829,1.4036,1.0409,-0.5657,-1.1565,-0.5027,0.52,0.3258,0.0913,-0.5064,-0.9279,-0.2602,-1.8788,0.7135,0.0905,1.1982,0.5102,1.762,-0.2944,0.1613,0.2296,5.0461,1.8099,-0.2519,0.4157,-0.3873,-0.0265,0.9673,-1.0572,-1.0386,0.014,1.2273,-1.5245,-0.2637,-0.4727,0.8437,0.3304,-1.6701,-0.0543,1.4442,-0.0068,0.2537,-0.2854,-0.2086,-0.3673,0.7086,-0.092,0.0451,-0.8003,0.4521,-0.1052,0.3142,-0.0978,0.3671,0.489,0.5884,-1.0044,-0.203,-0.2114,-0.3274,0.2757,1.6995,0.026,-0.7018,-1.231,-0.8565,0.2236,0.7934,-0.7804,0.051,0.1929,-0.6636,2.7185,0.7434,0.0041,-0.3317,0.5841,-1.8408,-1.6482,-0.0429,0.7711,-1.6862,2.4665,-0.0137,2.0251,-1.3071,-1.059,0.7701,-0.1834,-0.2934,-0.2364,-0.2364,-0.2136,0.0351,-0.3557,0.0509,0.0269,-0.311,-0.1768,-0.2101,-0.239,0,0,0,-0.2364,0,0,0.0746,0.0716,-1.56,1.2173,-2.0597,-0.0582,0.3823,0.5339,0.7441,-0.6885,0.3865,-0.6592,-0.5335,-0.3219,-0.3335,-1.3114,-2.469,-0.8929,1.2008,-0.8411,0.1273,-0.9025,-0.8437,0.8209,-0.1837,-0.3433,0.0083,-0.9382,0.6669,-0.6234,0.518,0.5035],"second":[0.1388,3.4727,0.5389,-1.6607,2.391,-2.0026,1.8234,0.2239,-0.147,-0.4737],"accept":0.5};
