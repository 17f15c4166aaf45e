/**
 * Word tables of the pre-check (lib/detect/precheck.ts), lower case, as regex fragments separated by spaces.
 * Stems, not the lexicon's full lists: this ships in the content script on every page, and a miss only costs
 * a page the detector would have read. Short or ambiguous stems carry word boundaries (`\b`) so that "that",
 * "during" or "invest" do not read as "hat", "ring" or "vest". A space inside an entry is written `_`.
 */

/**
 * Product nouns: garments, shoes, bags, jewellery, beauty, home and tech goods in the languages Magpie reads; and
 * buy words, which next to a price ("SHOP $89.50") say as much.
 */
export const PRODUCT_STEMS = String.raw`
\bshop\b \bbuy\b kaufen acheter comprar acquista \bkup\b \bköp\b \bkøb\b \bkoop\b 購入 구매
clothes clothing dress skirt shirt blouse sweater jumper cardigan hoodie knit jacket coat blazer parka gilet
\bvests?\b trouser pants jeans denim shorts legging tights jumpsuit romper shoe sneaker trainers \bboot sandal
\bheels?\b loafer \bmules?\b espadrille slipper \bclogs?\b brogue bag purse \btote clutch backpack wallet belt
\bhats?\b \bcaps?\b beanie scarf glove mitten sunglass eyeglass watches\b smartwatch earring necklace bracelet
\brings?\b pendant jewel bikini swimsuit swimwear lingerie \bbras?\b pyjama pajama socks\b luggage suitcase
lipstick lip_gloss mascara eyeliner concealer palette serum cream moistur cleanser sunscreen \bspf perfume
fragrance parfum shampoo \blotion \bbalm skincare candle \blamp vase \brugs?\b cushion pillow blanket duvet sofa
mattress toaster kettle blender vacuum cookware skillet air_fryer headphone earbud earphone laptop tablet camera
stroller
kleid \brock\b \bröcke (?<![tw])hose jacke mantel schuh stiefel tasche pullover strick bluse hemd mütze \bschals?\b
brille gürtel halskette \bkette ohrring sakko \bweste\b
\brobes?\b jupe chemise pantalon \bvestes?\b manteau chaussure \bbottes?\b \bsacs?\b \bpulls?\b blouson baskets
escarpin ceinture bijou collier boucles_d lunettes chapeau écharpe \bjean\b maillot bougie
\bvestit \babit[oi]\b \bgonn[ae]\b giacc cappott scarp borsa borse stival maglion camicia occhial cintur collana
orecchin gioiell
vestido falda camis chaqueta abrigo zapat bolso \bbotas\b gafas sudadera
saia casaco jaqueta sapato calça tênis óculos blusa sandália
jurk \brokje broek \bjas\b \bjassen \btas\b \btassen schoen \btrui laarz \briem\b ketting oorbel \bbril\b
sukien spódnic kurtk płaszcz \bbuty\b botki torebk \btorb spodni sweter \bszal\b szalik czapk skarpet kozak koszul
bluzk marynark plecak okular trampk sandał szpilk kolczyk naszyjnik \bkrem poduszk \bkubek balsam szampon perfum
klänning \bkjol jacka väska \bskor\b byxor tröja \bkappa skjort stövl glasögon halsband örhäng mössa halsduk
kjole nederdel jakke frakke \bsko\b støvle taske bukser trøje solbrille halskæde veske genser
laukku takki mekko kengät kenkä neule housu paita \bhame\b saapa \bpipo huivi nilkkur rukka koru aurinkolasi
ドレス スカート バッグ シューズ スニーカー ニット コート カーディガン ジャケット ダウン ブーツ サンダル パンプス シャツ パンツ
デニム ワンピース ブラウス トップス スウェット パーカー ベルト 帽子 キャップ ハット メガネ 眼鏡 サングラス 指輪 イヤリング
ローファー 靴 鞄 マフラー ストール ソックス 財布 時計 ネックレス ピアス リップ クリーム 美容液 化粧水 香水
가방 백팩 토트 코트 니트 가디건 카디건 스니커즈 슈즈 원피스 재킷 자켓 셔츠 팬츠 바지 치마 스커트 부츠 샌들 구두 모자
선글라스 목걸이 귀걸이 반지 시계 향수 립스틱 크림 세럼`;

/** Phrases that show shopping intent on their own: "shop the look" lists, add-to-cart and see-the-product buttons. */
export const INTENT_PHRASES = String.raw`
shop_the_look shop_this_look shop_my_look shop_the_post shop_the_story shop_the_outfit get_the_look steal_the_look
shop_den_look look_nachshoppen compra_il_look shoppa_looken shop_de_look shoppez_le_look
add_to_cart add_to_bag add_to_basket in_den_warenkorb in_den_einkaufswagen do_koszyka ajouter_au_panier
aggiungi_al_carrello añadir_a_la_cesta añadir_al_carrito in_winkelwagen lägg_i_varukorgen læg_i_kurv
adicionar_ao_carrinho カートに入れる 장바구니 \bview_deal \bsee_deal \bse_produkt \bvisa_produkt till_butiken til_butikken
bekijk_product naar_de_winkel vai_al_prodotto vedi_offerta \bver_producto \bver_oferta \bver_produto zobacz_produkt
voir_le_produit voir_l'offre 商品を見る 구매하기`;

/**
 * Words of an affiliate notice (group 1 of the scan: enough on their own) and nouns that also mean other things,
 * "European Commission" (group 2: they need a link or earn word nearby). Either counts only outside link labels:
 * a footer link "Affiliate disclosure" is on every page of a site, a sentence saying "this post contains affiliate
 * links" is on the page that does.
 */
export const AFFILIATE_WORDS = String.raw`
affiliate_link affiliate-link affiliatelink affiliate_disclosure affiliate_commission affiliate_partner
affiliate_program partnerlink afiliad affiliati affiliés affilié afiliacyjn mainoslink werbelink werbe-link
provisionslink annonslänk reklamlänk affiliatelänk アフィリエイト 제휴_링크 제휴링크 쿠팡_파트너스`;
export const DISCLOSURE_NOUNS = String.raw`commission provision provvigion comisi comissão commissie prowizj palkkio
share_of_sales 수수료`;

/** Context for those nouns, within a sentence or so: links, earning. */
export const DISCLOSURE_CONTEXT = String.raw`\blinks?\b länk lenke enlace collegament \bliens?\b linki linkk 링크 リンク
\bearn receive erhalten bekommen verdien ricev recib receb otrzym touch`;

/** Currency codes and signs written before an amount ("SGD2,660", "R$ 109,99", "Fr. 120"). */
export const CODES_BEFORE = String.raw`usd eur gbp chf cad aud nzd inr hkd sgd myr sek nok dkk pln brl krw jpy cny rmb
zar aed sar mxn czk huf \brs \brm r\$ s\$ us\$ a\$ c\$ hk\$ nt\$ fr\.`;

/** Currency codes and words written after an amount ("1.499 kr.", "129,99 zł", "120 francs", "280만 원"). */
export const CODES_AFTER = String.raw`usd eur gbp chf cad aud sgd hkd sek nok dkk pln brl jpy zar kr zł zl kč lei ft
euros? euroa dollars? pounds francs? yen won reais rupees złotych kronor kroner`;
