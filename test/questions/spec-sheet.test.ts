import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Notes written here in the pattern of a cloud cheat sheet: a table of example machine sizes, each with
// its figures, beside a table that states what each tier is for.
const notes = `# Build runners

## Runner sizes

| Size | Cores | RAM (GB) | Disk |
| --- | --- | --- | --- |
| r1.small | 2 | 4 | 20 GB SSD |
| r1.large | 8 | 32 | 80 GB SSD |
| r1.huge | 32 | 128 | 320 GB NVMe |
| r1.giant | 64 | 256 | 640 GB NVMe |

## Runner tiers

| Tier | Best for | Billing |
| --- | --- | --- |
| Shared | Short jobs that can wait in a queue | Per build minute |
| Dedicated | Long builds that need the whole machine | Per hour, reserved |
| Spot | Retryable jobs that may be stopped at any time | Per minute, at a discount |
`;

describe('spec sheets', () => {
  it('asks nothing of a table of example figures, by row or by cell, and still asks the table beside it', () => {
    const { questions, summary } = generateQuestions(kb(parseNote('runners.md', notes).items));
    const fromSizes = questions.filter((q) => q.source.line >= 5 && q.source.line <= 10);
    expect(fromSizes.map((q) => q.stem)).toEqual([]);
    expect(Object.keys(summary.skipped)).toContain('table is a spec sheet: its figures are trivia');
    expect(questions.some((q) => q.choices[q.answer] === 'Dedicated' || q.choices.includes('Dedicated'))).toBe(true);
  });
});
