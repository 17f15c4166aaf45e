import { brandForLabel } from './brands';
import { dataGeneration, gazetteerData } from './data-source';
import { nameKey } from './normalize';
import { buildRetailerIndex, type RetailerIndex } from './retailer-data';
import { cleanHost, publicSuffix, registrableDomain } from './public-suffix';
import type { Retailer } from './types';

const MAX_NAME_LENGTH = 200;
let index: RetailerIndex | null = null;
let indexGeneration = -1;

function getIndex(): RetailerIndex {
  if (!index || indexGeneration !== dataGeneration()) {
    index = buildRetailerIndex(gazetteerData().retailers);
    indexGeneration = dataGeneration();
  }
  return index;
}

/**
 * The shop whose hostname this is: "www.net-a-porter.com", "shop.mango.com", "asos.de",
 * "amazon.co.uk". Subdomains match their parent; "label.*" entries match any country suffix;
 * failing those, a domain spelling an unambiguous brand's name is that brand's own shop.
 */
export function retailerForHost(hostname: string): Retailer | null {
  const host = cleanHost(hostname);
  if (!host) return null;
  const registrable = registrableDomain(host);
  if (!registrable) return null;
  const { byDomain, byLabel } = getIndex();
  // Walk up from the full host so a listed subdomain wins over its parent.
  for (let h = host; h.length >= registrable.length; h = h.slice(h.indexOf('.') + 1)) {
    const found = byDomain.get(h);
    if (found) return found;
    if (h === registrable) break;
  }
  const label = registrable.slice(0, registrable.length - publicSuffix(host).length - 1);
  const wildcard = byLabel.get(label);
  if (wildcard) return wildcard;
  // A label's own web shop: "acnestudios.com", "sandro-paris.com".
  const brand = brandForLabel(label);
  return brand ? Object.freeze({ name: brand.name, domains: Object.freeze([registrable]) }) : null;
}

/**
 * The shop named `text` — display name or alias, ignoring case, accents and punctuation
 * ("NET-A-PORTER", "net a porter", "Need Supply Co."). A bare domain ("ssense.com") also works.
 */
export function lookupRetailer(text: string): Retailer | null {
  if (typeof text !== 'string' || text.length > MAX_NAME_LENGTH) return null;
  const byName = getIndex().byKey.get(nameKey(text));
  if (byName) return byName;
  const trimmed = text.trim();
  return /^[\w.-]+\.[a-z]{2,}$/i.test(trimmed) ? retailerForHost(trimmed) : null;
}

/** Every retailer (for tests and tooling). */
export function allRetailers(): readonly Retailer[] {
  return getIndex().all;
}
