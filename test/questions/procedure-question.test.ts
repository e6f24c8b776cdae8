import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import type { Question } from '../../src/questions/question-schema.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

/** The "what is entered at the step right after …" questions of some notes files. */
function stepQuestions(notes: Record<string, string>): Question[] {
  const items = Object.entries(notes).flatMap(([file, text]) => parseNote(file, text).items);
  const questions = generateQuestions(kb(items)).questions;
  expect(bankDefects(questions)).toEqual([]);
  return questions.filter((q) => q.stem.includes('at the step right after'));
}

const recover = [
  '### Recover the database superuser',
  '1. Stop the service with `systemctl stop postgresql`',
  '2. Start it without auth checks: `postgres --single --auth=trust`',
  '3. `psql -U postgres`',
  '4. `ALTER USER postgres PASSWORD NULL`',
  '5. Press `Ctrl-d` to leave',
  '6. `systemctl restart postgresql`',
].join('\n');

describe('procedures: numbered steps that enter code', () => {
  it('asks what the step after another enters, among what the other steps enter', () => {
    const [q] = stepQuestions({ 'db.md': recover });
    expect(q!.stem).toBe('Recover the database superuser: what is entered at the step right after “Stop the service with systemctl stop postgresql”?');
    expect(q!.choices[q!.answer]).toBe('postgres --single --auth=trust');
    // The previous step's own code and a key press are no choices.
    expect(q!.choices).not.toContain('systemctl stop postgresql');
    expect(q!.choices).not.toContain('Ctrl-d');
    expect(q!.choices).toEqual(expect.arrayContaining(['psql -U postgres', 'systemctl restart postgresql']));
  });

  it('asks the same task written up twice at different steps', () => {
    const questions = stepQuestions({ 'a.md': recover, 'b.md': recover.replace('### Recover the database superuser', '### Reset the postgres password') });
    expect(questions.map((q) => q.choices[q.answer])).toEqual(['postgres --single --auth=trust', 'psql -U postgres']);
  });

  it('asks nothing of a bulleted list, nor of a procedure with too few codes to choose among', () => {
    expect(stepQuestions({ 'db.md': recover.replace(/^\d\. /gm, '- ') })).toEqual([]);
    expect(stepQuestions({ 'db.md': recover.split('\n').slice(0, 4).join('\n') })).toEqual([]);
  });

  it('asks nothing when the step quoted in the stem spells the answer', () => {
    const journal = ['### Add a journal device', '1. `gdisk /dev/sdc` (pick the "journal" type)', '2. `mkjournal /dev/sdc1`', '3. `tune2fs -J device=/dev/sdc1 /dev/sdb1`', '4. `journalon -a`', '5. `reboot`'].join('\n');
    expect(stepQuestions({ 'fs.md': journal }).map((q) => q.choices[q.answer])).not.toContain('mkjournal /dev/sdc1');
  });
});
