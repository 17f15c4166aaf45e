import { beforeAll, describe, expect, it } from 'vitest';
import { detectMentionsChunked } from '@/lib/detect';
import { worthReading } from '@/lib/detect/precheck';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { happyDoc } from './helpers';

beforeAll(() => installBundledGazetteer());

// One credit line in a post without a heading credit or the blog's voice: too little for the pre-check alone.
const PAGE =
  '<!doctype html><html lang="en"><head><title>Tuesday</title></head><body><main><article>' +
  '<h1>Tuesday</h1><p>Grey skies over the harbour.</p><p>Coat: Barbour</p></article></main></body></html>';

describe('the pre-check can be skipped for a page that passed it in its tab', () => {
  it('reads the page anyway when told the pre-check already said yes', async () => {
    const doc = happyDoc(PAGE);
    expect(worthReading(doc)).toBe(false);
    expect(await detectMentionsChunked(doc, 'https://blog.example/tuesday')).toEqual([]);
    const found = await detectMentionsChunked(doc, 'https://blog.example/tuesday', { precheck: false });
    expect(found.map((m) => m.brand)).toContain('Barbour');
  });
});
