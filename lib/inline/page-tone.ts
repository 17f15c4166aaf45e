/**
 * Whether the article behind an element is light or dark, from the page's own computed colours,
 * so Magpie's pills match the article rather than the system's dark setting (a white article
 * read with the system in dark mode keeps light pills).
 */
export type Tone = 'light' | 'dark';

/** Contrast with white equals contrast with black at this relative luminance. */
const MIDPOINT = 0.179;

function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * What one batch of `backgroundTone` calls learnt: the tone behind each element walked (null: no opaque background up
 * to the root), and the canvas's. Controls of one article share their ancestors, so each is read once.
 */
export interface ToneMemo {
  tones: Map<Element, Tone | null>;
  canvas?: Tone;
}

/**
 * The tone of the first mostly opaque background behind `el` (itself, then its ancestors). With
 * none, the page's canvas decides: dark only when the page asks for a dark colour scheme. A `memo`
 * shared by the calls of one batch skips the ancestors an earlier call read.
 */
export function backgroundTone(el: Element, memo?: ToneMemo): Tone {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const walked: Element[] = [];
  let found: Tone | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const known = memo?.tones.get(node);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(node);
    const bg = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (bg && bg.a >= 0.5) {
      found = relativeLuminance(bg.r, bg.g, bg.b) < MIDPOINT ? 'dark' : 'light';
      break;
    }
  }
  if (memo) for (const node of walked) memo.tones.set(node, found);
  if (found) return found;
  if (memo?.canvas) return memo.canvas;
  const canvas = canvasTone(view, el.ownerDocument);
  if (memo) memo.canvas = canvas;
  return canvas;
}

function canvasTone(view: Window, doc: Document): Tone {
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  if (
    /\bdark\b/.test(scheme) &&
    (!/\blight\b/.test(scheme) || view.matchMedia?.('(prefers-color-scheme: dark)').matches)
  )
    return 'dark';
  return 'light';
}
