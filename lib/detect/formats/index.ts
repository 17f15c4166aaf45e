import type { Format } from '../context';
import { brandThenLine } from './brand-then-line';
import { caption } from './caption';
import { card } from './card';
import { heading } from './heading';
import { linkedProse } from './linked-prose';
import { nameThenPrice } from './name-then-price';
import { productPage } from './product-page';
import { table } from './table';

/**
 * Format readers kept as candidate generators beside ./anchors (slideshow, inline and shop-the-look were
 * retired: the anchor generators cover them, and leave-one-site-out CV did not drop without them).
 */
export const PRODUCT_PAGE: Format = productPage;
export const FORMATS: readonly Format[] = [table, card, brandThenLine, heading, nameThenPrice, caption, linkedProse];
