import type { FetchFailure } from './fetch/fetch-types';
import { REASONS } from '../protocol/reasons';

/** A reader's reason for a failed fetch. */
export function reasonForFailure(f: FetchFailure): string {
  switch (f.kind) {
    case 'blocked-url':
      return REASONS.unsafeUrl;
    case 'redirect-blocked':
      return REASONS.redirectUnsafe;
    case 'no-permission':
      return REASONS.noPermission;
    case 'timeout':
      return REASONS.timeout(f.ms);
    case 'too-large':
      return REASONS.tooLarge(f.maxBytes);
    case 'content-type':
      return REASONS.notAPage;
    case 'network':
      return REASONS.network;
    case 'aborted':
      return REASONS.stopped;
    case 'budget-spent':
      return REASONS.budgetSpent;
    case 'http':
      return reasonForStatus(f.status);
  }
}

function reasonForStatus(status: number): string {
  if (status === 404 || status === 410) return REASONS.notFound(status);
  if (status === 401 || status === 403) return REASONS.blocked;
  if (status === 429) return REASONS.rateLimited;
  if (status >= 500) return REASONS.serverError(status);
  return REASONS.httpError(status);
}

/** Failures that mean the product is no longer at the link, so a search of the shop may find it. */
export function isGoneFailure(f: FetchFailure): boolean {
  return f.kind === 'http' && (f.status === 404 || f.status === 410);
}
