import { createPageWork } from '@/lib/content/page-work';
import { startPageWork } from '@/lib/content/page-start';
import { providePageWork } from '@/lib/content/stage';

// The content script's second part, imported by its first once a page passed the pre-check (lib/content/stage.ts).
// Firefox's content script carries it itself.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    providePageWork({ createPageWork, startPageWork });
  },
});
