import { REASONS } from '../lib/protocol/reasons';

/**
 * One short, plain sentence per kind of failed price check, for the popup's cards. The resolver's
 * reasons stay precise (status codes, limits) and go in the card's tooltip; the reader sees words
 * that say what it means for them.
 */
const EXACT: ReadonlyArray<[string, string]> = [
  [REASONS.unsafeUrl, 'Magpie doesn’t open this link'],
  [REASONS.redirectUnsafe, 'Magpie doesn’t open this link'],
  [REASONS.notFoundPage, 'The shop no longer lists this product'],
  [REASONS.blocked, 'The shop doesn’t allow price checks'],
  [REASONS.rateLimited, 'The shop is busy — try again later'],
  [REASONS.notAPage, 'The link isn’t a shop page'],
  [REASONS.network, 'Couldn’t reach the shop'],
  [REASONS.home, 'The link now goes to the shop’s home page'],
  [REASONS.elsewhere, 'The link now goes to another page'],
  [REASONS.otherProduct, 'The shop page shows another product'],
  [REASONS.noProduct, 'The shop page shows no price'],
  [REASONS.stopped, 'The check was stopped'],
  [REASONS.failed, 'The check didn’t work'],
  [REASONS.tooMuchData, 'Too many products on this page to keep every price — open the product to see it'],
  [REASONS.budgetSpent, 'Price checks paused for this page — they resume within the hour'],
];

/** The fixed start of a reason made by `make`: its text before the number. */
const prefixOf = (make: (n: number) => string): string => {
  const t = make(7_000_000);
  const digit = t.search(/\d/);
  return digit > 0 ? t.slice(0, digit) : '';
};

const PREFIXED: ReadonlyArray<[string, string]> = [
  [prefixOf(REASONS.timeout), 'The shop didn’t answer'],
  [prefixOf(REASONS.notFound), 'The shop no longer lists this product'],
  [prefixOf(REASONS.serverError), 'The shop’s site has a problem'],
  [prefixOf(REASONS.httpError), 'The shop’s site has a problem'],
  [prefixOf(REASONS.tooLarge), 'The shop page is too large to check'],
];

/** Whether a state's reason means only that live price checks are off (nothing went wrong). */
export function isLivePricesOff(reason: string): boolean {
  return reason === REASONS.noPermission;
}

/** The plain words for a failed check's reason; an unknown reason is shown as it is. */
export function plainReason(reason: string): string {
  for (const [r, words] of EXACT) if (r === reason) return words;
  for (const [p, words] of PREFIXED) if (p && reason.startsWith(p)) return words;
  return reason;
}
