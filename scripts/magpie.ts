/**
 * The developer CLI over Magpie's own lib/ code.
 *   magpie detect FILE.html [--url URL]    mentions as a JSON array
 *   magpie price                           one price string per stdin line → one JSON object per line
 *   magpie extract FILE.html --url URL     the product listing as JSON
 */
import { runDetect } from './cli/detect';
import { runPrice } from './cli/price';
import { runExtract } from './cli/extract';
import { CliError } from './cli/args';
import { installBundledGazetteer } from '../lib/gazetteer/bundled';

// Node reads the gazetteer data built into lib/; only the content script loads it by message.
installBundledGazetteer();

const commands: Record<string, (args: string[]) => Promise<void>> = {
  detect: runDetect,
  price: runPrice,
  extract: runExtract,
};

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    throw new CliError(`usage: magpie <${Object.keys(commands).join('|')}> [args]`);
  }
  await command(rest);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`magpie: ${message}\n`);
  process.exitCode = err instanceof CliError ? 2 : 1;
});
