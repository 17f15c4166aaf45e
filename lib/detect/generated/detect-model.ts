// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4273 candidates, 2586 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6282
//   format:table                   0.8178
//   format:card                    0.9702
//   format:brand-then-line         0.0949
//   format:heading                 -0.8176
//   format:name-then-price         -0.2027
//   format:caption                 0.4383
//   format:linked-prose            0.2041
//   format:anchor-line             -0.422
//   format:anchor-list             -0.0592
//   format:anchor-prose            -1.2033
//   format:anchor-record           -0.032
//   format:anchor-carry            -1.0478
//   format:anchor-link             0.156
//   format:anchor-heading          0.5749
//   evidence                       1.3894
//   evidence>=4                    0.528
//   price                          1.2661
//   retailer                       0.1513
//   url                            0.0828
//   deep-url                       0.2216
//   brand                          3.3288
//   brand-known                    1.8872
//   brand-ambiguous                -0.0544
//   brand-caps                     0.0597
//   name-words                     -0.5794
//   name-long                      -0.6658
//   name-noun                      0.6933
//   name-caps                      -0.1867
//   name-lower-start               -0.6102
//   name-digits                    0.1134
//   name-quote                     0.6398
//   chrome                         -0.8213
//   in-article                     0.1682
//   heading                        -0.1591
//   caption                        0.4108
//   list-item                      -0.1816
//   table-cell                     -0.0071
//   depth                          0.0611
//   siblings                       0.9025
//   line-length                    -0.0656
//   line-negative                  -0.1655
//   page-negative                  -0.7307
//   page-candidates                -0.649
//   same-price                     -0.3152
//   price-big                      0.2506
//   price-small                    0.0746
//   label-left                     -0.0278
//   lang-other                     -0.9466
//   lang:en                        0.4512
//   lang:de                        0.013
//   lang:fr                        0.3603
//   lang:it                        -0.4553
//   lang:es                        -0.2722
//   lang:nl                        0.4534
//   lang:pl                        0.2832
//   lang:sv                        0.0164
//   lang:ja                        0.0966
//   name-is-shop                   -0.3546
//   name-is-title                  -0.2776
//   holds-title                    -0.0874
//   record-lines                   0.9971
//   name-one-noun                  0.372
//   name-sentence                  -0.7856
//   no-price*siblings              -0.6227
//   no-price*brand-known           -1.1617
//   no-price*url                   0.3945
//   no-price*one-noun              0.6618
//   price-range                    -0.493
//   candidate-siblings             0.6938
//   page-shop-links                0.1669
//   no-price*shop-links            -0.7195
//   no-price*page-unpriced         2.5384
//   no-price*candidate-siblings    -0.7591
//   format:anchor-credit           -0.2929
//   format:anchor-maker            -0.1911
//   format:anchor-runon            0.182
//   maker-lead                     -1.4485
//   maker-tail                     -1.2948
//   maker-inside                   -0.0799
//   maker-read-known               -1.1597
//   no-price*brand-heading-run     1.1586
//   format:anchor-prose-brand      0.0005
//   format:anchor-cjk              1.0482
//   name-hiragana                  -0.8853
//   name-cjk-punct                 -0.352
//   name-cjk-quoted                0.8785
//   name-cjk-editorial             -0.3883
//   name-cjk-holds-brand           -0.1553
//   format:anchor-group            -0.2183
//   in-record                      -0.2183
//   record-group-size              -0.1787
//   record-group-priced            -0.2126
//   record-group-linked            -0.0964
//   record-seq                     -0.2401
//   record-price                   -0.2309
//   record-shop-link               -0.3242
//   record-buy                     -0.092
//   record-brand-first             -0.0639
//   record-length                  -0.2405
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2181
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1059
//   anchor-group*name-proper       -0.1286
//   name-used                      -0.8404
//   shared-credit                  0.9223

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1703
//   first-logit                    3.4454
//   same-parent-max                0.6373
//   same-parent-mean               -0.9123
//   same-grandparent-mean          2.1531
//   page-accepted-share            -1.8137
//   format-accepted-share          1.6739
//   no-price*same-parent-mean      -0.4636
//   no-price*format-accepted-share 0.3569
//   no-price*first-logit           0.1582

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6282,0.8178,0.9702,0.0949,-0.8176,-0.2027,0.4383,0.2041,-0.422,-0.0592,-1.2033,-0.032,-1.0478,0.156,0.5749,1.3894,0.528,1.2661,0.1513,0.0828,0.2216,3.3288,1.8872,-0.0544,0.0597,-0.5794,-0.6658,0.6933,-0.1867,-0.6102,0.1134,0.6398,-0.8213,0.1682,-0.1591,0.4108,-0.1816,-0.0071,0.0611,0.9025,-0.0656,-0.1655,-0.7307,-0.649,-0.3152,0.2506,0.0746,-0.0278,-0.9466,0.4512,0.013,0.3603,-0.4553,-0.2722,0.4534,0.2832,0.0164,0.0966,-0.3546,-0.2776,-0.0874,0.9971,0.372,-0.7856,-0.6227,-1.1617,0.3945,0.6618,-0.493,0.6938,0.1669,-0.7195,2.5384,-0.7591,-0.2929,-0.1911,0.182,-1.4485,-1.2948,-0.0799,-1.1597,1.1586,0.0005,1.0482,-0.8853,-0.352,0.8785,-0.3883,-0.1553,-0.2183,-0.2183,-0.1787,-0.2126,-0.0964,-0.2401,-0.2309,-0.3242,-0.092,-0.0639,-0.2405,-0.0008,0,-0.0003,-0.2181,-0.0003,-0.0003,0.1059,-0.1286,-0.8404,0.9223],"second":[-0.1703,3.4454,0.6373,-0.9123,2.1531,-1.8137,1.6739,-0.4636,0.3569,0.1582],"accept":0.5};
