import { describe, expect, it } from 'vitest';
import type { Ctx, Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { outsideStory } from '@/lib/detect/story-box';
import { happyDoc } from './helpers';

/** A page's context with its lines read as the pipeline reads them. */
function pageCtx(body: string): Ctx {
  const doc = happyDoc(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`);
  const lines: Line[] = [];
  const it = collectLines(doc, lines);
  while (!it.next().done);
  return { root: doc, doc, pageUrl: 'https://news.example.org/a', host: 'news.example.org', currency: 'EUR', lines };
}

const STORY =
  '<p>The shop opens its doors on the high street next month, with three floors of clothes and homeware.</p>' +
  '<p>Locals queued for an hour at the preview evening, and the window of knitwear drew a crowd of its own.</p>';
const RAIL =
  '<section class="stories"><h2>Read next</h2><ul>' +
  '<li><a href="/n/1">Petrol prices climb past €1.90 a litre at the pump</a></li>' +
  '<li><a href="/n/2">Bus fares to rise by €2 from next month</a></li></ul></section>';

const byText = (ctx: Ctx, t: string) => ctx.lines.find((l) => l.text.startsWith(t))!.el;

describe('story box: rails around the story', () => {
  it('places a rail of headlines beside the main story outside it, whatever its class', () => {
    const ctx = pageCtx(`<main><article><h1>A new shop in town</h1>${STORY}</article></main>${RAIL}`);
    expect(outsideStory(ctx, byText(ctx, 'Petrol prices'))).toBe(true);
    expect(outsideStory(ctx, byText(ctx, 'The shop opens'))).toBe(false);
  });

  it('says nothing once another story with its own headline follows the box (infinite scroll)', () => {
    const next = '<div class="next"><h1>Ten bags to buy now</h1><p>Bag one, €40 at Example Shop.</p></div>';
    const ctx = pageCtx(`<main><article><h1>A new shop in town</h1>${STORY}</article></main>${RAIL}${next}`);
    expect(outsideStory(ctx, byText(ctx, 'Bag one'))).toBe(false);
    expect(outsideStory(ctx, byText(ctx, 'Petrol prices'))).toBe(false);
  });

  it('takes the article when the page marks no main', () => {
    const ctx = pageCtx(`<article><h1>A new shop in town</h1>${STORY}</article>${RAIL}`);
    expect(outsideStory(ctx, byText(ctx, 'Bus fares'))).toBe(true);
  });

  it('says nothing when the headline stands in no box, or in a banner over the story', () => {
    const bare = pageCtx(`<div><h1>A new shop in town</h1>${STORY}</div>${RAIL}`);
    expect(outsideStory(bare, byText(bare, 'Petrol prices'))).toBe(false);
    const hero = pageCtx(`<article class="hero"><h1>A new shop in town</h1><p>By our reporter</p></article>${STORY}`);
    expect(outsideStory(hero, byText(hero, 'The shop opens'))).toBe(false);
  });
});
