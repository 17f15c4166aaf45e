import { toDestination } from './destination';
import { hostIs, queryParam } from './parse-url';

/** An affiliate or redirect service whose links carry their destination inside them. */
export interface AffiliateNetwork {
  name: string;
  matches(url: URL): boolean;
  /** The embedded destination, or null when the link only names it by id. */
  destination(url: URL): string | null;
}

const onHost =
  (...domains: string[]) =>
  (url: URL): boolean =>
    domains.some((d) => hostIs(url.hostname, d));

const fromParam =
  (...names: string[]) =>
  (url: URL): string | null =>
    toDestination(queryParam(url, ...names));

/** Everything after the host, still encoded as written. */
const tail = (url: URL): string => url.pathname + url.search;

const CJ_DOMAINS = [
  'anrdoezrs.net',
  'jdoqocy.com',
  'kqzyfj.com',
  'tkqlhce.com',
  'dpbolvw.net',
  'emjcd.com',
  'qksrv.net',
  'ftjcfx.com',
  'lduhtrp.net',
  'tqlkg.com',
  'awltovhc.com',
  'yceml.net',
  'afcyhf.com',
  'apmebf.com',
];
const PEPPERJAM_DOMAINS = ['pntra.com', 'pntrs.com', 'pntrac.com', 'gopjn.com', 'pjtra.com', 'pjatr.com'];
const IMPACT_DOMAINS = ['sjv.io', 'pxf.io', 'evyy.net', '7eer.net', 'ojrq.net'];
const IMPACT_PATH = /^\/c\/\d+\/\d+\/\d+/;

/**
 * Known wrappers, most common first. Built at the first lookup rather than when the module loads: the content script
 * carries this table for the pre-check, which reads it only for links to other sites, and every page would otherwise
 * pay for its closures before the pre-check ran.
 */
const makeNetworks = (): readonly AffiliateNetwork[] => [
  { name: 'Skimlinks', matches: onHost('skimresources.com', 'redirectingat.com'), destination: fromParam('url') },
  { name: 'Rakuten', matches: onHost('linksynergy.com'), destination: fromParam('murl', 'RD_PARM1') },
  { name: 'Sovrn', matches: onHost('viglink.com'), destination: fromParam('u', 'out') },
  {
    name: 'Awin',
    matches: onHost('awin1.com', 'zenaps.com'),
    destination: (url) => toDestination(queryParam(url, 'ued')) ?? toDestination(queryParam(url, 'p')),
  },
  {
    name: 'Partnerize',
    matches: onHost('prf.hn'),
    destination: (url) => {
      const m = /\/destination:(.+)$/.exec(tail(url));
      return m ? toDestination(m[1]!) : null;
    },
  },
  { name: 'ShareASale', matches: onHost('shareasale.com'), destination: fromParam('urllink') },
  {
    name: 'CJ',
    matches: onHost(...CJ_DOMAINS),
    destination: (url) => {
      const m = /\/type\/dlg\/(?:sid\/[^/]+\/)?(.+)$/.exec(tail(url));
      return (m ? toDestination(m[1]!) : null) ?? toDestination(queryParam(url, 'url'));
    },
  },
  { name: 'Pepperjam', matches: onHost(...PEPPERJAM_DOMAINS), destination: fromParam('url') },
  {
    name: 'ShopStyle',
    matches: (url) => hostIs(url.hostname, 'shopstyle.com') && url.pathname.startsWith('/action/'),
    destination: fromParam('url'),
  },
  {
    // Impact links look the same on its own domains and on brands' vanity hosts (goto.target.com).
    name: 'Impact',
    matches: (url) =>
      onHost(...IMPACT_DOMAINS)(url) || (IMPACT_PATH.test(url.pathname) && queryParam(url, 'u') !== null),
    destination: fromParam('u'),
  },
  { name: 'Commission Factory', matches: onHost('cfjump.com'), destination: fromParam('url') },
  { name: 'FlexOffers', matches: onHost('flexlinkspro.com', 'flexlinks.com'), destination: fromParam('url') },
  { name: 'AvantLink', matches: onHost('avantlink.com'), destination: fromParam('url') },
  { name: 'Webgains', matches: onHost('webgains.com'), destination: fromParam('wgtarget') },
  {
    name: 'Tradedoubler',
    matches: onHost('tradedoubler.com'),
    destination: (url) => {
      const m = /url\((.+)\)$/.exec(tail(url));
      return (m ? toDestination(m[1]!) : null) ?? toDestination(queryParam(url, 'url'));
    },
  },
  { name: 'Admitad', matches: onHost('admitad.com'), destination: fromParam('ulp') },
  { name: 'Effiliation', matches: onHost('effiliation.com'), destination: fromParam('url') },
  { name: 'NetAffiliation', matches: onHost('metaffiliation.com'), destination: fromParam('redir') },
  { name: 'eBay Partner Network', matches: onHost('rover.ebay.com'), destination: fromParam('mpre') },
  {
    name: 'Amazon redirect',
    matches: (url) => /(^|\.)amazon\.[a-z.]+$/.test(url.hostname) && url.pathname === '/gp/redirect.html',
    destination: (url) => toDestination(queryParam(url, 'location'), url),
  },
  {
    name: 'Google redirect',
    matches: (url) => /^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url',
    destination: (url) => toDestination(queryParam(url, 'q')) ?? toDestination(queryParam(url, 'url')),
  },
  {
    name: 'Facebook redirect',
    matches: (url) => /^(l|lm)\.facebook\.com$/.test(url.hostname) || url.hostname === 'l.instagram.com',
    destination: fromParam('u'),
  },
  { name: 'Tumblr redirect', matches: onHost('t.umblr.com'), destination: fromParam('z') },
];

let networks: readonly AffiliateNetwork[] | undefined;

/** The wrapper a URL belongs to, if any. */
export function networkFor(url: URL): AffiliateNetwork | null {
  return (networks ??= makeNetworks()).find((n) => n.matches(url)) ?? null;
}
