// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2998 candidates, 1783 positive).

// Weights by feature (lib/detect/feature-names.ts):
//   bias                     -8.0739
//   format:table             0.697
//   format:card              0.6795
//   format:brand-then-line   0.0179
//   format:heading           -0.6389
//   format:name-then-price   -0.5371
//   format:caption           0.3062
//   format:linked-prose      0.1142
//   format:anchor-line       -0.3193
//   format:anchor-list       -0.5667
//   format:anchor-prose      -1.1426
//   format:anchor-record     0.0871
//   format:anchor-carry      -0.4616
//   format:anchor-link       0.7168
//   format:anchor-heading    1.0475
//   evidence                 1.2566
//   evidence>=4              1.2266
//   price                    0.7142
//   retailer                 0.4321
//   url                      -0.0131
//   deep-url                 0.0403
//   brand                    3.5978
//   brand-known              1.7711
//   brand-ambiguous          -0.0475
//   brand-caps               -0.6181
//   name-words               -0.1596
//   name-long                -0.909
//   name-noun                1.0846
//   name-caps                -0.251
//   name-lower-start         -0.9462
//   name-digits              -0.1374
//   name-quote               0.6186
//   chrome                   -0.4986
//   in-article               0.1689
//   heading                  0.0873
//   caption                  0.6176
//   list-item                -0.2431
//   table-cell               -0.0016
//   depth                    -0.2036
//   siblings                 0.9301
//   line-length              -0.273
//   line-negative            -0.6624
//   page-negative            -0.5187
//   page-candidates          -0.7387
//   same-price               -0.1374
//   price-big                0.6607
//   price-small              0.3575
//   label-left               -0.1354
//   lang-other               -0.2866
//   lang:en                  0.5445
//   lang:de                  -0.1321
//   lang:fr                  0.0193
//   lang:it                  -0.2488
//   lang:es                  -0.1997
//   lang:nl                  -0.2711
//   lang:pl                  -0.0665
//   lang:sv                  0.2703
//   lang:ja                  0.3707
//   name-is-shop             -0.9814
//   name-is-title            0.1564
//   holds-title              -0.0254
//   record-lines             0.5727
//   name-one-noun            0.3641
//   name-sentence            -0.9143
//   no-price*siblings        -1.2453
//   no-price*brand-known     -0.7264
//   no-price*url             0.0865
//   no-price*one-noun        0.4648
//   price-range              -0.4778
//   candidate-siblings       0.7688
//   page-shop-links          0.4358
//   no-price*shop-links      -0.9902
//   no-price*page-unpriced   2.5827
//   no-price*candidate-siblings -0.4648

/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */
export interface DetectModel {
  weights: readonly number[];
}

export const DETECT_MODEL: DetectModel = { weights: [-8.0739,0.697,0.6795,0.0179,-0.6389,-0.5371,0.3062,0.1142,-0.3193,-0.5667,-1.1426,0.0871,-0.4616,0.7168,1.0475,1.2566,1.2266,0.7142,0.4321,-0.0131,0.0403,3.5978,1.7711,-0.0475,-0.6181,-0.1596,-0.909,1.0846,-0.251,-0.9462,-0.1374,0.6186,-0.4986,0.1689,0.0873,0.6176,-0.2431,-0.0016,-0.2036,0.9301,-0.273,-0.6624,-0.5187,-0.7387,-0.1374,0.6607,0.3575,-0.1354,-0.2866,0.5445,-0.1321,0.0193,-0.2488,-0.1997,-0.2711,-0.0665,0.2703,0.3707,-0.9814,0.1564,-0.0254,0.5727,0.3641,-0.9143,-1.2453,-0.7264,0.0865,0.4648,-0.4778,0.7688,0.4358,-0.9902,2.5827,-0.4648] };
