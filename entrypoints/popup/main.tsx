import { render } from 'preact';
import '@/components/styles/theme.css';
import '@/components/styles/controls.css';
import '@/components/styles/popup.css';
import '@/components/styles/wishlist.css';
import '@/components/styles/tracking.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
