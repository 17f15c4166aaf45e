import { isPointer } from './labels';

/**
 * "similar here" in the languages the detector reads: a credit's note that its link goes to a look-alike, not the
 * piece worn ("Dress - similar here", "Vestido - parecido aqui", "Pull (similaire ici)").
 */
const SIMILAR_WORDS = [
  'similar(?:es)?',
  'similaire',
  'parecid[oa]',
  'semelhante',
  'ähnlich(?:e|es)?',
  'liknande',
  'lignende',
  'simile',
  'simili',
  'podobn[aey]',
  'vergelijkbaar',
  'soortgelijk',
  'samanlainen',
  'samankaltainen',
];
const SIMILAR = new RegExp(
  String.raw`^(?:(?:shop|get|find|buy)\s+)?(?:(?:a|the)\s+)?(?:${SIMILAR_WORDS.join('|')})` +
    String.raw`(?:\s+(?:here|ici|aqu[ií]|hier|här|her|qui|tutaj|täällä|one|style|look|ones))?$`,
  'iu',
);

/** A separator before a closing note: a dash between spaces, a bar, a comma, or an opening bracket. */
const TAIL = /(?:\s+[-–—|]\s+|,\s+|\s*[([{]\s*)([^()[\]{}]{1,30}?)\s*[)\]}]?\s*$/u;

/**
 * Drops a closing pointer note from a name ("Dress - similar here" → "Dress", "Cardigan (link)" → "Cardigan"): the
 * note points at a link, the piece's own words come before it.
 */
export function dropPointerTail(name: string): string {
  const m = TAIL.exec(name);
  if (!m || m.index < 2) return name;
  const note = m[1]!.trim();
  return SIMILAR.test(note) || isPointer(note) ? name.slice(0, m.index).trim() : name;
}

/** "c/o", "c/o:" (courtesy of): a gifted piece's note, written before the piece or the maker in outfit credits. */
const COURTESY = /^c\/o\b[\s:]*/iu;

/** Drops a leading "c/o" from a name ("c/o watch" → "watch"): the note says who gave it, the piece follows it. */
export function dropCourtesy(name: string): string {
  const rest = name.replace(COURTESY, '');
  return rest.trim() ? rest : name;
}
