/** Where a page too big to read whole keeps its article (lib/content/snapshot.ts). */

/** The article of a page (the longest <article>, else <main>), found with one query each; null when none. */
export function mainContent(body: Element): Element | null {
  let best: Element | null = null;
  let size = 0;
  for (const a of Array.from(body.getElementsByTagName('article'))) {
    const n = a.getElementsByTagName('*').length;
    if (n > size) [best, size] = [a, n];
  }
  return best ?? body.querySelector('main, [role="main"]');
}
