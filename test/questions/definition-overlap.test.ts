import { describe, expect, it } from 'vitest';
import { contrasting, definitionsOverlap } from '../../src/questions/definition-overlap.js';

describe('definitionsOverlap: two definitions a reader could take for each other', () => {
  it.each([
    ['three words, most of the shorter', 'Cheaper tier for files opened rarely', 'Cheaper archive tier for files opened rarely, with retrieval fees'],
    ['all of a short one', 'Blocks new pods', 'Blocks new pods and evicts running ones'],
  ])('catches %s', (_name, a, b) => {
    expect(definitionsOverlap(a, b)).toBe(true);
  });

  it.each([
    ['each says its own thing', 'Compares the spreads of two groups drawn at random', 'Compares the centres of two groups with unknown variance'],
    ['only template words shared', 'Used with other tools for routing', 'Used with other tools for billing'],
    ['two shared words among many', 'Keeps a copy of every object in a second region for recovery', 'Moves every object older than a month to a colder tier'],
  ])('passes %s', (_name, a, b) => {
    expect(definitionsOverlap(a, b)).toBe(false);
  });
});

describe('opposite definitions', () => {
  it('are no overlap when one denies what the other grants', () => {
    const grants = 'Full care of every hive in the apiary, including the right to hand hives to others';
    const denies = 'Full care of every hive in the apiary, but can not hand hives to others';
    expect(contrasting(grants, denies)).toBe(true);
    expect(definitionsOverlap(grants, denies)).toBe(false);
  });

  it('are no overlap when they differ by a pair of opposite words', () => {
    const into = 'Set the bees allowed into the hive through its entrance';
    const out = 'Set the bees allowed out from the hive through its entrance';
    expect(contrasting(into, out)).toBe(true);
    expect(definitionsOverlap(into, out)).toBe(false);
    // Both directions in one of them: the other is part of it, still a second right answer.
    expect(definitionsOverlap(into, 'Set the bees allowed into and out from the hive through its entrance')).toBe(true);
  });

  it('still overlap when the negation only adds a qualifier the other does not speak of', () => {
    const plain = 'Keeps the honey frames of every hive in a cold store';
    const qualified = 'Keeps the honey frames of every hive in a cold store, not in the shed';
    expect(contrasting(plain, qualified)).toBe(false);
    expect(definitionsOverlap(plain, qualified)).toBe(true);
  });
});
