// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lazyEventPage } from '@/scripts/build/lazy-event-page';

type Resolve = (source: string, importer?: string) => Promise<{ id: string } | null>;
type Hook = (this: { resolve: Resolve }, source: string, importer?: string, options?: object) => Promise<string | null>;

describe('lazyEventPage (the Firefox event page’s chunks)', () => {
  const plugin = lazyEventPage('/repo');
  const ctx = { resolve: async (source: string) => ({ id: source.replace(/^\.\//, '/repo/lib/background/') + '.ts' }) };
  const resolveId = (source: string, importer?: string) => (plugin.resolveId as Hook).call(ctx, source, importer, {});

  it('stands in for the detector wherever it is imported, with a stub that imports it on first call', async () => {
    const id = await resolveId('./find-in-snapshot', '/repo/lib/background/find-mentions.ts');
    expect(id).toMatch(/find-in-snapshot\.ts$/);
    const stub = (plugin.load as (id: string) => string)(id!);
    expect(stub).toBe(
      'export async function findInSnapshot(...args) { ' +
        'return (await import("/repo/lib/background/find-in-snapshot.ts")).findInSnapshot(...args); }',
    );
  });

  it('lets the stub’s own import and every other module through', async () => {
    const id = await resolveId('./find-in-snapshot', '/repo/lib/background/find-mentions.ts');
    expect(await resolveId('/repo/lib/background/find-in-snapshot.ts', id!)).toBeNull();
    expect(await resolveId('./find-mentions', '/repo/lib/background/index.ts')).toBeNull();
    expect(await resolveId('linkedom', '/repo/lib/background/find-in-snapshot.ts')).toBeNull();
  });
});
