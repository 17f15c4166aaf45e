// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4047 candidates, 2393 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0778
//   format:table                   0.8725
//   format:card                    0.9658
//   format:brand-then-line         0.1118
//   format:heading                 -0.7082
//   format:name-then-price         -0.1056
//   format:caption                 0.3175
//   format:linked-prose            0.3226
//   format:anchor-line             -0.3595
//   format:anchor-list             -0.6366
//   format:anchor-prose            -1.1183
//   format:anchor-record           0.0739
//   format:anchor-carry            -0.6464
//   format:anchor-link             0.3659
//   format:anchor-heading          0.7366
//   evidence                       1.2738
//   evidence>=4                    0.6224
//   price                          1.0826
//   retailer                       0.1167
//   url                            0.1554
//   deep-url                       0.2507
//   brand                          3.2097
//   brand-known                    1.817
//   brand-ambiguous                0.1287
//   brand-caps                     -0.1611
//   name-words                     -0.3671
//   name-long                      -0.8108
//   name-noun                      0.9734
//   name-caps                      -0.1923
//   name-lower-start               -0.7637
//   name-digits                    0.11
//   name-quote                     0.5385
//   chrome                         -0.8496
//   in-article                     0.3139
//   heading                        0.0027
//   caption                        0.437
//   list-item                      -0.1756
//   table-cell                     -0.0019
//   depth                          0.0425
//   siblings                       0.7434
//   line-length                    0.0581
//   line-negative                  -0.4013
//   page-negative                  -0.7579
//   page-candidates                -0.5089
//   same-price                     -0.4612
//   price-big                      0.3007
//   price-small                    0.2927
//   label-left                     -0.1949
//   lang-other                     -0.6683
//   lang:en                        0.5435
//   lang:de                        -0.0386
//   lang:fr                        0.4
//   lang:it                        -0.3475
//   lang:es                        -0.391
//   lang:nl                        0.0143
//   lang:pl                        0.2391
//   lang:sv                        0.1412
//   lang:ja                        0.1072
//   name-is-shop                   -0.9104
//   name-is-title                  -0.1014
//   holds-title                    -0.0781
//   record-lines                   1.0463
//   name-one-noun                  0.1178
//   name-sentence                  -0.8662
//   no-price*siblings              -0.6767
//   no-price*brand-known           -0.8555
//   no-price*url                   0.0484
//   no-price*one-noun              0.6803
//   price-range                    -0.324
//   candidate-siblings             0.829
//   page-shop-links                0.0237
//   no-price*shop-links            -0.6357
//   no-price*page-unpriced         2.8312
//   no-price*candidate-siblings    -0.7827
//   format:anchor-credit           -0.4264
//   format:anchor-maker            0.2295
//   format:anchor-runon            0.0048
//   maker-lead                     -1.2959
//   maker-tail                     -1.1857
//   maker-inside                   -0.051
//   maker-read-known               -1.0637

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0795
//   first-logit                    3.4289
//   same-parent-max                0.8198
//   same-parent-mean               -1.2719
//   same-grandparent-mean          1.7073
//   page-accepted-share            -1.8267
//   format-accepted-share          1.9243
//   no-price*same-parent-mean      -0.3086
//   no-price*format-accepted-share 0.4623
//   no-price*first-logit           -0.1395

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0778,0.8725,0.9658,0.1118,-0.7082,-0.1056,0.3175,0.3226,-0.3595,-0.6366,-1.1183,0.0739,-0.6464,0.3659,0.7366,1.2738,0.6224,1.0826,0.1167,0.1554,0.2507,3.2097,1.817,0.1287,-0.1611,-0.3671,-0.8108,0.9734,-0.1923,-0.7637,0.11,0.5385,-0.8496,0.3139,0.0027,0.437,-0.1756,-0.0019,0.0425,0.7434,0.0581,-0.4013,-0.7579,-0.5089,-0.4612,0.3007,0.2927,-0.1949,-0.6683,0.5435,-0.0386,0.4,-0.3475,-0.391,0.0143,0.2391,0.1412,0.1072,-0.9104,-0.1014,-0.0781,1.0463,0.1178,-0.8662,-0.6767,-0.8555,0.0484,0.6803,-0.324,0.829,0.0237,-0.6357,2.8312,-0.7827,-0.4264,0.2295,0.0048,-1.2959,-1.1857,-0.051,-1.0637],"second":[-0.0795,3.4289,0.8198,-1.2719,1.7073,-1.8267,1.9243,-0.3086,0.4623,-0.1395],"accept":0.5};
