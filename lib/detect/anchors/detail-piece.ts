/**
 * The long reading of a piece before its maker in Romance prose, where the head noun comes first and its details
 * follow with prepositions: "la capa de punto con mezcla de lana de Zara", "il cardigan con collo a scialle di
 * Loro Piana", "le sac Réjane en cuir Barenia de Moynat". ./piece-of-maker stops at the first small word; this
 * reading crosses prepositions of detail up to the article, and keeps the phrase only when a product noun heads it.
 */
import { nounHits } from '../lexicon';
import type { Tok } from './prose-tokens';

/** Words the long reading holds at most, prepositions included. */
const MAX_WORDS = 8;
// Prepositions of material, detail and purpose inside a piece's phrase ("de punto", "con collo", "en cuir", "à pois").
const DETAIL = /^(?:de|d'|di|del|della|dello|da|do|du|en|in|con|com|em|a|à|al|au|para|pour|per|sem|sans|senza|sin)$/i;
// The articles and demonstratives that open the piece's phrase: its left edge.
const ARTICLE = new RegExp(
  String.raw`^(?:le|la|les|l'|un|une|ce|cette|ces|mon|ma|mes|son|sa|ses|il|lo|gli|i|uno|una|questo|questa|quel|` +
    String.raw`quella|mio|mia|suo|sua|el|los|las|unos|unas|este|esta|ese|esa|mi|su|o|os|as|um|uma|uns|umas|` +
    String.raw`esse|essa|este|esta|meu|minha|seu|sua)$`,
  'i',
);
// Words that end the reading: a list ("et", "e", "y"), a verb of the clause, or a relative pronoun.
const STOP = /^(?:et|e|y|ou|o|ed|que|qui|che|cui|est|è|es|é|sont|sono|son|são)$/i;

/**
 * The piece's phrase read back from the maker's preposition at `j`: up to an article, across prepositions of
 * detail, with a product noun first or second (after one adjective: "un petit cabas"). Null when no such phrase.
 */
export function detailPiece(ts: readonly Tok[], j: number): { s: number; e: number } | null {
  const np: Tok[] = [];
  let crossed = false;
  for (let k = j - 1; k >= 0 && np.length < MAX_WORDS; k--) {
    const t = ts[k]!;
    if (!t.word) return null;
    if (t.end && np.length) return null;
    // Portuguese "a" is an article before a noun ("a camisola de malha"), a preposition elsewhere ("collo a scialle").
    const article = ARTICLE.test(t.t) || (/^a$/i.test(t.t) && crossed && nounHits(np[0]!.t) > 0);
    // "le calendrier de l'Avent": an article after a preposition of detail, before no product noun, is inside the
    // phrase ("con la capa" opens it).
    const inner = article && k > 0 && DETAIL.test(ts[k - 1]!.t) && np.length > 0 && !nounHits(np[0]!.t);
    if (article && !inner) {
      // Only a phrase that needed the long reading: the short one (./piece-of-maker) reads the rest.
      if (!crossed || np.length < 3 || DETAIL.test(np[0]!.t)) return null;
      const head = nounHits(np[0]!.t) > 0 || (np.length > 3 && nounHits(np[1]!.t) > 0 && !DETAIL.test(np[1]!.t));
      return head ? { s: np[0]!.s, e: np[np.length - 1]!.e } : null;
    }
    if (STOP.test(t.t)) return null;
    if (DETAIL.test(t.t) && !inner) {
      // A preposition next to the maker's, or two in a row, is no detail of a piece.
      if (!np.length || DETAIL.test(np[0]!.t)) return null;
      crossed = true;
    }
    np.unshift(t);
  }
  return null;
}
