// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6912 candidates, 4007 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.4856
//   format:table                   1.4971
//   format:card                    1.0984
//   format:brand-then-line         -0.3116
//   format:heading                 -1.1659
//   format:name-then-price         -0.4638
//   format:caption                 0.7149
//   format:linked-prose            0.4104
//   format:anchor-line             0.0836
//   format:anchor-list             -0.3095
//   format:anchor-prose            -0.9702
//   format:anchor-record           -0.1058
//   format:anchor-carry            -1.8828
//   format:anchor-link             0.7755
//   format:anchor-heading          0.122
//   evidence                       1.2289
//   evidence>=4                    0.5315
//   price                          2.5278
//   retailer                       -0.2188
//   url                            0.0921
//   deep-url                       0.2295
//   brand                          5.0539
//   brand-known                    1.7013
//   brand-ambiguous                -0.2047
//   brand-caps                     0.2681
//   name-words                     -0.1565
//   name-long                      0.0909
//   name-noun                      0.8997
//   name-caps                      -0.4641
//   name-lower-start               -1.1218
//   name-digits                    -0.0077
//   name-quote                     1.1497
//   chrome                         -1.3866
//   in-article                     -0.7237
//   heading                        -0.3771
//   caption                        0.6463
//   list-item                      0.2104
//   table-cell                     -1.9449
//   depth                          0.237
//   siblings                       1.5687
//   line-length                    0.2638
//   line-negative                  0.1063
//   page-negative                  -0.541
//   page-candidates                -0.4934
//   same-price                     -0.2854
//   price-big                      0.8679
//   price-small                    -0.1373
//   label-left                     0.1535
//   lang-other                     -0.7231
//   lang:en                        0.4852
//   lang:de                        -0.1664
//   lang:fr                        0.2443
//   lang:it                        -0.2293
//   lang:es                        0.2991
//   lang:nl                        0.6554
//   lang:pl                        0.8197
//   lang:sv                        -1.0392
//   lang:ja                        -0.3459
//   name-is-shop                   -0.0889
//   name-is-title                  -0.2254
//   holds-title                    0.2299
//   record-lines                   1.6319
//   name-one-noun                  0.2363
//   name-sentence                  -0.6096
//   no-price*siblings              -1.0997
//   no-price*brand-known           -0.7193
//   no-price*url                   0.143
//   no-price*one-noun              0.8165
//   price-range                    -0.8905
//   candidate-siblings             -0.0052
//   page-shop-links                0.1325
//   no-price*shop-links            -0.4969
//   no-price*page-unpriced         3.4857
//   no-price*candidate-siblings    0.9257
//   format:anchor-credit           0.2869
//   format:anchor-maker            -0.0847
//   format:anchor-runon            0.0936
//   maker-lead                     -1.8325
//   maker-tail                     -1.7995
//   maker-inside                   -0.0671
//   maker-host                     0.7535
//   maker-read-known               -1.3499
//   no-price*brand-heading-run     2.4701
//   format:anchor-prose-brand      -0.3594
//   format:anchor-cjk              1.523
//   name-hiragana                  -1.3802
//   name-cjk-punct                 -0.3375
//   name-cjk-quoted                0.5652
//   name-cjk-editorial             -0.2293
//   name-cjk-holds-brand           -0.3305
//   format:anchor-group            -0.2395
//   in-record                      -0.2395
//   record-group-size              -0.1895
//   record-group-priced            -0.0064
//   record-group-linked            -0.3092
//   record-seq                     -0.0085
//   record-price                   -0.0085
//   record-shop-link               -0.373
//   record-buy                     -0.2043
//   record-brand-first             -0.1884
//   record-length                  -0.2725
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2395
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1335
//   anchor-group*name-proper       0.1286
//   name-used                      -1.4517
//   shared-credit                  1.5754
//   headline-negative              -1.6077
//   format:anchor-own-shop         0.0605
//   own-shop*slot                  0.5103
//   own-shop*url-repeats           0.4795
//   own-shop*page-slots            0.7534
//   own-shop*page-cart             -0.7909
//   format:anchor-of-maker         0.0033
//   cue:first-person               -0.4789
//   cue:recommend                  -0.5723
//   cue:report                     -0.2226
//   format:anchor-possessive       -0.1846
//   used-goods                     -1.308
//   page-used-goods                -2.6504
//   block-run                      -0.9875
//   block-short-offer              1.2649
//   format:anchor-block            -0.8312
//   format:anchor-maker-first      0.2242
//   cue:past-year                  -1.1852
//   cue:parted-or-warned           -0.8727
//   format:anchor-maker-noun       0.3037

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.012
//   first-logit                    3.3557
//   same-parent-max                0.6063
//   same-parent-mean               -1.5737
//   same-grandparent-mean          2.2359
//   page-accepted-share            -1.892
//   format-accepted-share          1.8861
//   no-price*same-parent-mean      0.1233
//   no-price*format-accepted-share 0.0167
//   no-price*first-logit           -0.338

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.4856,1.4971,1.0984,-0.3116,-1.1659,-0.4638,0.7149,0.4104,0.0836,-0.3095,-0.9702,-0.1058,-1.8828,0.7755,0.122,1.2289,0.5315,2.5278,-0.2188,0.0921,0.2295,5.0539,1.7013,-0.2047,0.2681,-0.1565,0.0909,0.8997,-0.4641,-1.1218,-0.0077,1.1497,-1.3866,-0.7237,-0.3771,0.6463,0.2104,-1.9449,0.237,1.5687,0.2638,0.1063,-0.541,-0.4934,-0.2854,0.8679,-0.1373,0.1535,-0.7231,0.4852,-0.1664,0.2443,-0.2293,0.2991,0.6554,0.8197,-1.0392,-0.3459,-0.0889,-0.2254,0.2299,1.6319,0.2363,-0.6096,-1.0997,-0.7193,0.143,0.8165,-0.8905,-0.0052,0.1325,-0.4969,3.4857,0.9257,0.2869,-0.0847,0.0936,-1.8325,-1.7995,-0.0671,0.7535,-1.3499,2.4701,-0.3594,1.523,-1.3802,-0.3375,0.5652,-0.2293,-0.3305,-0.2395,-0.2395,-0.1895,-0.0064,-0.3092,-0.0085,-0.0085,-0.373,-0.2043,-0.1884,-0.2725,0,0,0,-0.2395,0,0,0.1335,0.1286,-1.4517,1.5754,-1.6077,0.0605,0.5103,0.4795,0.7534,-0.7909,0.0033,-0.4789,-0.5723,-0.2226,-0.1846,-1.308,-2.6504,-0.9875,1.2649,-0.8312,0.2242,-1.1852,-0.8727,0.3037],"second":[0.012,3.3557,0.6063,-1.5737,2.2359,-1.892,1.8861,0.1233,0.0167,-0.338],"accept":0.5};
