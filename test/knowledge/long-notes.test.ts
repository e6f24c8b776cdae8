import { describe, expect, it } from 'vitest';
import { markdownPieces, WHOLE_UP_TO } from '../../src/knowledge/markdown-chunks.js';
import { parseNote } from '../../src/knowledge/parse-note.js';

/** A long cheat sheet: sections of dense bullets, a fenced block with a bullet-like line inside. */
function longNote(sections: number): string {
  const parts: string[] = [];
  for (let s = 0; s < sections; s += 1) {
    parts.push(`## Widget ${s}`, '');
    for (let i = 0; i < 40; i += 1) parts.push(`- Gadget ${s}-${i} warmup time: ${(i % 50) + 1} seconds`);
    parts.push('', '```', '- not a bullet: 5 seconds', '```', '');
  }
  return parts.join('\n');
}

describe('long notes', () => {
  it('are cut only between blocks, never inside a fenced block, and the pieces join back to the text', () => {
    const text = longNote(100);
    expect(text.length).toBeGreaterThan(WHOLE_UP_TO);
    const pieces = markdownPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const piece of pieces) expect((piece.text.match(/^```$/gm) ?? []).length % 2).toBe(0);
  });

  it('give every fact with its subject and its own line, as a short note does', { timeout: 30_000 }, () => {
    const text = longNote(100);
    const { items } = parseNote('long.md', text);
    const lines = text.split('\n');
    expect(items.filter((i) => i.kind === 'fact')).toHaveLength(100 * 40);
    for (const item of items) {
      expect(item.kind).toBe('fact');
      if (item.kind !== 'fact') continue;
      // Each fact cites the line it was read from, and that line names the subject's gadget.
      expect(lines[item.source.line - 1]).toContain(item.quantity!.text);
      expect(item.source.section[0]).toMatch(/^Widget \d+$/);
    }
  });

  it('a 1 MB run of bullets with no blank line parses whole, to its last line (bench/generate-bench.ts times 5 MB)', () => {
    const lines = ['# Limits', ''];
    for (let i = 0; lines.length < 30_000; i += 1) lines.push(`- Queue ${i} retention: ${(i % 14) + 1} days`);
    // The last bullet is queue 29997: 29997 % 14 + 1 = 10 days.
    const { items } = parseNote('dense.md', lines.join('\n'));
    expect(items).toHaveLength(30_000 - 2);
    expect(items.at(-1)).toMatchObject({ kind: 'fact', quantity: { text: '10 days' }, source: { line: 30_000 } });
  }, 60_000);
});
