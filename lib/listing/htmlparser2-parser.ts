// linkedom's view of htmlparser2: the parser only (scripts/build/parser-only.ts points linkedom's import here).
export { Parser } from 'htmlparser2';
