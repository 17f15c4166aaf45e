export type { Price } from './types';
export { isPrice } from './validate';
