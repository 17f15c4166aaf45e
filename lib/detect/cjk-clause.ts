/**
 * Korean glues its case particles to the word before them ("구두가", "면가디건은", "케네스 콜의"), and Japanese
 * quotes a model and goes on with its sentence ("レディースの「…コート」は今…"): a name read from such a sentence
 * carries the particle and the rest of the clause. These rules cut the piece out.
 */

/** A word ending in a topic, subject, object or "also" particle, after at least one syllable of its own. */
const CASE_WORD = /^(.*[\p{Script=Hangul}\p{L}\d)）」』])(?:은|는|이|가|을|를|도)$/u;
/** A predicate: a Hangul word ending as a sentence or a clause does ("좋다", "구입했으며", "부담스럽다면"). */
const PREDICATE = /\p{Script=Hangul}(?:다|며|고|면|요|지만|는데|니다)[.!?,。…]*$/u;
/** A possessive word before the piece: "케네스 콜의 미스터 맨 구두", "Prada)의 에나멜 가죽 옥스퍼드화". */
const POSSESSIVE = /\S의$/u;
/** A possessive of description, not of a maker: "사슴 가죽 소재의 시어링 재킷" (of deerskin), "블루 컬러의 코트". */
const DESCRIBING = /(?:소재|컬러|색상|색|디자인|스타일|느낌|모양|패턴|무늬|사이즈|길이|가죽|원단)의$/u;
/** A topic or object particle closing the name itself: "23FW 면가디건은". */
const CLOSING = /(\p{Script=Hangul}{2,})(?:은|는|을|를)$/u;

/**
 * The piece named in a Korean clause: "케네스 콜의 미스터 맨 구두가 몰라볼 만큼 닮았다" → "미스터 맨 구두",
 * "23FW 면가디건은 신세계백화점에서 구입했으며" → "23FW 면가디건". The cut is at a particle a predicate follows, so
 * a noun that merely ends like a particle ("넥타이 세트") stays whole; names without Hangul are returned as they are.
 */
export function cutKoreanClause(name: string): string {
  if (!/\p{Script=Hangul}/u.test(name)) return name;
  let ws = name.trim().split(/\s+/);
  for (let k = 0; k < ws.length - 1; k++) {
    const m = CASE_WORD.exec(ws[k]!);
    if (!m || !ws.slice(k + 1).some((w) => PREDICATE.test(w))) continue;
    ws = [...ws.slice(0, k), m[1]!];
    break;
  }
  for (let k = ws.length - 2; k >= 0; k--)
    if (POSSESSIVE.test(ws[k]!) && !DESCRIBING.test(ws[k]!)) {
      ws = ws.slice(k + 1);
      break;
    }
  const last = ws.length - 1;
  ws[last] = ws[last]!.replace(CLOSING, '$1');
  const out = ws.join(' ').trim();
  return out.length >= 2 ? out : name;
}

/**
 * A quoted model that is the subject or object of a Japanese sentence: 「…」 then a case particle (は, が, を, も),
 * after at most a short lead ending in の ("レディースの"). A quote followed by の names a line or a campaign
 * ("「ホリデー」の限定リップ"), not the piece, and stays.
 */
const JA_QUOTED_SUBJECT = /^(?:[^「」。、]{0,12}の)?「([^「」]{2,60})」(?:は|が|を|も)/u;

/** The model quoted as the subject of a Japanese sentence ("レディースの「ハーフコート」は値下げ" → "ハーフコート"). */
export function cutJapaneseClause(name: string): string {
  return JA_QUOTED_SUBJECT.exec(name.trim())?.[1]!.trim() ?? name;
}
