import { registerBackground } from '@/lib/background';

export default defineBackground({
  // Firefox's event page loads as a module, so what only some events need comes in a chunk it
  // imports on first use (scripts/build/lazy-event-page.ts). Chromium's worker stays a classic
  // script: a service worker may not import() (lib/background/worker-modules.ts loads its parts).
  type: { firefox: 'module' },
  main() {
    registerBackground();
  },
});
