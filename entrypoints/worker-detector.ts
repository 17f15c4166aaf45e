import { findInSnapshot } from '@/lib/background/find-in-snapshot';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { provideWorkerModule } from '@/lib/background/worker-modules';

// The detector, loaded by Chromium's worker on its first findMentions. Its gazetteer reads the
// data script's copy on first lookup.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    installBundledGazetteer();
    provideWorkerModule('detector', { findInSnapshot });
  },
});
