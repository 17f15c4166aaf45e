import { render } from 'preact';
import '@/components/styles/theme.css';
import '@/components/styles/controls.css';
import '@/components/styles/wishlist.css';
import '@/components/styles/tracking.css';
import { createBrowserApi } from '@/lib/api';
import { WishlistPage } from '@/components/WishlistPage';

render(<WishlistPage api={createBrowserApi()} />, document.getElementById('app')!);
