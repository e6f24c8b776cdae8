import { describe, expect, it } from 'vitest';
import { garbledChoice, garbledQuote, garbledStem } from '../../../src/questions/gates/garbled-choice.js';

describe('garbledChoice: a choice reads as written', () => {
  it.each(['Redis? Redis', 'Glacier This', 'A managed service to', 'when you are trying', 'ON, RETENTION = FULL)', 'Queue (FIFO', 'Topics topics', 'this'])('rejects %j', (choice) => {
    expect(garbledChoice(choice)).toBeDefined();
  });
  it.each(['SSE-KMS', 'Cross-Zone Load Balancing', 'Dead-letter queue (DLQ)', 'Objects are stored in three zones', 'NoExecute', 'Lambda@Edge', '“Aurora for MongoDB” (JSON)'])('accepts %j', (choice) => {
    expect(garbledChoice(choice)).toBeUndefined();
  });
});

describe('garbledQuote: a quotation cut in the middle of a name', () => {
  it('rejects a quote opening on punctuation, accepts a whole one', () => {
    expect(garbledQuote('Which of these is described as “:Stack::Init sets the desired state”?')).toBeDefined();
    expect(garbledQuote('Which of these is described as “Sets the desired state of an instance”?')).toBeUndefined();
  });
});

describe('garbledStem: a template filled with a clause', () => {
  it('rejects "has the who manages", accepts "has the role"', () => {
    expect(garbledStem('Which launch type has the who manages the OS you?')).toBeDefined();
    expect(garbledStem('Which component has the role of cluster store?')).toBeUndefined();
  });
});

describe('cut or invisible text', () => {
  it('catches a quotation or a choice that stops on "vs", "but" or a preposition', () => {
    expect(garbledQuote('Which setting is described as “Grafted on hardy roots (common, use this one) vs”?')).toBe('the stem quotes a cut fragment');
    expect(garbledChoice('Dwarfing rootstock but')).toBe('a choice ends in the middle of a phrase');
    expect(garbledQuote('Which setting is described as “Grafted on hardy roots for cold valleys”?')).toBeUndefined();
  });

  it('catches a zero-width character left from a pasted note', () => {
    expect(garbledQuote('Which of these is described as “Pears (early), quinces (late)\u200b”?')).toBe('the stem holds an invisible character');
    expect(garbledChoice('Russet\u200b')).toBe('a choice holds an invisible character');
  });
});
