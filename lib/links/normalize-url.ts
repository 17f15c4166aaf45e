import { parseHttpUrl } from './parse-url';

/** Query parameters that identify a click or campaign, never the thing being sold. */
const TRACKING = new Set([
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'fbclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'epik',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ranmid',
  'raneaid',
  'ransiteid',
  'siteid',
  'clickref',
  'irclickid',
  'irgwc',
  'cjevent',
  'cjdata',
  'sscid',
  'awc',
  'zanpid',
  'wickedid',
  's_kwcid',
  'ef_id',
  'sv1',
  'sv_campaign_id',
  'rfsn',
  'cmpid',
  'trk',
  'spm',
  'xcust',
  'sr_share',
  'si',
  'srsltid',
  'share_id',
  'affid',
  'aff_id',
  'affiliate_id',
  'clickid',
  'click_id',
  'partnerid',
  'pubref',
  'camref',
  'sref',
  'ito',
  'ik_id',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  '__s',
  'ss_source',
  'ss_campaign_id',
]);
const TRACKING_PREFIXES = ['utm_', '_branch', 'pk_', 'mtm_', 'hsa_', 'ga_', 'ir_', 'cm_mmc', 'trk_'];
// Amazon's associate and navigation parameters; elsewhere "tag" can mean a product tag.
const AMAZON_TRACKING = new Set([
  'tag',
  'linkcode',
  'linkid',
  'ascsubtag',
  'creative',
  'creativeasin',
  'camp',
  'ref',
  'ref_',
  'psc',
  'th',
  'content-id',
  'pd_rd_i',
  'pd_rd_r',
  'pd_rd_w',
  'pd_rd_wg',
  'pf_rd_p',
  'pf_rd_r',
  'qid',
  'sr',
  'keywords',
  'crid',
  'sprefix',
  'dib',
  'dib_tag',
]);

function isTracking(key: string, amazon: boolean): boolean {
  const k = key.toLowerCase();
  return TRACKING.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p)) || (amazon && AMAZON_TRACKING.has(k));
}

/**
 * A canonical form of a link for de-duplication and caching: lower-case host without a
 * trailing dot, no default port, no fragment, no click-tracking parameters (utm_*, gclid,
 * fbclid, ranMID, irclickid…), remaining parameters sorted. Product parameters such as
 * color, size and variant stay. Null for anything that is not an http(s) URL.
 */
export function normalizeUrl(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  parsed.hash = '';
  parsed.hostname = parsed.hostname.replace(/\.$/, '');
  parsed.username = '';
  parsed.password = '';
  const amazon = /(^|\.)amazon\.[a-z.]+$/.test(parsed.hostname);
  const kept = [...parsed.searchParams].filter(([key]) => !isTracking(key, amazon));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}
