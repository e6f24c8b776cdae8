import { describe, expect, it } from 'vitest';
import { WHOLE_UP_TO } from '../../src/knowledge/markdown-chunks.js';
import { NoteTrees } from '../../src/knowledge/note-trees.js';

/** Sections of bullets; `bold` makes every bullet need remark (plain outlines are built without it). */
function longNote(bold: boolean): string {
  const lines: string[] = [];
  for (let s = 0; lines.join('\n').length < WHOLE_UP_TO * 1.2; s += 1) {
    lines.push(`## Widget ${s}`, '');
    for (let i = 0; i < 40; i += 1)
      lines.push(bold ? `- **Gadget ${i}** warmup: ${i} s` : `- Gadget ${i} warmup: ${i} s`);
    lines.push('');
  }
  return lines.join('\n');
}

describe('NoteTrees', () => {
  it.each([false, true])('places every block of a long note at its own line (bold bullets: %s)', (bold) => {
    const text = longNote(bold);
    const lines = text.split('\n');
    const trees = [...new NoteTrees(text).trees()];
    expect(trees.length).toBeGreaterThan(2);
    const blocks = trees.flatMap((tree) => tree.children);
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings.length).toBe(lines.filter((l) => l.startsWith('## ')).length);
    for (const block of blocks) {
      const start = block.position!.start;
      expect(lines[start.line - 1]).toMatch(block.type === 'heading' ? /^## Widget \d+$/ : /^- /);
      expect(text.slice(start.offset!, start.offset! + 2)).toBe(block.type === 'heading' ? '##' : '- ');
    }
  });

  it('builds a plain outline afresh on each pass, so no pass holds the whole note', () => {
    const notes = new NoteTrees(longNote(false));
    const first = [...notes.trees()];
    const second = [...notes.trees()];
    expect(second).toEqual(first);
    second.forEach((tree, i) => expect(tree).not.toBe(first[i]));
  });

  it('hands a tree remark built to the next pass once, then lets it go', () => {
    const notes = new NoteTrees(longNote(true));
    const first = [...notes.trees()];
    const second = [...notes.trees()];
    second.forEach((tree, i) => expect(tree).toBe(first[i]));
    const third = [...notes.trees()];
    expect(third).toEqual(first);
    third.forEach((tree, i) => expect(tree).not.toBe(first[i]));
  });
});
