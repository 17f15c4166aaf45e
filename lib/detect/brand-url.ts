import { words } from './text';

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const GENERIC = new RegExp(
  String.raw`^(?:women|womens|men|mens|kids|shop|store|product|products|p|sale|new|en|us|uk|clothing|shoes|` +
    String.raw`bags|accessories|home|the)$`,
);

/** A brand segment of the product URL that leads the name: /product/drakes/… for "Drake's Oxford Shirt". */
export function fromUrl(name: string, url: string | null | undefined): { brand: string; name: string } | null {
  if (!url) return null;
  let segs: string[];
  try {
    segs = new URL(url).pathname.toLowerCase().split('/');
  } catch {
    return null;
  }
  const w = words(name);
  // A brand segment sits above the product's own (last) segment: /product/drakes/clothing/…
  segs = segs.filter(Boolean).slice(0, -1);
  for (let k = Math.min(4, w.length - 1); k >= 1; k--) {
    const head = w.slice(0, k).join(' ');
    const sl = slug(head);
    if (sl.length > 2 && /[a-z]/.test(sl) && !GENERIC.test(sl) && segs.includes(sl))
      return { brand: head, name: w.slice(k).join(' ') };
  }
  return null;
}
