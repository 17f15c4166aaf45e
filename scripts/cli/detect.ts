import { CliError } from './args';

/** `magpie detect`: not built yet. */
export async function runDetect(_args: string[]): Promise<void> {
  throw new CliError('detect is not implemented yet');
}
