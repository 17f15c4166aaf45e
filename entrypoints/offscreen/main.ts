import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { serveOffscreen } from '@/lib/page-work/offscreen-server';

// Chromium's offscreen document: the worker's HTML parsing, detection and listing reading (lib/page-work). It lives
// on when the worker stops, so its code is loaded and warmed once, not at every wake-up.
installBundledGazetteer();
serveOffscreen();
