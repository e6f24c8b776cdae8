import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// An "A vs B" table with a blank corner cell and the two things as its columns, their names written
// as code identifiers (`TaskQueue`), as notes on APIs often write them.
const file = 'queues.md';
const notes = parseNote(file, readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'versus-columns', file), 'utf8'));

describe('an "A vs B" table with the two things as its columns', () => {
  it('reads a blank-cornered table of code-like names as a comparison, not as a query\'s output', () => {
    const rows = notes.items.filter((item) => item.kind === 'comparison').map((item) => item.kind === 'comparison' && item.row);
    expect(rows).toEqual(['Wire format', 'Ordered by', 'Retention', 'Needs a broker', 'Retries failed work', 'Delivery']);
  });

  it('asks which of the two things a cell belongs to, with "Both of them" as the third choice', () => {
    const { questions } = generateQuestions(kb(notes.items), { kinds: ['comparison'] });
    const asked = questions.map((q) => `${q.stem} [${q.choices[q.answer]}] (${q.choices.length})`);
    expect(asked).toContain('Which of TaskQueue and JobQueue has the wire format “v2”? [TaskQueue] (3)');
    expect(asked).toContain('Which of TaskQueue and JobQueue is ordered by the worker that pulls first? [TaskQueue] (3)');
    expect(asked).toContain('Comparing TaskQueue and JobQueue, which needs a broker? [JobQueue] (3)');
    const wire = questions.find((q) => q.stem.includes('wire format'));
    expect(wire?.choices).toContain('Both of them');
    // A yes/no row written short ("Y" beside "Y for idle workers only") and a cell of two sentences ask nothing.
    expect(asked.filter((stem) => /retries|delivery/i.test(stem))).toEqual([]);
    // One question per row of the table.
    expect(new Set(questions.map((q) => q.source.line)).size).toBe(questions.length);
  });
});
