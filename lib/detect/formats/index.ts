import type { Format } from '../context';
import { brandThenLine } from './brand-then-line';
import { caption } from './caption';
import { card } from './card';
import { heading } from './heading';
import { inline } from './inline';
import { linkedProse } from './linked-prose';
import { nameThenPrice } from './name-then-price';
import { productPage } from './product-page';
import { shopTheLook } from './shop-the-look';
import { slideshow } from './slideshow';
import { table } from './table';

/** Every article format, after the product-page reader; the pipeline runs them all and lets evidence decide. */
export const PRODUCT_PAGE: Format = productPage;
export const FORMATS: readonly Format[] = [table, card, slideshow, brandThenLine, heading, nameThenPrice, caption, inline, linkedProse, shopTheLook];
