/** The words and marks of European prose, as ./prose-phrases and ../clause-name read them. */
/** A word or a mark of a text, at its place in the line. */
export interface Tok {
  t: string;
  s: number;
  e: number;
  word: boolean;
  /** Ends with a full stop: a phrase stops after it. */
  end: boolean;
}

/** The words and marks of a text starting at `base` in its line. */
export function tokens(text: string, base: number): Tok[] {
  // "d'Avène", "l'Huile": the elided article or preposition is a token of its own.
  return [...text.matchAll(/[dlDL]['’](?=\p{L})|[\p{L}\p{N}][\p{L}\p{N}'’&+.-]*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    t: m[0].replace(/[.]+$/, '').replace('’', "'"),
    s: base + m.index,
    e: base + m.index + m[0].replace(/[.]+$/, '').length,
    word: /^[\p{L}\p{N}]/u.test(m[0]),
    end: /\.$/.test(m[0]),
  }));
}
