import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayHoldGfm } from '../../src/knowledge/may-hold-gfm.js';
import { plainOutlineTree } from '../../src/knowledge/plain-outline-tree.js';

const commonMark = unified().use(remarkParse);

/** A small seeded generator (mulberry32), so a failure names a text that can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Lines of the shape the fast path takes, and lines that look close to it but are not plain.
const plainLines = [
  '# Limits',
  '## Queue quotas',
  '###   Spaced title  ',
  '###### Deep',
  '- Queue retention: 14 days',
  '* Bucket 3 object size: up to 5 TB',
  '+ Stream (per shard) write: 1 MB per second',
  '- Table read capacity - 3,000 RCU',
  '- Über-Größe: 10 Stück',
  '- 表 最大 100 个',
  '- Emoji 🚀 launch window: 5 minutes',
  '- 15 minutes is the longest run',
  '- http was the protocol = 80',
  '',
  '   ',
];
const nearLines = [
  '- **Queue** retention: 14 days',
  '- Queue `retention`: 14 days',
  '- [docs](x.md) say 5',
  '- Queue retention: 14 days  ',
  '-  Queue retention',
  '- 1. numbered inside',
  '- 2) numbered inside',
  '  - indented bullet',
  '1. Ordered item',
  'A paragraph line',
  '#Not a heading',
  '# Closed heading #',
  '#######  Seven',
  '- Queue\tretention',
  '- a_b snake',
  '- x &amp; y',
  '- ===',
  '---',
  '-',
  '- <b>html</b>',
  '- Queue retention: 14 days\r',
  '> quoted',
];

function text(next: () => number, lines: number, nearShare: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i += 1) {
    const pool = next() < nearShare ? nearLines : plainLines;
    out.push(pool[Math.floor(next() * pool.length)]!);
  }
  return out.join('\n') + (next() < 0.5 ? '\n' : '');
}

describe('plainOutlineTree', () => {
  it('builds exactly the tree remark builds, positions included, or declines', () => {
    const next = random(7);
    let built = 0;
    let declined = 0;
    for (let run = 0; run < 3000; run += 1) {
      const note = text(next, 1 + Math.floor(next() * 12), run % 3 === 0 ? 0.1 : 0);
      if (mayHoldGfm(note)) continue;
      const tree = plainOutlineTree(note);
      if (!tree) {
        declined += 1;
        continue;
      }
      built += 1;
      expect(tree, JSON.stringify(note)).toEqual(commonMark.parse(note));
    }
    // Both branches were exercised: most plain texts are built, texts with a near line are declined.
    expect(built).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(300);
  });

  it('declines a blank line between two bullets of one list (remark makes that list loose)', () => {
    expect(plainOutlineTree('- Queue retention: 14 days\n\n- Queue delay: 15 minutes\n')).toBeUndefined();
  });

  it.each(nearLines.filter((line) => line.trim() !== ''))('declines a text holding %j', (line) => {
    expect(plainOutlineTree(`# Limits\n\n- Queue retention: 14 days\n${line}\n`)).toBeUndefined();
  });

  it('builds a dense cheat sheet of thousands of bullets as one tight list', () => {
    const lines = ['# Limits', ''];
    for (let i = 0; i < 2000; i += 1) lines.push(`- Stream ${i} batch size: ${(i % 900) + 1} items`);
    const note = lines.join('\n') + '\n';
    const tree = plainOutlineTree(note);
    expect(tree).toEqual(commonMark.parse(note));
    expect(tree?.children.map((c) => c.type)).toEqual(['heading', 'list']);
  });
});
