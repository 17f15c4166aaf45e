/**
 * Word tables for the pre-check's reading of pages without prices (lib/detect/precheck-credits.ts): outfit
 * credits, wishlists, release previews. Same notation as precheck-words.ts (lower case, `\b` edges, `_` for a
 * space). These words only count beside a joint and a name, never beside an amount: "top" or "golf" next to a
 * price would let every market page through.
 */

/** Garments a credit line names that are too common in prose to stand beside a price: "Top: COS", "Golf – Mohito". */
export const CREDIT_ITEMS = String.raw`
\btops?\b \btees?\b \bpumps?\b turtleneck polo\b \btanks?\b \bcami bodysuit overall dungaree anorak fleece tunic
trench poncho kimono kaftan caftan \bcapes?\b chinos culotte jogger tracksuit \bflats\b ballet ballerin slingback
headband bandana \bbibs?\b brooch anklet cufflink \bwatch\b \bsuits?\b gown \bmaxi \bmidi \bbodies\b
bottine \bdébardeur \bcol_roul \bgolf\b kardigan żakiet kapelusz trencz sweterek body\b
vaquer \bjoyas?\b schmuck smycken outerwear knitwear accessor
maglia maglietta felpa \bgilet giubb piumin ballerine mocassin \bzaini?\b
chaussette \bboina \bbolsas?\b hairspray bronzer eyeshadow
トート ローファー カットソー ニット帽 スラックス
`;

/**
 * Words of a first-person post (a blog's own voice: "my", "mine", "je porte", "indosso", "ich trage", "mam na sobie",
 * "a minha saia", "jeg", "ik", 私): with one credit line they tell a personal recommendation from a news report of
 * what someone wore. Spanish "mi"/"mis" stay out: readers' comments under news write them.
 */
export const FIRST_PERSON = String.raw`
\bmy\b \bmine\b \bje\b \bj' \bj’ \bio\b \bmio\b \bmia\b indosso \bich\b
\bmein \bmam\b \bmój \bmoj[aeą]\b \bnoszę \bjag\b \bmitt\b \bmijn\b \byo\b
\bmeus?\b \bminhas?\b \bjeg\b \bik\b \bmon\b
私 わたし 僕 ご紹介 愛用 お気に入り 買いました 購入しました
`;

/** Sneaker makers: before a model in a round-up ("Reebok Club C") or before a release's quoted colourway. */
export const SNEAKER_MAKERS = String.raw`
nike adidas puma reebok asics converse \bvans\b salomon saucony hoka new_balance on_running
`;

/** Sneaker makers and models that stand before a release's quoted colourway: `Dunk Low "Green Glow"`. */
export const SNEAKER_WORDS = String.raw`${SNEAKER_MAKERS}
sneaker trainer jordan crocs
\bdunk yeezy air_max air_force foamposite \bretro\b samba gazelle superstar \bchuck \blow\b \bhigh\b \bmid\b \bog\b
\bsb\b \bclog \brunner \bboost\b \bgel- \bzx\b ナイキ アディダス ジョーダン スニーカー
`;

/** Words of a release: with one quoted colourway after a sneaker model, a release preview. */
export const RELEASE_WORDS = String.raw`
release colorway colourway \bdrops?\b restock launch sortie uscita premiera erscheint 発売 リリース カラー 발매
`;
