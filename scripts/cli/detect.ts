import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectMentions } from '../../lib/detect';
import { toPlainMention } from '../../lib/detect/validate';
import { CliError, parseArgs, readTextFile } from './args';

/** `magpie detect FILE.html [--url URL]`: the page's product mentions as a JSON array. */
export async function runDetect(args: string[]): Promise<void> {
  const { positional, flags } = parseArgs(args, ['url']);
  const file = positional[0];
  if (!file || positional.length > 1) throw new CliError('usage: magpie detect FILE.html [--url URL]');
  const url = flags.url ?? pathToFileURL(resolve(file)).href;
  try {
    new URL(url);
  } catch {
    throw new CliError(`--url is not a URL: ${url}`);
  }
  const html = await readTextFile(file);
  const { document } = parseHTML(html);
  const mentions = detectMentions(document as unknown as Document, url).map(toPlainMention);
  process.stdout.write(`${JSON.stringify(mentions, null, 2)}\n`);
}
