import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A limits cheat sheet that mixes operator quotas (counts per account, region, subscription or network, which
// support can raise) with rules of the things themselves (per batch, per pipeline, a record size).
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'account-quota');
const stems = (() => {
  const { items } = parseNote('harbor-limits.md', readFileSync(path.join(dir, 'harbor-limits.md'), 'utf8'));
  return generateQuestions(kb(items)).questions.filter((q) => q.kind === 'quantity').map((q) => q.stem);
})();

describe('counts per account, region, subscription or virtual network', () => {
  it('are never asked as a maximum, whether the scope is in the label or after the number', () => {
    expect(stems.filter((stem) => /\bper (account|region|subscription|VPC|virtual network)\b|\bchannels\b|\bvaults\b|\bpipelines per\b|\bgateways\b|\bpeerings\b/.test(stem))).toEqual([]);
  });

  it('leave the limits of the things themselves asked', () => {
    expect(stems).toEqual(expect.arrayContaining([expect.stringMatching(/deliveries per batch/), expect.stringMatching(/record size/)]));
  });

  it('count a thing the same sheet counts per subscription as a quota scope too', () => {
    // "Max pipelines per subscription" makes a pipeline a thing held by quota: its stages are one more quota.
    expect(stems.filter((stem) => /stages per pipeline/.test(stem))).toEqual([]);
  });
});

// A sheet counting kilns per region, then racks per kiln and tiles per rack; another file gives a
// firing rule per kiln, which is the kiln's own rule and stays asked.
const sheet = `# Pottery cloud limits

| Service | Limit | Value |
| --- | --- | --- |
| Kilnworks | Max kilns per region | 12 |
| Kilnworks | Max racks per kiln | 40 |
| Kilnworks | Max tiles per rack | 300 |
| Kilnworks | Max glaze layers per batch | 6 |
`;
const guide = `# Kilnworks

## Firing

- A firing may hold at most 3 cones per kiln, whatever the clay.
`;

describe('things a limits sheet counts per region', () => {
  const questions = (() => {
    const items = [...parseNote('limits.md', sheet).items, ...parseNote('kilnworks.md', guide).items];
    return generateQuestions(kb(items)).questions.filter((q) => q.kind === 'quantity');
  })();
  const stems = questions.map((q) => q.stem);

  it('are quota scopes in that sheet, a few levels deep', () => {
    expect(stems.filter((stem) => /kilns per region|racks per kiln|tiles per rack/.test(stem))).toEqual([]);
    expect(stems).toEqual(expect.arrayContaining([expect.stringMatching(/glaze layers per batch/)]));
  });

  it('are not quota scopes in another file', () => {
    expect(questions.filter((q) => q.source.file === 'kilnworks.md').map((q) => q.choices[q.answer])).toEqual(['3 cones']);
  });
});
