import { extractListing } from '@/lib/listing';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { provideWorkerModule } from '@/lib/background/worker-modules';

// The listing reader, loaded by Chromium's worker the first time it reads a shop page. Its
// gazetteer reads the data script's copy on first lookup.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    installBundledGazetteer();
    provideWorkerModule('listing', { extractListing });
  },
});
