/** "Save all" saved some products and failed on others; the message says how many of each. */
export class PartialSaveError extends Error {
  override name = 'PartialSaveError';
  constructor(
    readonly saved: number,
    readonly failed: number,
    firstProblem: string,
  ) {
    super(
      `saved ${saved} of ${saved + failed}; ${failed === 1 ? '1 could' : `${failed} could`} not be saved` +
        (firstProblem ? ` (${firstProblem})` : ''),
    );
  }
}
