import { SourceMap } from 'node:module';
import { join } from 'node:path';

/** One message of addons-linter (`web-ext lint`); line and column are 1-based. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface AttributedWarning {
  message: LintMessage;
  /** The source file the flagged code was bundled from, or null when it cannot be traced. */
  source: string | null;
}

/**
 * The npm package a source path lies in (`…/node_modules/@scope/name/…` → `@scope/name`), or
 * null for Magpie's own files. The last node_modules wins, as for nested dependencies.
 */
export function packageOf(source: string): string | null {
  const parts = source.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  const name = at < 0 ? undefined : parts[at + 1];
  if (!name) return null;
  if (!name.startsWith('@')) return name;
  const scoped = parts[at + 2];
  return scoped ? `${name}/${scoped}` : null;
}

/**
 * Traces each warning to a source file through the build's source maps, kept in `mapsDir` under
 * the same relative paths as the scripts (`background.js` → `background.js.map`). A warning stays
 * unattributed (source null) when it names no script position or no map covers the position.
 */
export async function attributeWarnings(
  warnings: readonly LintMessage[],
  mapsDir: string,
  read: (path: string) => Promise<string>,
): Promise<AttributedWarning[]> {
  const maps = new Map<string, SourceMap | null>();
  async function mapFor(file: string): Promise<SourceMap | null> {
    if (!maps.has(file)) {
      const payload = await read(join(mapsDir, `${file}.map`)).then(
        (text) => JSON.parse(text) as ConstructorParameters<typeof SourceMap>[0],
        () => null,
      );
      maps.set(file, payload ? new SourceMap(payload) : null);
    }
    return maps.get(file) ?? null;
  }

  const out: AttributedWarning[] = [];
  for (const message of warnings) {
    const { file, line, column } = message;
    let source: string | null = null;
    if (file && /\.m?js$/.test(file) && line && column) {
      const entry = (await mapFor(file))?.findEntry(line - 1, column - 1);
      // findEntry answers {} when no mapping covers the position.
      if (entry && 'originalSource' in entry && typeof entry.originalSource === 'string') source = entry.originalSource;
    }
    out.push({ message, source });
  }
  return out;
}
