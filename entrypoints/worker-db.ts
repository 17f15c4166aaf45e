import { WORKER_DB_EXPORTS } from '@/lib/db/worker-exports';
import { provideWorkerModule } from '@/lib/background/worker-modules';

// The wishlist's database (Dexie and its schema), loaded by Chromium's worker the first time a
// message reads or writes saved items or the listing cache.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    provideWorkerModule('db', WORKER_DB_EXPORTS);
  },
});
