import { bundledGazetteerData } from '@/lib/gazetteer/bundled-data';
import { provideWorkerModule } from '@/lib/background/worker-modules';

// The gazetteer's data, loaded by Chromium's worker on its first brand or shop lookup.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    provideWorkerModule('gazetteer-data', { bundledGazetteerData });
  },
});
