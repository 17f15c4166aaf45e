import { extractListing } from '../../lib/listing';
import { CliError, parseArgs, readTextFile } from './args';

const USAGE = 'usage: magpie extract FILE.html --url URL';

/** `magpie extract FILE.html --url URL`: the product listing the page holds, as JSON. */
export async function runExtract(args: string[]): Promise<void> {
  const { positional, flags } = parseArgs(args, ['url']);
  const [file, ...extra] = positional;
  if (!file) throw new CliError(USAGE);
  if (extra.length) throw new CliError(`unexpected argument ${extra[0]}; ${USAGE}`);
  const url = flags.url;
  if (!url) throw new CliError('extract needs --url (the address the page was saved from)');
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
    throw new CliError(`--url must be an absolute http(s) URL, got ${url}`);
  const html = await readTextFile(file);
  process.stdout.write(JSON.stringify(extractListing(html, url), null, 2) + '\n');
}
