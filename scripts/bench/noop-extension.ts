import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a do-nothing MV3 extension into `dir`: one empty content script on every http(s) page,
 * so the benches can tell the browser's own cost of any content script from Magpie's.
 */
export async function writeNoopExtension(dir: string): Promise<void> {
  const manifest = {
    manifest_version: 3,
    name: 'Do nothing',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['noop.js'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'noop.js'), '// intentionally empty: the cost of having any content script\n');
}
