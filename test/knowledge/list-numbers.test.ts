import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

// Notes written here in the shapes of lists whose numbers went unasked or were asked about a garbled
// subject, read by the real parser and asked by the real generator.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'list-numbers');
const quantityQuestions = (name: string): Array<[string, string]> => {
  const { items } = parseNote(name, readFileSync(path.join(dir, name), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => q.kind === 'quantity')
    .map((q) => [q.stem, q.choices[q.answer]!]);
};

describe('numbers under list members', () => {
  it('asks the port of a protocol listed under "Examples" about the protocol itself', () => {
    const asked = quantityQuestions('directory-protocols.md');
    expect(asked).toContainEqual(['Which port does Kerberos listen on?', 'port 88']);
    expect(asked).toContainEqual(['Which port does LDAP listen on?', 'port 389']);
    expect(asked.map(([stem]) => stem).filter((stem) => /examples/i.test(stem))).toEqual([]);
  });
});

describe('a key that is a thing, with a measured value', () => {
  it('asks the value about the key, not about the heading above it', () => {
    const asked = quantityQuestions('bill-terms.md');
    expect(asked).toContainEqual(['What is the maximum maturity for a treasury bill?', '1 year']);
    expect(asked.map(([stem]) => stem).filter((stem) => /glossary/i.test(stem))).toEqual([]);
  });
});
