import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { run } from '@/lib/detect/pipeline';
import { happyDoc } from './helpers';

// A credit line whose reading depends on the page's language: "Hat" is an English product noun and a
// German verb ("er hat"), so on a German page "Scarf and Hat" is one piece rather than two.
const BODY = `<article><h1>What I wore this week</h1><p>A grey morning walk by the river.</p>
<p>Coat: Mango // Scarf and Hat: Monki // Bag: Longchamp // Boots: Vagabond</p>
<p>Jacket: Arket // Hat: Weekday // Jeans: Levi's</p></article>`;
const page = (lang: string) =>
  happyDoc(`<!DOCTYPE html><html lang="${lang}"><head><title>Outfit diary</title></head><body>${BODY}</body></html>`);
const URL = 'https://blog.example.org/outfit';
const pairs = (ms: { brand: string | null; name: string }[]) => ms.map((m) => `${m.brand} | ${m.name}`);

describe('the page language while detections interleave', () => {
  it('reads each page in its own language when another page is read between its slices', () => {
    const alone = pairs(detectMentions(page('en'), URL));
    const german = pairs(detectMentions(page('de'), URL));
    // The example only proves something if the two languages read it differently.
    expect(alone).toContain('Monki | Scarf');
    expect(german).not.toEqual(alone);

    // The background reads tabs in slices: the English page starts, a German page runs whole, the English one ends.
    const en = run(page('en'), URL);
    expect(en.next().done).toBe(false);
    const de = run(page('de'), URL);
    let r = de.next();
    while (!r.done) r = de.next();
    let e = en.next();
    while (!e.done) e = en.next();
    expect(pairs(e.value)).toEqual(alone);
    expect(pairs(r.value)).toEqual(german);
  });
});
