// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6939 candidates, 3989 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.5323
//   format:table                   1.6458
//   format:card                    0.7522
//   format:brand-then-line         -0.1171
//   format:heading                 -1.0983
//   format:name-then-price         -0.3543
//   format:caption                 0.6888
//   format:linked-prose            0.5051
//   format:anchor-line             0.1622
//   format:anchor-list             -0.3106
//   format:anchor-prose            -1.0417
//   format:anchor-record           0.1075
//   format:anchor-carry            -1.8555
//   format:anchor-link             0.7865
//   format:anchor-heading          0.0402
//   evidence                       1.0822
//   evidence>=4                    0.5353
//   price                          2.4907
//   retailer                       -0.1786
//   url                            0.0054
//   deep-url                       0.2058
//   brand                          4.7908
//   brand-known                    1.8904
//   brand-ambiguous                -0.1763
//   brand-caps                     0.3893
//   name-words                     -0.2724
//   name-long                      0.204
//   name-noun                      0.8756
//   name-caps                      -0.5793
//   name-lower-start               -1.1265
//   name-digits                    0.1134
//   name-quote                     1.1547
//   chrome                         -1.3997
//   in-article                     -0.6254
//   heading                        -0.4218
//   caption                        0.6178
//   list-item                      0.1062
//   table-cell                     -1.9443
//   depth                          0.6483
//   siblings                       1.4668
//   line-length                    0.5572
//   line-negative                  0.1595
//   page-negative                  -0.6334
//   page-candidates                -0.6813
//   same-price                     -0.3589
//   price-big                      0.8827
//   price-small                    -0.1163
//   label-left                     0.1886
//   lang-other                     -1.0351
//   lang:en                        0.5138
//   lang:de                        -0.1099
//   lang:fr                        0.2018
//   lang:it                        -0.2275
//   lang:es                        0.3424
//   lang:nl                        0.7375
//   lang:pl                        0.6935
//   lang:sv                        -0.9178
//   lang:ja                        -0.1986
//   name-is-shop                   -0.0822
//   name-is-title                  -0.2128
//   holds-title                    0.2073
//   record-lines                   1.4569
//   name-one-noun                  0.2019
//   name-sentence                  -0.8944
//   no-price*siblings              -1.0568
//   no-price*brand-known           -0.8527
//   no-price*url                   0.1722
//   no-price*one-noun              0.8722
//   price-range                    -0.788
//   candidate-siblings             -0.1111
//   page-shop-links                0.3914
//   no-price*shop-links            -0.6953
//   no-price*page-unpriced         3.4715
//   no-price*candidate-siblings    1.162
//   format:anchor-credit           0.3941
//   format:anchor-maker            -0.0285
//   format:anchor-runon            0.1977
//   maker-lead                     -1.6563
//   maker-tail                     -1.5825
//   maker-inside                   -0.1066
//   maker-read-known               -1.3532
//   no-price*brand-heading-run     2.471
//   format:anchor-prose-brand      -0.5019
//   format:anchor-cjk              1.2492
//   name-hiragana                  -1.4187
//   name-cjk-punct                 -0.3217
//   name-cjk-quoted                0.6757
//   name-cjk-editorial             -0.345
//   name-cjk-holds-brand           -0.4643
//   format:anchor-group            -0.2159
//   in-record                      -0.2159
//   record-group-size              -0.1636
//   record-group-priced            -0.0121
//   record-group-linked            -0.2737
//   record-seq                     -0.0183
//   record-price                   -0.0183
//   record-shop-link               -0.3463
//   record-buy                     -0.1957
//   record-brand-first             -0.1707
//   record-length                  -0.2521
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2159
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1304
//   anchor-group*name-proper       0.1239
//   name-used                      -1.3255
//   shared-credit                  1.5193
//   headline-negative              -1.563
//   format:anchor-own-shop         -0.1672
//   own-shop*slot                  0.6188
//   own-shop*url-repeats           0.4963
//   own-shop*page-slots            0.8504
//   own-shop*page-cart             -0.6784
//   format:anchor-of-maker         -0.0124
//   cue:first-person               -0.5353
//   cue:recommend                  -0.5844
//   cue:report                     -0.1813
//   format:anchor-possessive       -0.2464
//   used-goods                     -1.1727
//   page-used-goods                -2.4799
//   block-run                      -0.7908
//   block-short-offer              1.4085
//   format:anchor-block            -0.8745
//   format:anchor-maker-first      0.259
//   cue:past-year                  -1.2783
//   cue:parted-or-warned           -0.889
//   format:anchor-maker-noun       0.2801

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0164
//   first-logit                    3.2637
//   same-parent-max                0.6645
//   same-parent-mean               -1.6849
//   same-grandparent-mean          2.2599
//   page-accepted-share            -1.9518
//   format-accepted-share          1.8271
//   no-price*same-parent-mean      0.1876
//   no-price*format-accepted-share 0.1085
//   no-price*first-logit           -0.2651

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.5323,1.6458,0.7522,-0.1171,-1.0983,-0.3543,0.6888,0.5051,0.1622,-0.3106,-1.0417,0.1075,-1.8555,0.7865,0.0402,1.0822,0.5353,2.4907,-0.1786,0.0054,0.2058,4.7908,1.8904,-0.1763,0.3893,-0.2724,0.204,0.8756,-0.5793,-1.1265,0.1134,1.1547,-1.3997,-0.6254,-0.4218,0.6178,0.1062,-1.9443,0.6483,1.4668,0.5572,0.1595,-0.6334,-0.6813,-0.3589,0.8827,-0.1163,0.1886,-1.0351,0.5138,-0.1099,0.2018,-0.2275,0.3424,0.7375,0.6935,-0.9178,-0.1986,-0.0822,-0.2128,0.2073,1.4569,0.2019,-0.8944,-1.0568,-0.8527,0.1722,0.8722,-0.788,-0.1111,0.3914,-0.6953,3.4715,1.162,0.3941,-0.0285,0.1977,-1.6563,-1.5825,-0.1066,-1.3532,2.471,-0.5019,1.2492,-1.4187,-0.3217,0.6757,-0.345,-0.4643,-0.2159,-0.2159,-0.1636,-0.0121,-0.2737,-0.0183,-0.0183,-0.3463,-0.1957,-0.1707,-0.2521,0,0,0,-0.2159,0,0,0.1304,0.1239,-1.3255,1.5193,-1.563,-0.1672,0.6188,0.4963,0.8504,-0.6784,-0.0124,-0.5353,-0.5844,-0.1813,-0.2464,-1.1727,-2.4799,-0.7908,1.4085,-0.8745,0.259,-1.2783,-0.889,0.2801],"second":[0.0164,3.2637,0.6645,-1.6849,2.2599,-1.9518,1.8271,0.1876,0.1085,-0.2651],"accept":0.5};
