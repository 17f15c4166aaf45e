import { siteListed, type Settings } from '../settings';

/** Why Magpie reads nothing on a page of `hostname`: switched off everywhere, for that site, or not at all (null). */
export type DetectionOff = 'everywhere' | 'site' | null;

export function detectionOffFor(s: Settings, hostname: string | null): DetectionOff {
  if (!s.detection) return 'everywhere';
  return hostname && siteListed(s.detectionOffSites, hostname) ? 'site' : null;
}

/** The settings with detection on, and on for `hostname` (every listed site covering it removed). */
export function withDetectionOn(s: Settings, hostname: string | null): Settings {
  return {
    ...s,
    detection: true,
    detectionOffSites: hostname
      ? s.detectionOffSites.filter((site) => !siteListed([site], hostname))
      : s.detectionOffSites,
  };
}

/** The host name of a page URL, or null. */
export function hostOf(url: string | undefined | null): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}
