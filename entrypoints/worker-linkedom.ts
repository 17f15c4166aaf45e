import { parseHTML } from 'linkedom';
import { provideWorkerModule } from '@/lib/background/worker-modules';

// The HTML parser, loaded by Chromium's worker the first time a page or a shop's HTML is read.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    provideWorkerModule('linkedom', { parseHTML });
  },
});
