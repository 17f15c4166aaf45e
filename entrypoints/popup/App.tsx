import { useMemo } from 'preact/hooks';
import { createBrowserApi } from '@/lib/api';
import { Popup } from '@/components/Popup';

/** The toolbar popup, on the real extension API. */
export function App() {
  const api = useMemo(createBrowserApi, []);
  return <Popup api={api} />;
}
