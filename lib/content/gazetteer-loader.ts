import { hasGazetteerData, installGazetteerData, isGazetteerData } from '../gazetteer';

let loading: Promise<void> | null = null;

/**
 * Makes sure the gazetteer has data, fetching it once per page with `fetchData` (a message to the
 * background). A failed fetch is forgotten so a later detection run can try again.
 */
export function ensureGazetteer(fetchData: () => Promise<unknown>): Promise<void> {
  if (hasGazetteerData()) return Promise.resolve();
  loading ??= fetchData()
    .then((data) => {
      if (!isGazetteerData(data)) throw new Error('the background sent malformed gazetteer data');
      installGazetteerData(data);
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
