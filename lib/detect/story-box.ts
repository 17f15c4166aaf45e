import type { Ctx } from './context';
import { words } from './text';

// Per reading of a page: a tab's page is read again after it changes.
const STORY = new WeakMap<Ctx, Element | null>();

/** Words of prose a box must hold besides its headline to count as the story, not a hero banner over it. */
const MIN_WORDS = 30;

/**
 * The element that holds the page's story: the `<main>` (else the `<article>`) around its first h1, when the
 * page's lines inside it hold some prose. Null when the headline stands in no such box (many blogs and older
 * sites mark none) or in a banner of its own whose story follows outside it.
 */
/** Whether an element comes after the box in the document's order. */
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the detector also runs where Node is no global
const followsBox = (box: Element, el: Element): boolean => (box.compareDocumentPosition(el) & FOLLOWING) !== 0;

function storyBox(ctx: Ctx): Element | null {
  let box = STORY.get(ctx);
  if (box === undefined) {
    const h1 = ctx.doc.querySelector('h1');
    box = h1?.closest('main') ?? h1?.closest('article') ?? null;
    const inside = box ? ctx.lines.filter((l) => !l.h && box!.contains(l.el)) : [];
    if (inside.reduce((n, l) => n + words(l.text).length, 0) < MIN_WORDS) box = null;
    // A headline after the box starts another story below it (a publisher's "next story" infinite scroll):
    // the page then holds more than one story, and the box no longer tells story from rails.
    const later = box && [...ctx.doc.querySelectorAll('h1')].some((h) => !box!.contains(h) && followsBox(box!, h));
    if (later) box = null;
    STORY.set(ctx, box);
  }
  return box;
}

/**
 * Whether an element stands outside the box that holds the page's story: rails of latest or related headlines,
 * teasers and widgets around it, whose class names no list can foresee. Their headlines quote prices ("Petrol
 * prices tip past €2.19 a litre") and their cards name products the story does not recommend; no labelled page
 * holds a mention there.
 */
export function outsideStory(ctx: Ctx, el: Element): boolean {
  const box = storyBox(ctx);
  return !!box && !box.contains(el) && !el.contains(box);
}
