import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
}

/** Imports that load a module at run time: `import type` and `export type` are erased by tsc, so they do not count. */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)(?!\s+type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]!);
}

/** Every library `file` loads at run time, directly or through the project files it imports. */
function librariesReachedFrom(file: string, seen = new Set<string>()): Set<string> {
  const reached = new Set<string>();
  if (seen.has(file)) return reached;
  seen.add(file);
  for (const specifier of runtimeImportsOf(file)) {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      for (const library of librariesReachedFrom(target, seen)) reached.add(library);
    } else if (!specifier.startsWith('node:')) {
      reached.add(specifier);
    }
  }
  return reached;
}

// Which folders under src/ may import a library. Everything else must reach it through a port.
const rules: Array<{ library: RegExp; allowed: RegExp; why: string }> = [
  { library: /^@slack\//, allowed: /^adapters\/slack\//, why: 'Slack lives in adapters/slack' },
  { library: /^discord\.js$|^@discordjs\//, allowed: /^adapters\/discord\//, why: 'Discord lives in adapters/discord' },
  { library: /^lowdb/, allowed: /^store\//, why: 'the core reaches the file through the store port' },
  { library: /^node-cron$/, allowed: /^schedule\//, why: 'the core reaches cron through the scheduler port' },
  { library: /^croner$/, allowed: /^schedule\//, why: 'occurrences of a schedule are computed in schedule/' },
  {
    library: /^undici$/,
    allowed: /^adapters\/slack\//,
    why: "the Slack Web API connection pool is Slack's own business",
  },
  { library: /^minisearch$/, allowed: /^lookup\//, why: "the fact desk's index is the lookup's own" },
  {
    library: /^unified$|^remark-|^mdast-/,
    allowed: /^knowledge\//,
    why: 'markdown is read in knowledge/ only; the rest sees items',
  },
  { library: /^ts-fsrs$/, allowed: /^quiz\//, why: 'spaced repetition is a quiz concern' },
];

describe('architecture boundaries', () => {
  const files = sourceFiles(srcDir).map((file) => ({
    file: relative(srcDir, file).split('\\').join('/'),
    imports: importsOf(file),
  }));

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const rule of rules) {
    it(`only the allowed folder imports ${rule.library.source} (${rule.why})`, () => {
      const offenders = files
        .filter((f) => !rule.allowed.test(f.file) && f.imports.some((i) => rule.library.test(i)))
        .map((f) => f.file);
      expect(offenders).toEqual([]);
    });
  }

  it('the core (quiz, chat, knowledge, questions, lookup) reaches no chat SDK, storage, cron or HTTP library, not even through another file', () => {
    const forbidden = /^@slack\/|^discord\.js$|^@discordjs\/|^lowdb|^node-cron$|^undici$/;
    const offenders = files
      .filter((f) => /^(quiz|chat|knowledge|questions|lookup)\//.test(f.file))
      .flatMap((f) =>
        [...librariesReachedFrom(join(srcDir, f.file))]
          .filter((l) => forbidden.test(l))
          .map((l) => `${f.file} -> ${l}`),
      );
    expect(offenders).toEqual([]);
  });

  it('follows imports through other files (the check above can see a library two files away)', () => {
    const reached = librariesReachedFrom(join(srcDir, 'app', 'load-core.ts'));
    expect([...reached]).toEqual(expect.arrayContaining(['node-cron', 'lowdb', 'minisearch']));
  });

  it('the core (quiz, chat, knowledge, questions, lookup) imports no adapter', () => {
    const core = files.filter((f) => /^(quiz|chat|knowledge|questions|lookup)\//.test(f.file));
    const offenders = core.filter((f) => f.imports.some((i) => /adapters\//.test(i))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});
