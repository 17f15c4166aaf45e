import type { Span } from './types';

/**
 * Gives each marker that stands between two numbers to one of them. `pre[i]` / `suf[i]` are the markers
 * found before and after number i; where the same marker is both `suf[i]` and `pre[i + 1]`, one side loses it.
 * A line writes its signs on one side throughout, so the side the neighbours use decides first: "19,99 zł29,99 zł"
 * (the right number has its own sign after it, the left none before) gives the "zł" to the left number, and
 * "€19,99€29,99" gives the middle "€" to the right. Otherwise the side the marker touches wins, and failing that
 * the left number, when the right one has a trailing marker of its own ("200 € 150 €").
 */
export function assignBetween(nums: Span[], pre: (Span | undefined)[], suf: (Span | undefined)[]): void {
  for (let i = 0; i + 1 < nums.length; i++) {
    const m = suf[i];
    if (!m || m !== pre[i + 1]) continue;
    const left = m.s - nums[i]!.e === 0;
    const right = nums[i + 1]!.s - m.e === 0;
    const trailing = !!suf[i + 1] && !pre[i];
    const leading = !!pre[i] && !suf[i + 1];
    const toLeft = trailing !== leading ? trailing : left !== right ? left : !!suf[i + 1];
    if (toLeft) pre[i + 1] = undefined;
    else suf[i] = undefined;
  }
}
