// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7501 candidates, 4280 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2366
//   format:table                   1.4002
//   format:card                    0.9572
//   format:brand-then-line         -0.3869
//   format:heading                 -1.2413
//   format:name-then-price         -0.5354
//   format:caption                 0.5431
//   format:linked-prose            0.3046
//   format:anchor-line             -0.0347
//   format:anchor-list             -0.5356
//   format:anchor-prose            -0.9859
//   format:anchor-record           -0.2586
//   format:anchor-carry            -1.8707
//   format:anchor-link             0.7824
//   format:anchor-heading          0.077
//   evidence                       1.2491
//   evidence>=4                    0.5524
//   price                          1.8649
//   retailer                       -0.2309
//   url                            0.0923
//   deep-url                       0.2131
//   brand                          5.0295
//   brand-known                    1.7664
//   brand-ambiguous                -0.2451
//   brand-caps                     0.395
//   name-words                     -0.3586
//   name-long                      0.1647
//   name-noun                      0.9759
//   name-caps                      -0.6268
//   name-lower-start               -1.0862
//   name-digits                    -0.046
//   name-quote                     1.1331
//   chrome                         -1.4802
//   in-article                     -0.6745
//   heading                        -0.4701
//   caption                        0.7654
//   list-item                      0.3691
//   table-cell                     -1.728
//   depth                          -0.2074
//   siblings                       1.534
//   line-length                    -0.0366
//   line-negative                  0.3121
//   page-negative                  -0.3356
//   page-candidates                -0.4452
//   same-price                     -0.3131
//   price-big                      0.8155
//   price-small                    -0.1163
//   label-left                     -0.1299
//   lang-other                     -0.7173
//   lang:en                        0.5422
//   lang:de                        -0.0485
//   lang:fr                        0.2555
//   lang:it                        -0.1321
//   lang:es                        0.3955
//   lang:nl                        0.5375
//   lang:pl                        0.7824
//   lang:sv                        -1.0593
//   lang:ja                        -0.5559
//   name-is-shop                   -0.2274
//   name-is-title                  -0.4566
//   holds-title                    -0.0409
//   record-lines                   1.5942
//   name-one-noun                  0.1251
//   name-sentence                  -0.5469
//   no-price*siblings              -1.1857
//   no-price*brand-known           -0.7287
//   no-price*url                   0.1916
//   no-price*one-noun              0.6099
//   price-range                    -0.9682
//   candidate-siblings             -0.0586
//   page-shop-links                0.0628
//   no-price*shop-links            -0.583
//   no-price*page-unpriced         2.8174
//   no-price*candidate-siblings    0.617
//   format:anchor-credit           0.0917
//   format:anchor-maker            -0.2542
//   format:anchor-runon            0.5335
//   maker-lead                     -1.8377
//   maker-tail                     -1.6782
//   maker-inside                   -0.0525
//   maker-host                     0.8469
//   maker-read-known               -1.3885
//   no-price*brand-heading-run     2.2754
//   format:anchor-prose-brand      -0.0554
//   format:anchor-cjk              2.259
//   name-hiragana                  -1.0361
//   name-cjk-punct                 -0.8107
//   name-cjk-quoted                0.4907
//   name-cjk-editorial             -0.1758
//   name-cjk-holds-brand           -0.2948
//   format:anchor-group            -0.2496
//   in-record                      -0.2496
//   record-group-size              -0.2078
//   record-group-priced            0.0261
//   record-group-linked            -0.3553
//   record-seq                     0.0181
//   record-price                   0.0181
//   record-shop-link               -0.356
//   record-buy                     -0.1789
//   record-brand-first             -0.2058
//   record-length                  -0.2543
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2496
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1064
//   anchor-group*name-proper       0.0541
//   name-used                      -1.6338
//   shared-credit                  1.5266
//   headline-negative              -1.9384
//   format:anchor-own-shop         -0.0634
//   own-shop*slot                  0.3844
//   own-shop*url-repeats           0.4793
//   own-shop*page-slots            0.7592
//   own-shop*page-cart             -0.739
//   format:anchor-of-maker         0.429
//   cue:first-person               -0.7474
//   cue:recommend                  -0.42
//   cue:report                     -0.4648
//   format:anchor-possessive       -0.2634
//   used-goods                     -1.4261
//   page-used-goods                -2.5102
//   block-run                      -0.9895
//   block-short-offer              1.2981
//   format:anchor-block            -0.9151
//   format:anchor-maker-first      0.0903
//   cue:past-year                  -0.9894
//   cue:parted-or-warned           -0.9051
//   format:anchor-maker-noun       0.6517
//   page-recall-lines              -0.2484
//   page-recall-headline           -0.3868
//   page-unreleased-lines          0.0613
//   page-unreleased-headline       -0.8806

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1069
//   first-logit                    3.445
//   same-parent-max                0.7388
//   same-parent-mean               -1.7246
//   same-grandparent-mean          2.3988
//   page-accepted-share            -2.1143
//   format-accepted-share          1.7843
//   no-price*same-parent-mean      0.1773
//   no-price*format-accepted-share -0.0693
//   no-price*first-logit           -0.437

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2366,1.4002,0.9572,-0.3869,-1.2413,-0.5354,0.5431,0.3046,-0.0347,-0.5356,-0.9859,-0.2586,-1.8707,0.7824,0.077,1.2491,0.5524,1.8649,-0.2309,0.0923,0.2131,5.0295,1.7664,-0.2451,0.395,-0.3586,0.1647,0.9759,-0.6268,-1.0862,-0.046,1.1331,-1.4802,-0.6745,-0.4701,0.7654,0.3691,-1.728,-0.2074,1.534,-0.0366,0.3121,-0.3356,-0.4452,-0.3131,0.8155,-0.1163,-0.1299,-0.7173,0.5422,-0.0485,0.2555,-0.1321,0.3955,0.5375,0.7824,-1.0593,-0.5559,-0.2274,-0.4566,-0.0409,1.5942,0.1251,-0.5469,-1.1857,-0.7287,0.1916,0.6099,-0.9682,-0.0586,0.0628,-0.583,2.8174,0.617,0.0917,-0.2542,0.5335,-1.8377,-1.6782,-0.0525,0.8469,-1.3885,2.2754,-0.0554,2.259,-1.0361,-0.8107,0.4907,-0.1758,-0.2948,-0.2496,-0.2496,-0.2078,0.0261,-0.3553,0.0181,0.0181,-0.356,-0.1789,-0.2058,-0.2543,0,0,0,-0.2496,0,0,0.1064,0.0541,-1.6338,1.5266,-1.9384,-0.0634,0.3844,0.4793,0.7592,-0.739,0.429,-0.7474,-0.42,-0.4648,-0.2634,-1.4261,-2.5102,-0.9895,1.2981,-0.9151,0.0903,-0.9894,-0.9051,0.6517,-0.2484,-0.3868,0.0613,-0.8806],"second":[0.1069,3.445,0.7388,-1.7246,2.3988,-2.1143,1.7843,0.1773,-0.0693,-0.437],"accept":0.5};
