/**
 * Magpie's benchmark: `npm run bench [-- section…]`. Each section times its cases side by side in
 * one process and prints ratios (to a baseline or to each other), which mean the same on any
 * machine; the absolute times are only for context. A report, not a gate: it exits 1 only when
 * something throws. Reads the repo's fixtures and generated pages, nothing else.
 */
import { cpus, loadavg } from 'node:os';
import { SECTIONS } from './bench/sections';

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !SECTIONS.some((s) => s.name === a));
  if (unknown.length) {
    console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
    process.exitCode = 1;
    return;
  }
  const chosen = asked.length ? SECTIONS.filter((s) => asked.includes(s.name)) : SECTIONS;
  const start = performance.now();
  console.log(
    `magpie bench · node ${process.version} · ${cpus().length} cores · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('times: CPU time of this process per call (user + system), median and p90 over interleaved rounds');
  console.log('compare the ratios, which hold on any machine; the times are for context');
  for (const s of chosen) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    console.log(`\n== ${s.title} ${'='.repeat(Math.max(0, 96 - s.title.length))}`);
    await s.run((...lines) => console.log(lines.length ? lines.join('\n') : ''));
    const used = process.cpuUsage(cpu);
    console.log(
      `  (${s.name}: ${((performance.now() - t) / 1000).toFixed(1)} s wall, ` +
        `${((used.user + used.system) / 1e6).toFixed(1)} s CPU)`,
    );
  }
  console.log(
    `\ndone in ${((performance.now() - start) / 1000).toFixed(1)} s · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
