import { describe, expect, it } from 'vitest';
import { choicesUnalike, lengthAlike, onlySingular, outsideSharedHead, sameForm, sameStatement } from '../../../src/questions/gates/choices-alike.js';

describe('choicesUnalike: the answer is not the odd one out', () => {
  it('catches an answer that is the only choice of its kind', () => {
    expect(choicesUnalike('Runs code', ['A managed queue that decouples producers from consumers.', 'An event bus that routes events to targets.', 'A store for objects of any size.'])).toBe('the answer is the only choice of its kind');
  });

  it('catches the one name not in capitals among keywords, and the one keyword among names', () => {
    expect(choicesUnalike('Nightly Batch Merge', ['SHRINK', 'DEFRAGMENT', 'COMPACT'])).toBe('the answer is the only choice written in capitals or the only one not');
    expect(choicesUnalike('SHRINK TABLE', ['Nightly Batch Merge', 'Weekly Log Rotation'])).toBe('the answer is the only choice written in capitals or the only one not');
    expect(choicesUnalike('SHRINK', ['DEFRAGMENT', 'Compact Pass', 'COMPACT'])).toBeUndefined();
  });

  it('catches an answer much longer or much shorter than every distractor', () => {
    const long = 'A serverless compute service that runs code in response to events and scales with them automatically';
    expect(choicesUnalike(long, ['A managed message queue service', 'An object store for files', 'A NoSQL key-value database'])).toBe('the answer is much longer than the other choices');
    expect(choicesUnalike('A queue', ['A NoSQL key-value and document database', 'A content delivery network at the edge', 'A state machine for workflows'])).toBeDefined();
  });

  it('passes choices alike in kind and length, and numbers whatever their length', () => {
    expect(choicesUnalike('Lambda', ['Fargate', 'EC2', 'App Runner'])).toBeUndefined();
    expect(choicesUnalike('15 minutes', ['900,000 milliseconds', '5 minutes', '1 hour'])).toBeUndefined();
  });

  it('lengthAlike keeps candidates within twice the answer length', () => {
    expect(lengthAlike('A managed queue service', 'An event bus for events')).toBe(true);
    expect(lengthAlike('A queue for messages', 'A serverless event bus that passes events from many sources to many targets')).toBe(false);
  });
});

describe('sameForm: a candidate written in the answer\'s form', () => {
  it.each([
    ['Fn::Split', 'Fn::Select', true],
    ['Fn::Split', 'Outputs', false],
    ['Parameters', 'Fn::GetAtt', false],
    ['NOCOUNT_ON', 'ANSI_NULLS', true],
    ['NOCOUNT_ON', 'Durability', false],
    ['20000-29999', 'port 443', false],
    ['20000-29999', '1-1023', true],
    ['Routing Policies', 'Health Checks', true],
    ['value()', 'nodes()', true],
  ])('%j and %j: %s', (answer, candidate, alike) => {
    expect(sameForm(answer, candidate)).toBe(alike);
  });
});

describe('choicesUnalike: initials among names', () => {
  it('catches the one name written as initials, or the one not, among capitalised names', () => {
    expect(choicesUnalike('TLS', ['Key Exchange', 'Certificate Pinning', 'Cipher Suite'])).toBe('the answer is the only choice written in initials or the only one not');
    expect(choicesUnalike('Cipher Suite', ['TLS', 'SSH', 'IPSEC'])).toBe('the answer is the only choice written in initials or the only one not');
  });

  it('passes initials beside initials, and initials among answers that are not names', () => {
    expect(choicesUnalike('TLS', ['SSH', 'Cipher Suite', 'Key Exchange'])).toBeUndefined();
    expect(choicesUnalike('ISP', ['The customer', 'A hardware partner'])).toBeUndefined();
  });
});

describe('onlySingular: one thing among classes of things', () => {
  it('catches one singular name among plurals (one drug among classes), but not a plural name among singulars nor sentences', () => {
    expect(onlySingular('Zolpitane', ['Glycoxides', 'Mirapenems', 'Tetralones'])).toBe('the answer is the only singular choice');
    expect(onlySingular('Flow Steps', ['Queue', 'Event Bus', 'Stream'])).toBeUndefined();
    expect(onlySingular('Zolpitane', ['Glycoxides', 'Mirapenem', 'Tetralones'])).toBeUndefined();
    expect(onlySingular('Keeps several copies of each file', ['Moves files between regions, on a schedule', 'Serves pages', 'Locks buckets'])).toBeUndefined();
    expect(onlySingular('Header', ['Status', 'Analysis', 'Glass'])).toBeUndefined();
  });
});

describe('sameStatement: the answer written another way is a second right answer', () => {
  it('reads a lead "use" and a short form of a word as the same statement', () => {
    expect(sameStatement('SPLIT BATCH', 'USE SPLIT BATCHES')).toBe(true);
    expect(sameStatement('Run the config check', 'config check')).toBe(true);
    expect(sameStatement('REVERT CKPT', 'REVERT CKPT')).toBe(true);
  });

  it('keeps statements with another word, sign or number apart', () => {
    expect(sameStatement('SPLIT BATCH', 'MERGE BATCH')).toBe(false);
    expect(sameStatement('gross margin + tax', 'gross margin - tax')).toBe(false);
    expect(sameStatement('lock -t 5 USER', 'lock -w 5 USER')).toBe(false);
    expect(sameStatement('100 GB', '1000 GB')).toBe(false);
    expect(sameStatement('SPLIT BATCH', 'SPLIT BATCH NOW')).toBe(false);
  });
});

describe('outsideSharedHead: the answer is the one choice outside the kind the others name', () => {
  it('catches an answer among distractors that all end in one head word', () => {
    expect(outsideSharedHead('Sump', ['Settling tank', 'Holding tank', 'Header tanks'])).toBe('the answer is the only choice not of the kind the others name');
  });

  it('lets an answer of the same kind, or distractors of mixed kinds, through', () => {
    expect(outsideSharedHead('Septic tank', ['Settling tank', 'Holding tank', 'Header tank'])).toBeUndefined();
    expect(outsideSharedHead('Sump', ['Settling tank', 'Float valve', 'Header tank'])).toBeUndefined();
    expect(outsideSharedHead('Sump', ['Cistern', 'Soakaway', 'Header tank'])).toBeUndefined();
  });
});
