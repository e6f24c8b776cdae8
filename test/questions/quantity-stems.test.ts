import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Notes written here in the shapes the blind review found garbled as quantity questions
// (test/fixtures/quantity-stems), read by the real parser and asked by the real generator.
const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'quantity-stems');
const questionsOf = (name: string, kinds?: readonly string[]): Array<[string, string]> => {
  const { items } = parseNote(name, readFileSync(path.join(dir, name), 'utf8'));
  return generateQuestions(kb(items))
    .questions.filter((q) => !kinds || kinds.includes(q.kind))
    .map((q) => [q.stem, q.choices[q.answer]!]);
};
const quantityStems = (name: string): Array<[string, string]> => questionsOf(name, ['quantity']);

describe('quantity questions an item writer would write', () => {
  it('asks nothing from the output table of a worked query, and still asks the limits beside it', () => {
    const asked = quantityStems('report-queries.md');
    expect(asked.map(([stem]) => stem).filter((stem) => /regionid|saleid|amount|\bpos\b/i.test(stem))).toEqual([]);
    expect(asked).toContainEqual(['What is the maximum number of rows per page for Report queries?', '500']);
  });

  it('asks a tier row for the time it keeps data, about the tier itself', () => {
    const asked = quantityStems('archive-classes.md');
    expect(asked).toContainEqual(['What is the minimum storage duration for the Frozen storage class?', '120 days']);
    expect(asked).toContainEqual(['What is the minimum storage duration for the Chilled storage class?', '45 days']);
  });

  it('asks a port the notes say to open for what it is opened for, with its protocol', () => {
    const asked = quantityStems('opened-ports.md');
    expect(asked).toContainEqual(['Which UDP port must be open to stream backup logs to the archive server?', 'port 6200']);
    expect(asked).toContainEqual(['Which TCP port must be open to reach the help desk portal from home?', 'port 8443']);
    expect(asked.map(([stem]) => stem).filter((stem) => /must be open/.test(stem) && /relay/i.test(stem))).toEqual([]);
  });

  it('asks a port of the service its row names, never of a protocol every row shares', () => {
    // The row is one fact: the comparison form ("Which gateway port has the service …") outscores the
    // number form ("Which port does VAULTAPI listen on?") and is the one kept (gates/quality-score.ts).
    const asked = questionsOf('archive-classes.md');
    const portOf = (service: string): string[] => asked.filter(([stem]) => stem.includes(service)).map(([, answer]) => answer.replace(/^port /, ''));
    expect(portOf('VAULTAPI')).toEqual(['7443']);
    expect(portOf('Sync (Bulk)')).toEqual(['7001']);
    expect(asked.map(([stem]) => stem).filter((stem) => /\bTCP\b/.test(stem))).toEqual([]);
  });

  it('never repeats the subject inside the attribute, and keeps what a price is of', () => {
    const asked = quantityStems('archive-classes.md');
    expect(asked).toContainEqual(['What is the maximum number of buckets per Vault?', '50']);
    expect(asked).toContainEqual(['What is the maximum number of restore jobs per node for Vault?', '20']);
    expect(asked).toContainEqual(['What is the price for Cold Vault, per TB of data restored?', '$3.00 per TB']);
    expect(asked.map(([stem]) => stem).filter((stem) => /price of pric|per Vault for Vault/i.test(stem))).toEqual([]);
  });
});
