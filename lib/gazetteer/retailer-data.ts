import { nameKey } from './normalize';
import type { Retailer } from './types';

/** A shop's name as a domain label: one word, and hyphenated ("Net-a-Porter" → "netaporter", "net-a-porter"). */
export function nameLabels(name: string): [string, string] {
  const words = nameKey(name).split(' ');
  return [words.join(''), words.join('-')];
}

export interface RetailerIndex {
  byKey: Map<string, Retailer>;
  byDomain: Map<string, Retailer>;
  /** "zalando.*": the label under any public suffix. */
  byLabel: Map<string, Retailer>;
  all: Retailer[];
}

function decodeDomains(name: string, encoded: string): string[] {
  const [joined, hyphened] = nameLabels(name);
  let label = '';
  return encoded.split(',').map((d) => {
    if (d.startsWith('.')) return label + d;
    const dot = d.indexOf('.');
    const head = d.slice(0, dot);
    label = head === '~' ? joined : head === '^' ? hyphened : head;
    return label + d.slice(dot);
  });
}

/** Decodes the generated retailer data ("Name|Alias@domain,.suffix", "!" after an own-label chain) into lookup maps. */
export function buildRetailerIndex(data: string): RetailerIndex {
  const byKey = new Map<string, Retailer>();
  const byDomain = new Map<string, Retailer>();
  const byLabel = new Map<string, Retailer>();
  const all: Retailer[] = [];
  for (const line of data.split('\n')) {
    const at = line.lastIndexOf('@');
    if (at <= 0) continue;
    const names = line.slice(0, at).split('|');
    // A trailing "!" marks a chain that sells only its own label.
    const own = line.endsWith('!');
    const listed = decodeDomains(names[0]!, line.slice(at + 1, own ? -1 : undefined));
    const retailer: Retailer = Object.freeze({
      name: names[0]!,
      domains: Object.freeze(listed.filter((d) => !d.endsWith('.*'))),
      ...(own ? { ownLabel: true } : {}),
    });
    all.push(retailer);
    for (const n of names) byKey.set(nameKey(n), retailer);
    for (const d of listed) {
      if (d.endsWith('.*')) byLabel.set(d.slice(0, -2), retailer);
      else byDomain.set(d, retailer);
    }
  }
  return { byKey, byDomain, byLabel, all };
}
