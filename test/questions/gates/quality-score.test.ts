import { describe, expect, it } from 'vitest';
import { qualityScore, qualityTraits } from '../../../src/questions/gates/quality-score.js';

// Stems in the builders' wording, about a made-up job scheduler.
const names = ['Tally', 'Drover', 'Pennant', 'Quorum'];

describe('qualityScore: the forms blind reviewers publish most score highest', () => {
  it('scores a stem quoting a fragment below a direct question and a situation, for the same answer', () => {
    const quoted = qualityScore({ kind: 'definition-to-term', stem: 'Which of these is described as “Serverless job queue”?', choices: names });
    const direct = qualityScore({ kind: 'definition-to-term', stem: 'Which of these queues jobs without servers?', choices: names });
    const situation = qualityScore({ kind: 'definition-to-term', stem: 'Which service should you use to run nightly jobs without servers?', choices: names });
    expect(quoted).toBeLessThan(direct);
    expect(quoted).toBeLessThan(situation);
  });

  it('scores a stem led by its context above the same stem without it', () => {
    const bare = qualityScore({ kind: 'definition-to-term', stem: 'Which of these is described as “Waits for the lock”?', choices: names });
    const led = qualityScore({ kind: 'definition-to-term', stem: 'In Job states, which of these is described as “Waits for the lock”?', choices: names });
    expect(led).toBeGreaterThan(bare);
    expect(qualityTraits({ kind: 'definition-to-term', stem: 'In Job states, which of these is described as “Waits for the lock”?', choices: names }).form).toBe('thing by a quoted description, in context');
  });

  it('scores a heading of plain words standing as the subject low, but not a heading the notes use as a name', () => {
    const section = ['Scheduler', 'Queue tuning best practices'];
    const stem = 'What is the maximum size of the file for Queue tuning best practices?';
    const choices = ['100 GB', '200 GB', '400 GB'];
    const heading = qualityScore({ kind: 'quantity', stem, choices, section });
    const named = qualityScore({ kind: 'quantity', stem: 'What is the maximum size of the file for Tally?', choices, section: ['Scheduler', 'Tally'] });
    expect(heading).toBeLessThan(named);
    expect(qualityTraits({ kind: 'quantity', stem, choices, section }).headingAsSubject).toBe(true);
    // "Spot Runners" is a table row elsewhere in the notes: a name, though a heading of plain words.
    const spot = { kind: 'quantity', stem: 'What is the maximum discount for Spot Runners?', choices: ['50 %', '70 %', '90 %'], section: ['Runners', 'Spot Runners'] };
    expect(qualityTraits(spot).headingAsSubject).toBe(true);
    expect(qualityTraits({ ...spot, names: new Set(['spot runners']) }).headingAsSubject).toBe(false);
    // A heading that leads the stem as context, or stands inside the quote, is not its subject.
    expect(qualityTraits({ kind: 'definition-to-term', stem: 'In Queue tuning best practices, which of these is described as “Drops idle workers”?', choices: names, section }).headingAsSubject).toBe(false);
    expect(qualityTraits({ kind: 'definition-to-term', stem: 'Which of these is described as “Queue tuning best practices for nightly runs”?', choices: names, section }).headingAsSubject).toBe(false);
  });

  it('scores text choices of uneven length below alike ones, and leaves number choices alone', () => {
    const stem = 'Which of these queues jobs without servers?';
    expect(qualityScore({ kind: 'definition-to-term', stem, choices: ['Tally', 'Drover', 'Pennant job queue service'] })).toBeLessThan(qualityScore({ kind: 'definition-to-term', stem, choices: names }));
    expect(qualityTraits({ kind: 'quantity', stem: 'What is the maximum job size for Tally?', choices: ['1 MB', '256 MB', '1,024 MB'] }).unevenChoices).toBe(false);
  });

  it('orders comparisons as reviewed: two named rows, then a quoted cell, then a cell of prose or a value', () => {
    const choices = ['Tally', 'Drover', 'Pennant'];
    const comparing = qualityScore({ kind: 'comparison', stem: 'Comparing Tally and Drover, which retries failed jobs?', choices: ['Tally', 'Drover'] });
    const quotedCell = qualityScore({ kind: 'comparison', stem: 'Which scheduler has the retry limit “5 attempts”?', choices });
    const proseCell = qualityScore({ kind: 'comparison', stem: 'Which of these has this retry policy: retries failed jobs until the queue drains?', choices });
    const value = qualityScore({ kind: 'comparison', stem: 'What is the type of Tally?', choices: ['1', '2', '3'] });
    expect(comparing).toBeGreaterThan(quotedCell);
    expect(quotedCell).toBeGreaterThan(proseCell);
    expect(quotedCell).toBeGreaterThan(value);
  });

  it('scores command questions by their own reviews, apart from a kind no review has judged', () => {
    const command = { kind: 'command', stem: 'Which command lists the waiting jobs?', choices: ['jobq -l', 'jobq -p', 'jobq -d'] };
    expect(qualityTraits(command).form).toBe('command');
    expect(qualityScore(command)).toBeLessThan(qualityScore({ ...command, kind: 'command-question' }));
  });

  it('gives a kind no review has judged the share of all reviewed questions, and stays within 0 and 1', () => {
    const unknown = qualityScore({ kind: 'command-question', stem: 'Which command lists the waiting jobs?', choices: ['jobq -l', 'jobq -p', 'jobq -d'] });
    expect(unknown).toBeGreaterThan(qualityScore({ kind: 'membership', stem: 'Which of these is one of the job states?', choices: names }));
    expect(unknown).toBeLessThan(qualityScore({ kind: 'comparison', stem: 'Comparing Tally and Drover, which retries failed jobs?', choices: ['Tally', 'Drover'] }));
    for (const kind of ['usecase', 'membership', 'quantity', 'comparison', 'notes-question'])
      for (const choices of [['a', 'a much longer choice than the other one', 'b'], ['1 s', '2 s']]) {
        const score = qualityScore({ kind, stem: 'In Queue tuning, what is the type of Queue tuning best practices?', choices, section: ['Queue tuning best practices'] });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
  });
});
