/**
 * Turns the readable sources into the generated modules. Pure (strings in, strings out)
 * so the up-to-date test can regenerate in memory. Build-time only.
 */
import { encodeBrands } from './encode-brands';
import { encodeRetailers, encodeSearch } from './encode-retailers';
import { encodeLexicon } from './encode-lexicon';
import { parseBrandSource, parseRetailerSource, type SourceFile } from './parse-sources';

export type { SourceFile } from './parse-sources';

export interface CompiledGazetteer {
  /** lib/gazetteer/generated/content-data.ts */
  content: string;
  /** lib/gazetteer/generated/search-data.ts */
  search: string;
  brandCount: number;
  retailerCount: number;
}

const HEADER = (sources: string) =>
  `// GENERATED FILE — do not edit. Built by scripts/build-gazetteer.ts from ${sources}.\n` +
  `// Edit the sources, then run \`npm run gazetteer\`.\n`;

/** Compiles brand and retailer sources into the two generated modules. */
export function compileGazetteer(
  brandFiles: SourceFile[],
  retailerFile: SourceFile,
  lexiconFiles: SourceFile[] = [],
): CompiledGazetteer {
  const brands = brandFiles.flatMap((f) => parseBrandSource(f.text, f.path));
  const retailers = parseRetailerSource(retailerFile.text, retailerFile.path);
  const content =
    HEADER('lib/gazetteer/data/brands-*.txt and retailers.txt') +
    `\n/** Brands, one per line: "Name|Alias"; a leading "!" marks a name that is also a common word. */\n` +
    `export const BRAND_DATA = ${JSON.stringify(encodeBrands(brands))};\n` +
    `\n/** Retailers, one per line: "Name|Alias@domain,.suffix" (".suffix": the label before; "!": own label). */\n` +
    `export const RETAILER_DATA = ${JSON.stringify(encodeRetailers(retailers))};\n` +
    `\n/** Detection words by language, one per line: "section|lang|entry" (see data/lexicon/README.md). */\n` +
    `export const LEXICON_DATA = ${JSON.stringify(encodeLexicon(lexiconFiles))};\n`;
  const search =
    HEADER('lib/gazetteer/data/retailers.txt') +
    `\nimport type { RetailerSearchInfo } from '../types';\n` +
    `\n/** Platform and server-rendered search URL ({q} = query), by retailer display name. */\n` +
    `export const RETAILER_SEARCH: Readonly<Record<string, RetailerSearchInfo>> = {\n` +
    `${encodeSearch(retailers)}\n};\n`;
  return { content, search, brandCount: brands.length, retailerCount: retailers.length };
}
