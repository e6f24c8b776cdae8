import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/knowledge/lexicon.js';
import { baseLexiconOnly, mergeLexicons } from '../../src/knowledge/lexicon.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';

// A file that describes one command and names none of its kin; other files of the folder name them.
const keys = ['## Key rings', '', 'Remember, to grant a key ring to a new owner, use `quill user:group`.'].join('\n');
const rings = [
  '## Full rings',
  '',
  'When a ring is full, run `ember` first and `morrow` next.',
  '',
  'If that fails, `sable` and `wren` are worth a try.',
].join('\n');

const kin: Partial<Lexicon> = {
  commandActions: { inspect: ['sable'], create: [], remove: [], change: ['ember', 'morrow', 'wren'] },
  commandKin: [['quill', 'ember', 'morrow', 'sable', 'wren']],
};

function commandQuestions(notes: Record<string, string>, extra: Partial<Lexicon>): Question[] {
  const files = Object.keys(notes);
  const items = Object.entries(notes).flatMap(([file, text]) => parseNote(file, text).items);
  const lexicon = mergeLexicons(baseLexiconOnly(), extra);
  const questions = generateQuestions({ items, warnings: [], files, lexicon, digests: {} }).questions.filter((q) => q.kind === 'command');
  expect(bankDefects(questions)).toEqual([]);
  return questions;
}

/** Every question of the notes, of all kinds, with the kin lexicon. */
function generateQuestionsOf(notes: Record<string, string>): Question[] {
  const items = Object.entries(notes).flatMap(([file, text]) => parseNote(file, text).items);
  return generateQuestions({ items, warnings: [], files: Object.keys(notes), lexicon: mergeLexicons(baseLexiconOnly(), kin), digests: {} }).questions;
}

describe('wrong commands of the same matter from the whole notes folder (lexicon commandKin)', () => {
  it('asks "Aside, to X, use `cmd user:group`" with the kin the other files name as wrong choices', () => {
    const [question, ...more] = commandQuestions({ 'keys.md': keys, 'rings.md': rings }, kin);
    expect(more).toEqual([]);
    expect(question?.stem).toBe('Which command grants a key ring to a new owner?');
    expect(question?.choices[question.answer]).toBe('quill');
    expect([...question!.choices].sort()).toEqual(['ember', 'morrow', 'quill', 'wren']);
  });

  it('never offers a kin command that shows beside one that changes', () => {
    const questions = commandQuestions({ 'keys.md': keys, 'rings.md': rings }, kin);
    expect(questions.flatMap((q) => q.choices)).not.toContain('sable');
  });

  it('gives no question when the lexicon puts no command of the notes in one group with it', () => {
    expect(commandQuestions({ 'keys.md': keys, 'rings.md': rings }, { commandActions: kin.commandActions })).toEqual([]);
  });

  it('asks one job of one command once, though two files state it', () => {
    const again = ['## Owners', '', '`quill user:group` grants a key ring.'].join('\n');
    const questions = commandQuestions({ 'keys.md': keys, 'owners.md': again, 'rings.md': rings }, kin);
    expect(questions.map((q) => q.stem)).toHaveLength(1);
  });

  it('asks a job once when another file lists the command line with it', () => {
    const halls = ['## Halls', '', '- `quill USER:GROUP HALL` grants the key ring of HALL to a new owner', '- `ember HALL` locks every door of HALL', '- `morrow HALL` opens the gate of HALL'].join('\n');
    const questions = generateQuestionsOf({ 'keys.md': keys, 'halls.md': halls, 'rings.md': rings });
    expect(questions.filter((q) => /key ring/.test(q.stem))).toHaveLength(1);
  });

  it('asks two jobs of one command as two questions', () => {
    const other = ['## Locks', '', '`quill user:group` locks every door of a hall.'].join('\n');
    const questions = commandQuestions({ 'keys.md': keys, 'locks.md': other, 'rings.md': rings }, kin);
    expect(questions.map((q) => q.stem).sort()).toEqual(['Which command grants a key ring to a new owner?', 'Which command locks every door of a hall?']);
  });
});
