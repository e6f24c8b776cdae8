import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

/** Every import of the quiz core and the chat folder, as `file: specifier`. */
function imports(folder: string): string[] {
  return readdirSync(join(src, folder))
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const text = readFileSync(join(src, folder, name), 'utf8');
      return [
        ...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => `${folder}/${name}: ${m[1] ?? m[2]}`);
    });
}

// The quiz is platform-neutral: no chat SDK, no lowdb, no node-cron, no adapter, no concrete store.
const allowedPackages = new Set(['zod', 'ts-fsrs', 'pino', 'node:crypto']);
const allowedInternal =
  /^\.\.\/(chat|questions|lookup|quiz|errors)\/|^\.\.\/store\/json-store\.js$|^\.\.\/schedule\/(clock|cron-schedule)\.js$|^\.\//;

describe('quiz and chat core boundary', () => {
  it.each(['quiz', 'chat'])('src/%s imports only neutral modules and ports', (folder) => {
    const all = imports(folder);
    expect(all.length).toBeGreaterThan(5);
    const offenders = all.filter((line) => {
      const specifier = line.split(': ')[1]!;
      return specifier.startsWith('.') ? !allowedInternal.test(specifier) : !allowedPackages.has(specifier);
    });
    expect(offenders).toEqual([]);
  });
});
