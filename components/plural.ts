// Magpie's words are English, so the plural rules are English's too, whatever the browser's locale.
const rules = new Intl.PluralRules('en');

/** "1 product", "2 products": the count with the noun in the right form. */
export function countOf(n: number, one: string, other: string): string {
  return `${n} ${rules.select(n) === 'one' ? one : other}`;
}
