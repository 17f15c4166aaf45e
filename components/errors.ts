/**
 * A message fit to show for a failure: the error's own message (our layers write them for people), else a generic one.
 */
export function messageOf(err: unknown): string {
  if (err instanceof Error && err.message) return err.message.slice(0, 300);
  if (typeof err === 'string' && err) return err.slice(0, 300);
  return 'Something went wrong.';
}
