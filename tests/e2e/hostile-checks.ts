import { expect } from 'vitest';

/** The hostile gallery (tests/fixtures/hostile): its script attacks Magpie's controls on request. */
export const HOSTILE_PAGE = '/hostile/gallery.html';
export const GALLERY_SIZE = 19;

/** What the page's script recorded (window.__magpieAttack). */
export interface AttackLog {
  messages: string[];
  events: string[];
  capturedRoots: number;
  clicks: number;
  replays: number;
  reads: {
    controls: {
      width: number;
      height: number;
      open: boolean;
      attrs: string;
      text: string;
      innerText: string;
      pressed: number | null;
    }[];
    foundSaved: boolean;
    bodyText: boolean;
  } | null;
}

/** The hostile page's URL, telling its script the extension ids it "knows" (store ids are public). */
export function hostileUrl(base: string, extensionIds: string[]): string {
  return `${base}${HOSTILE_PAGE}?ext=${encodeURIComponent(extensionIds.join(','))}`;
}

/**
 * Checks that the page learnt nothing: it saw no start-up announcement, reached into no control,
 * and every control looked the same from outside although one product was saved and some priced.
 */
export function expectPageLearntNothing(log: AttackLog, extensionIds: string[]): void {
  expect(log.replays, 'the attack replayed the start-up message').toBeGreaterThan(0);
  expect(log.clicks, 'the attack clicked the controls').toBeGreaterThan(0);
  expect(log.events, 'events named after the extension reached the page').toEqual([]);
  const leaked = log.messages.filter(
    (m) => m.includes('content-script-started') || extensionIds.some((id) => m.includes(id)),
  );
  // The page's own replays are the only announcements it may have heard.
  expect(
    leaked.every((m) => m.includes('"messageId":"page"')),
    `messages that announce Magpie: ${leaked.join(' | ')}`,
  ).toBe(true);
  expect(log.capturedRoots, 'the page captured a shadow root').toBe(0);
  const reads = log.reads!;
  expect(reads.controls).toHaveLength(GALLERY_SIZE);
  expect(reads.controls.filter((c) => c.open)).toEqual([]);
  expect(reads.controls.filter((c) => c.pressed !== null)).toEqual([]);
  const looks = new Set(reads.controls.map((c) => JSON.stringify([c.width, c.height, c.attrs, c.text, c.innerText])));
  expect([...looks], 'controls differ as seen from the page').toHaveLength(1);
  expect(reads.foundSaved, 'window.find found "Saved"').toBe(false);
  expect(reads.bodyText, 'the page text says "Saved"').toBe(false);
}
