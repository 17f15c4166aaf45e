import { render } from 'preact';
import '@/components/styles/theme.css';
import '@/components/styles/controls.css';
import '@/components/styles/options.css';
import { createBrowserApi } from '@/lib/api';
import { browserSettingsStore } from '@/lib/settings';
import { Options } from '@/components/Options';

render(<Options api={createBrowserApi()} store={browserSettingsStore} />, document.getElementById('app')!);
