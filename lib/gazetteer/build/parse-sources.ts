/**
 * Parsers for the readable gazetteer sources in lib/gazetteer/data/. Build-time only:
 * nothing in the extension imports this file.
 *
 * Brand line:     Name | Alias | Alias!            (a trailing "!" marks that one name ambiguous)
 *                 Name | Alias !ambiguous          (every name on the line is ambiguous)
 * Retailer line:  Name | Alias @ domain domain.* ; shopify ; search https://…{q}… ; own-label
 * Lines starting with "#" and blank lines are ignored.
 */

/** One readable source file. */
export interface SourceFile {
  /** Path relative to the repo root, used in error messages. */
  path: string;
  text: string;
}

export interface SourceName {
  text: string;
  ambiguous: boolean;
}

export interface BrandRecord {
  names: SourceName[];
  source: string;
}

export interface RetailerRecord {
  names: string[];
  /** Registrable domains; "label.*" stands for the label under any public suffix. */
  domains: string[];
  platform?: string;
  searchUrl?: string;
  /** A chain that sells only goods under its own name (H&M, Zara, C&A), never other makers'. */
  ownLabel?: boolean;
  source: string;
}

export class SourceError extends Error {}

const AMBIGUOUS_FLAG = /\s+!ambiguous\s*$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|\*)$/;

function contentLines(text: string, file: string): Array<{ line: string; where: string }> {
  const out: Array<{ line: string; where: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) out.push({ line, where: `${file}:${i + 1}` });
  });
  return out;
}

function splitNames(part: string, where: string): string[] {
  const names = part.split('|').map((n) => n.trim());
  if (names.some((n) => n === '')) throw new SourceError(`${where}: empty name in "${part}"`);
  return names;
}

/** Parses one brand source file. */
export function parseBrandSource(text: string, file: string): BrandRecord[] {
  return contentLines(text, file).map(({ line, where }) => {
    const all = AMBIGUOUS_FLAG.test(line);
    const names = splitNames(line.replace(AMBIGUOUS_FLAG, ''), where).map((n) => {
      const one = n.endsWith('!');
      const name = one ? n.slice(0, -1).trim() : n;
      if (name === '' || name.includes('!')) throw new SourceError(`${where}: bad name "${n}"`);
      return { text: name, ambiguous: all || one };
    });
    return { names, source: where };
  });
}

/** Parses the retailer source file. */
export function parseRetailerSource(text: string, file: string): RetailerRecord[] {
  return contentLines(text, file).map(({ line, where }) => {
    const [head = '', ...options] = line.split(/\s+;\s+/);
    const at = head.indexOf(' @ ');
    if (at < 0) throw new SourceError(`${where}: missing " @ domains"`);
    const names = splitNames(head.slice(0, at), where);
    const domains = head
      .slice(at + 3)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (domains.length === 0) throw new SourceError(`${where}: no domains`);
    for (const d of domains) {
      if (!DOMAIN.test(d)) throw new SourceError(`${where}: bad domain "${d}"`);
    }
    const record: RetailerRecord = { names, domains, source: where };
    for (const option of options) {
      const [key = '', value] = option.trim().split(/\s+/, 2);
      if (key === 'shopify' && value === undefined) record.platform = 'shopify';
      else if (key === 'own-label' && value === undefined) record.ownLabel = true;
      else if (key === 'platform' && value) record.platform = value;
      else if (key === 'search' && value) {
        if (!/^https:\/\/[^\s]+\{q\}/.test(value)) throw new SourceError(`${where}: bad search URL "${value}"`);
        record.searchUrl = value;
      } else throw new SourceError(`${where}: unknown option "${option}"`);
    }
    return record;
  });
}
