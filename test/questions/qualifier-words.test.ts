import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

/** The number questions made from one notes file, as "stem -> keyed answer". */
function asked(file: string, text: string): string[] {
  const { items } = parseNote(file, text);
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => `${q.stem} -> ${q.choices[q.answer]}`);
}

// A service sheet of the usual kind: limits in prose, a unit written short, a value that can be raised.
const kettle = `# Kettle Queue

## Numbers to know
* 20 min job timeout
* 256MB scratch space (can get up to 2048MB)
* 64 KB payload size
* Can only sign 8kb of data
* 1 day minimum log retention
* 3 days of history
`;

describe('the words a value is stated with', () => {
  it('read a unit written short as the unit, never as a minimum', () => {
    const questions = asked('kettle-queue.md', kettle);
    expect(questions).toContain('What is the job timeout for Kettle Queue? -> 20 minutes');
    expect(questions.some((q) => /minimum job timeout/.test(q))).toBe(false);
  });

  it('ask a value the thing can be raised from as its default, and the raised value as its maximum', () => {
    const questions = asked('kettle-queue.md', kettle);
    expect(questions).toContain('What is the default size of the scratch space for Kettle Queue? -> 256 MB');
    expect(questions).toContain('What is the maximum size of the scratch space for Kettle Queue? -> 2,048 MB');
  });

  it('ask what a thing "can only" take as a maximum', () => {
    expect(asked('kettle-queue.md', kettle)).toContain('What is the maximum size of the data for Kettle Queue? -> 8 KB');
  });
});

describe('a condition the value holds under', () => {
  it('is carried into the stem when a short "if …" ends the value\'s clause', () => {
    const notes = '# Tollgate Proxy\n\n## Tunnel\n* You will make 2 connections if using a client key\n';
    expect(asked('tollgate-proxy.md', notes)).toEqual(['What is the number of connections for Tunnel, if using a client key? -> 2 connections']);
  });
});

describe('the heading a value stands under', () => {
  it('skips a value under a heading of recommendations when the stem does not say so', () => {
    const line = '* That leaves you with 12 subnets.';
    const notes = (heading: string): string => `# Burrow Network\n\n## Sizing the burrows\n\n### ${heading}\n${line}\n`;
    expect(asked('burrow-network.md', notes('Warren Recommendations'))).toEqual([]);
    // The same line under a heading that names a thing is asked.
    expect(asked('burrow-network.md', notes('Warren Core'))).toEqual(['What is the number of subnets for Warren Core? -> 12 subnets']);
  });

  it('names a plain plural heading with the name above it, never alone', () => {
    const notes = `# Ferry Ledger Service

## Snapshots
* Have a 0-21 day retention policy

## Streams
* Each stream holds up to 7 shards
`;
    const questions = asked('ferry-ledger-service.md', notes);
    expect(questions).toContain('What is the maximum retention policy for Ferry Ledger Service snapshots? -> 21 days');
    expect(questions.some((q) => /for Snapshots\?/.test(q))).toBe(false);
  });

  it('never names a section by its task title ("Picking Spool Sizes"), but by the name above it', () => {
    const notes = '# Spindle Cloud\n\n## Picking Spool Sizes\n* A spool holds at most 40 threads\n';
    expect(asked('spindle-cloud.md', notes)).toEqual(['What is the maximum number of threads for Spindle Cloud? -> 40 threads']);
  });
});

describe('a worked problem', () => {
  it('gives no number question from a question and its answer', () => {
    const notes = `# Annuities

* What is the present value of a bond that pays $50 per year, given a 6% yield? **Answer**: 2nd -> PV 6 -> I/Y
* A perpetuity pays 4% of its face value per year
`;
    expect(asked('annuities.md', notes).some((q) => /6 %/.test(q))).toBe(false);
  });
});
