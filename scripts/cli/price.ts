import { CliError } from './args';

/** `magpie price`: not built yet. */
export async function runPrice(_args: string[]): Promise<void> {
  throw new CliError('price is not implemented yet');
}
