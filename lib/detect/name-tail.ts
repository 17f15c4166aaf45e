import { nounHits } from './lexicon';

/** " in vibrant violet leather", " in sand": a trailing variant of one to three lower-case words. */
const VARIANT = /\s+in\s+((?:\p{Ll}[\p{Ll}'’-]*\s*){1,3})$/u;

/**
 * Drops a plain colour or material variant after a model name ("Bayswater in vibrant violet leather" →
 * "Bayswater"), as the labelling rules do: the model names the product, the variant is a choice on the shop's page.
 * Only after a capitalised model word, so a bare "backpack in navy" keeps its words, and never when the tail names
 * a piece of its own ("Scarf in wool and a hat").
 */
export function dropVariant(name: string): string {
  const m = VARIANT.exec(name);
  if (!m) return name;
  const head = name.slice(0, m.index);
  if (!/(?:^|\s)\p{Lu}/u.test(head) || nounHits(m[1]!) > 0) return name;
  return head;
}
