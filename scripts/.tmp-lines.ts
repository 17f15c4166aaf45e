import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { installBundledGazetteer } from '../lib/gazetteer/bundled';
import { collectLines } from '../lib/detect/lines';
import { offer } from '../lib/detect/group';
import { clusters } from '../lib/detect/clusters';
installBundledGazetteer();
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const lines: any[] = [];
const g = collectLines(document as any, lines); while (!g.next().done);
const ctx: any = { root: document, doc: document, pageUrl: 'https://x.co.uk/', host: 'x.co.uk', currency: process.argv[3] ?? 'GBP', lines };
for (const l of lines) { clusters(ctx, l); console.log(l.i, JSON.stringify(l.text), l.el.tagName, l.h, JSON.stringify(l.pc?.map((c: any) => c.price)), offer(ctx, l) ? 'OFFER' : ''); }
