import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { inAnswerCase } from '../../src/questions/choice-case.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// A hand-written list of kinds, capitalised at random.
const cables = `# Building wiring

## Cable runs

- Types
  - _Aluminium_: light and cheap but prone to corrosion at joints
  - _Riser cable_: resists the spread of flame between floors
  - _shielded twisted pair_: wraps each pair in foil against interference.
`;

describe('common-noun choices in the answer case', () => {
  it('asks among kinds whose names the notes capitalise unevenly, each choice capitalised', () => {
    const { questions } = generateQuestions(kb(parseNote('cables.md', cables).items));
    const riser = questions.find((q) => q.choices[q.answer] === 'Riser cable');
    expect(riser?.stem).toBe('Which of these resists the spread of flame between floors?');
    expect([...riser!.choices].sort()).toEqual(['Aluminium', 'Riser cable', 'Shielded twisted pair']);
    expect(riser?.explanation).toMatch(/Aluminium, by contrast|Shielded twisted pair, by contrast/);
  });

  it('capitalises only plain lower-case phrases of two words or more, never lower-cases a name', () => {
    expect(inAnswerCase('Plenum cable', 'fiber-optic cable')).toBe('Fiber-optic cable');
    expect(inAnswerCase('Copper', 'coaxial cable')).toBe('Coaxial cable');
    expect(inAnswerCase('Plenum cable', 'iptables')).toBe('iptables');
    expect(inAnswerCase('Plenum cable', 'managed IAM role')).toBe('managed IAM role');
    expect(inAnswerCase('shielded twisted pair', 'Windows firewall')).toBe('Windows firewall');
    expect(inAnswerCase('Azure Files', 'blob storage')).toBe('blob storage');
  });
});
