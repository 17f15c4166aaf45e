/**
 * A maker in brackets leading a product title: "【バブアー】BORDER SL" in Japanese shops, and the angle brackets
 * select shops and marketplaces print around the label: "<Maker>Model", "＜Maker＞Model", "〈Maker〉Model".
 * Book-title marks (《》) name works, not makers, and stay out.
 */
const LEAD = /^\s*(?:【([^】]{1,40})】|[<＜〈]([^<>＜＞〈〉]{1,40})[>＞〉])\s*/u;

/** A rank in brackets ("【1位】", "「第3位」", "[No. 2]") places a pick in a ranking; it names no maker. */
export const RANK = /^\s*(?:第?[\d０-９]+\s*(?:位|위|等)|No\.?\s*[\d０-９]+)\s*$/iu;

/** The bracketed maker leading a title and the length of the lead to cut off, or null. */
export function leadingMaker(name: string): { maker: string; length: number } | null {
  const m = LEAD.exec(name);
  const maker = m ? (m[1] ?? m[2]!).trim() : '';
  // Page text that looks like markup ("<img src=x …>") names no maker: a maker holds no "=", '"' or slashes.
  if (!m || !maker || m[0].length >= name.length || /[="/\\]/.test(maker) || RANK.test(maker)) return null;
  return { maker, length: m[0].length };
}
