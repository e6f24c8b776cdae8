import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayHoldGfm } from '../../src/knowledge/may-hold-gfm.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const commonMark = unified().use(remarkParse);
const githubFlavoured = unified().use(remarkParse).use(remarkGfm);
const gfmChangesTree = (text: string): boolean =>
  JSON.stringify(commonMark.parse(text)) !== JSON.stringify(githubFlavoured.parse(text));

// Every GFM construct that changes the tree, spelled the ways a note could spell it.
const gfmTexts: Record<string, string> = {
  table: '| A | B |\n|---|---|\n| x | 1 |\n',
  'table without outer pipes': 'A | B\n--- | :---:\n',
  'one-column table, no pipes': 'Name\n-:\n',
  'table in a quote': '> | A |\n> | - |\n',
  'table in a list': '- | A | B |\n  |---|---|\n',
  strikethrough: 'was ~~15~~ 10 minutes',
  'single-tilde strikethrough': 'was ~15~ 10 minutes',
  'task list': '- [ ] enable tracing\n- [x] set memory\n',
  footnote: 'Timeout is 15 minutes[^1].\n\n[^1]: since 2018\n',
  'www literal': 'see www.example.com',
  'www with an escaped dot': 'see www\\.example.com',
  'http literal': 'see https://example.com/docs',
  'e-mail literal': 'mail ops@example.com',
  'e-mail with an escaped dot': 'mail ops@example\\.com',
  'e-mail, dot first': 'a@.b',
  'www with a character reference': 'see www&#46;example&#46;com',
  'e-mail with a character reference': 'mail ops&#64;example.com',
};

const plainTexts: Record<string, string> = {
  'headings and bullets': '# Lambda\n\n- Timeout: 15 minutes\n- Memory: 128 MB to 10,240 MB\n',
  'thematic break and setext heading': 'Intro\n\n---\n\nTitle\n-----\n',
  'pipe in prose': 'Read | write capacity units',
  'name with an at sign': 'Lambda@Edge runs at edge locations',
  'code and links': 'Use `aws lambda invoke` or [the docs](../docs.md).',
};

describe('mayHoldGfm', () => {
  it.each(Object.entries(gfmTexts))('says yes to a note with a %s', (_, text) => {
    expect(gfmChangesTree(text)).toBe(true);
    expect(mayHoldGfm(text)).toBe(true);
  });

  it.each(Object.entries(plainTexts))('says no to %s', (_, text) => {
    expect(mayHoldGfm(text)).toBe(false);
  });

  it('never says no to a note whose tree GFM would change (shipped notes, fixtures, seeds)', () => {
    const dirs = ['data/notes', 'test/fixtures/notes', 'test/fixtures/fault-notes', '../shared/seeds'].map((d) =>
      path.resolve(repoRoot, d),
    );
    let skipped = 0;
    for (const dir of dirs) {
      let names: string[];
      try {
        names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.(md|markdown|txt)$/i.test(n));
      } catch {
        continue; // the seeds live beside the repository on the build machine only
      }
      for (const name of names) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        if (mayHoldGfm(text)) continue;
        skipped += 1;
        expect(gfmChangesTree(text), `${dir}/${name}`).toBe(false);
      }
    }
    expect(skipped).toBeGreaterThan(10);
  });
});
