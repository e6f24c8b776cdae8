import { describe, expect, it } from 'vitest';
import { baseLexiconOnly, mergeLexicons } from '../../src/knowledge/lexicon.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';

// Commands the notes only name in passing have no stated job, so they are no wrong choice by their words
// alone; a notes folder's lexicon can say what kind of job they do (commandActions), and then they are.
const notes = [
  '## Watching hosts',
  '',
  '`hostctl stats` shows the load of each host.',
  '`hostctl logs` prints the log of a host.',
  '`hostctl reap` removes the stopped hosts.',
  'Run `hostctl peek` and `hostctl trace` when a host is slow.',
].join('\n');

function commandQuestions(extra: Parameters<typeof mergeLexicons>[1]): Question[] {
  const { items } = parseNote('hosts.md', notes);
  const lexicon = mergeLexicons(baseLexiconOnly(), extra);
  return generateQuestions({ items, warnings: [], files: ['hosts.md'], lexicon, digests: {} }).questions.filter((q) => q.kind === 'command');
}

describe("a notes folder's lexicon naming the jobs of its commands", () => {
  it('gives no command question when the only other commands that show something have no stated job', () => {
    expect(commandQuestions({})).toEqual([]);
  });

  it('offers the commands the lexicon says inspect as wrong choices for a command that shows', () => {
    const questions = commandQuestions({ commandActions: { inspect: ['peek', 'trace'], create: [], remove: [], change: [] } });
    const stats = questions.find((q) => q.stem === 'Which command shows the load of each host?');
    expect(stats?.choices[stats.answer]).toBe('hostctl stats');
    expect(stats?.choices).toEqual(expect.arrayContaining(['hostctl peek', 'hostctl trace']));
    // The command that removes is never the rival of one that shows.
    expect(stats?.choices).not.toContain('hostctl reap');
  });
});
