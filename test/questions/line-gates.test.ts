import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Lines read one by one (knowledge/statement-lines.ts) bring up short definitions the notes did not
// mean as such; these gates keep them out of the bank.
const stems = (lines: string[]): string[] => generateQuestions(kb(parseNote('records.md', lines.join('\n')).items)).questions.map((q) => `${q.stem} -> ${q.choices[q.answer]}`);

const records = ['## Record kinds', 'Types of **records**', 'W - maps a name to a wide address', 'N - maps a name to a narrow address', 'P - points a name at another name'];

describe('gates on lines read one by one', () => {
  it('asks the record kinds, but not one whose definition is an aside in brackets', () => {
    const asked = stems([...records, 'Q - (The queue one). Holds a priority and a value.']);
    expect(asked.some((stem) => stem.endsWith('-> W') || stem.endsWith('-> N'))).toBe(true);
    expect(asked.join('\n')).not.toMatch(/queue one/);
  });

  it('does not ask a definition that is a prepositional fragment of up to eight words', () => {
    const asked = stems(['Copies are kept per cluster', '', '**Snaps** in a pod work the same as VMs', '**Restores** make a fresh pod copy', '**Rewinds** move a pod back in time', '**Clones** make a pod copy quickly']);
    expect(asked).toContain('Which of these is described as “Move a pod back in time”? -> Rewinds');
    expect(asked.join('\n')).not.toMatch(/work the same as VMs/i);
  });

  it('does not ask a range of measures as a formula', () => {
    const asked = stems(['## Buffer', 'Entries live 300 seconds by default', 'buffer size = 500mb - 237GB', 'ratio = reads / writes', 'spread = high - low']);
    expect(asked.join('\n')).not.toMatch(/500mb/i);
  });
});
