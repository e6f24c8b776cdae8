import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs each benchmark in a child process of its own (so memory figures do not bleed
 * into each other) and prints its figures. Figures are medians/percentiles of many runs, never one timing.
 * `npm run bench -- lookup store` runs only those.
 */
type Figures = Record<string, number | string>;

const benches: Record<string, () => Promise<Figures>> = {
  lookup: async () => (await import('./lookup-bench.js')).benchLookup(),
  generate: async () => (await import('./generate-bench.js')).benchGenerate(),
  dense: async () => (await import('./dense-bench.js')).benchDense(),
  store: async () => (await import('./store-bench.js')).benchStore(),
  slack: async () => (await import('./slack-bench.js')).benchSlack(),
  discord: async () => (await import('./discord-bench.js')).benchDiscord(),
};

const [, , flag, only] = process.argv;
if (flag === '--child' && only) {
  const figures = await benches[only]!();
  figures['peak RSS (MB)'] = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`\n@@figures ${JSON.stringify(figures)}\n`);
  process.exit(0);
}

const wanted = process.argv.slice(2).filter((name) => name in benches);
const names = wanted.length > 0 ? wanted : Object.keys(benches);
let failed = false;
for (const name of names) {
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', name], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@figures '));
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
  console.log(`\n== ${name} (${((Date.now() - started) / 1000).toFixed(1)} s, ${load})`);
  if (child.status !== 0 || !line) {
    failed = true;
    console.log(`   failed (exit ${child.status})`);
    continue;
  }
  const figures = JSON.parse(line.slice('@@figures '.length)) as Figures;
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [key, value] of Object.entries(figures)) console.log(`   ${key.padEnd(width)}  ${value}`);
}
process.exitCode = failed ? 1 : 0;
