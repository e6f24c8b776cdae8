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
    expect(stems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/deliveries per batch/),
        expect.stringMatching(/stages per pipeline/),
        expect.stringMatching(/record size/),
      ]),
    );
  });
});
