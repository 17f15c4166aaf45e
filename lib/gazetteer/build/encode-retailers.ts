/** Build-time encoding of the retailer records: the content string and the search table rows. */
import { nameKey } from '../normalize';
import { nameLabels } from '../retailer-data';
import { claimKeys, sortByKey } from './claim-keys';
import { SourceError, type RetailerRecord } from './parse-sources';

/**
 * "asos.com,.de,.co.uk": a domain starting with "." reuses the label before it; "~" and "^"
 * stand for the shop's name written as one word or hyphenated ("~.com" for SSENSE).
 */
function encodeDomains(name: string, domains: string[]): string {
  const [joined, hyphened] = nameLabels(name);
  let label = '';
  return domains
    .map((d) => {
      const dot = d.indexOf('.');
      const head = d.slice(0, dot);
      const rest = d.slice(dot);
      if (head === label) return rest;
      label = head;
      if (head === joined) return `~${rest}`;
      if (head === hyphened) return `^${rest}`;
      return d;
    })
    .join(',');
}

export function encodeRetailers(records: RetailerRecord[]): string {
  const kept = claimKeys(records, (r) => r.names.map((text) => ({ text, ambiguous: false })), 'retailer');
  const seen = new Map<string, string>();
  for (const r of records) {
    for (const d of r.domains) {
      const other = seen.get(d);
      if (other) throw new SourceError(`${r.source}: domain ${d} already belongs to ${other}`);
      seen.set(d, r.source);
    }
  }
  const lines = records.map((r) => {
    const names = (kept.get(r) ?? []).map((n) => n.text).join('|');
    return `${names}@${encodeDomains(r.names[0]!, r.domains)}${r.ownLabel ? '!' : ''}`;
  });
  return sortByKey(lines, (l) => nameKey(l.split(/[|@]/)[0]!)).join('\n');
}

export function encodeSearch(records: RetailerRecord[]): string {
  const rows = sortByKey(
    records.filter((r) => r.platform || r.searchUrl),
    (r) => nameKey(r.names[0]!),
  ).map((r) => {
    const info: { platform?: string; searchUrl?: string } = {};
    if (r.platform) info.platform = r.platform;
    if (r.searchUrl) info.searchUrl = r.searchUrl;
    return `  ${JSON.stringify(r.names[0])}: ${JSON.stringify(info)},`;
  });
  return rows.join('\n');
}
