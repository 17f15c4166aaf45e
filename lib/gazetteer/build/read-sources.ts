/** Reads the gazetteer sources from disk (Node only; build script and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from './compile';

export const DATA_DIR = 'lib/gazetteer/data';
export const CONTENT_OUT = 'lib/gazetteer/generated/content-data.ts';
export const SEARCH_OUT = 'lib/gazetteer/generated/search-data.ts';

function read(root: string, path: string): SourceFile {
  return { path: relative(root, path), text: readFileSync(path, 'utf8') };
}

/**
 * The brand files (data/brands-*.txt, sorted), the retailer file and the lexicon files (data/lexicon/LANG.txt) under
 * `root`.
 */
export function readSources(root: string): { brands: SourceFile[]; retailers: SourceFile; lexicon: SourceFile[] } {
  const dir = join(root, DATA_DIR);
  const brands = readdirSync(dir)
    .filter((f) => /^brands-[a-z0-9-]+\.txt$/.test(f))
    .sort()
    .map((f) => read(root, join(dir, f)));
  const lex = join(dir, 'lexicon');
  const lexicon = readdirSync(lex)
    .filter((f) => /^[a-z]{2}\.txt$/.test(f))
    .sort()
    .map((f) => read(root, join(lex, f)));
  return { brands, retailers: read(root, join(dir, 'retailers.txt')), lexicon };
}
