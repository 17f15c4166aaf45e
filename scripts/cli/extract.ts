import { CliError } from './args';

/** `magpie extract`: not built yet. */
export async function runExtract(_args: string[]): Promise<void> {
  throw new CliError('extract is not implemented yet');
}
