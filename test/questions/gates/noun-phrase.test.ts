import { describe, expect, it } from 'vitest';
import { attributeProblem, countedNounProblem, dimensionMismatch, durationUnnamed } from '../../../src/questions/gates/noun-phrase.js';

describe('attributeProblem: the attribute asked about reads as a thing', () => {
  it.each(['customizable. the default setting', '< t <', 'typically made available within', 'storage will automatically grow', 'time during the last', '→ pods restart', 'of the function'])('rejects %j', (attribute) => {
    expect(attributeProblem(attribute)).toBeDefined();
  });

  it.each([['long', 'adjective'], ['wide', 'adjective'], ['string limits', 'several limits'], ['tag quotas', 'several limits']])('rejects %j (%s)', (attribute, why) => {
    expect(attributeProblem(attribute)).toContain(why);
  });

  // A verb and its object, with no tell-tale function word at either end.
  it.each(['reduces the failover time', 'specify a session limit', 'your swap space', 'lets you store', 'only supports', 'stores data', 'encrypts objects', 'plan tasks run nightly', 'header into the packet', 'chunk onto the disk'])('rejects the clause %j', (attribute) => {
    expect(attributeProblem(attribute)).toBe('attribute is a clause, not a name');
  });

  // A head noun with prepositional phrases may run longer than a bare compound; a long run without one is a clause.
  it.each(['time allowed for recovery before restarting jobs', 'retention period for objects in the archive tier', 'number of retries per message before dead-lettering'])('accepts the modified noun %j', (attribute) => {
    expect(attributeProblem(attribute)).toBeUndefined();
  });
  it.each(['nightly backup window cleanup task retention setting'])('rejects the run-on %j', (attribute) => {
    expect(attributeProblem(attribute)).toBe('attribute is a clause, not a name');
  });

  it('rejects a term followed by its own acronym', () => {
    expect(attributeProblem('network attached storage NAS')).toBe('attribute is a term and its acronym, not a property');
    expect(attributeProblem('storage area size')).toBeUndefined();
  });

  it.each(['zero bytes', 'the year', 'examples', 'billion'])('rejects the unit or label %j', (attribute) => {
    expect(attributeProblem(attribute)).toBeDefined();
  });

  it.each(['visibility timeout', 'execution timeout', 'maximum item size', 'message retention period', 'daily request quota', 'number of read replicas', 'rules per security group', 'days of retention', 'access key age', 'status check interval', 'elimination half-life', 'write capacity units'])('accepts %j', (attribute) => {
    expect(attributeProblem(attribute)).toBeUndefined();
  });
});

describe('dimensionMismatch: the value is of the kind the attribute names', () => {
  it.each([
    ['extra cost', 'duration', true],
    ['minimum storage', 'duration', true],
    ['visibility timeout', 'size', true],
    ['storage duration', 'duration', false],
    ['maximum item size', 'size', false],
    ['number of requests', 'count', false],
    ['replicas', 'count', false],
  ])('%j measured as %s mismatches: %s', (attribute, dimension, mismatch) => {
    expect(dimensionMismatch(attribute, dimension) !== undefined).toBe(mismatch);
  });
});

describe('countedNounProblem: "the number of …" counts a plural', () => {
  const count = (unit = '') => ({ dimension: 'count', unit });
  it.each(['worker pools per zone', 'LSI and GSI per table', 'key-pairs per region', 'number of retry policies', 'VPCs'])('accepts %j', (attribute) => {
    expect(countedNounProblem(attribute, count())).toBeUndefined();
  });

  // Fragments of prose, a column header that is a name, a singular of a grade: none reads as a count.
  it.each(['free', 'other reg', 'generation', 'shipper', 'microsoft SQL server'])('rejects %j', (attribute) => {
    expect(countedNounProblem(attribute, count())).toBe('the count is no plural: "the number of …" does not read');
  });

  it('accepts the count’s own noun, which the stem makes plural, and refuses a count of other things', () => {
    expect(countedNounProblem('worker', count('workers'))).toBeUndefined();
    expect(countedNounProblem('botnets', count('computers'))).toBe('the count is of other things than the attribute names');
    expect(countedNounProblem('share', count('%'))).toBeUndefined();
  });
});

describe('durationUnnamed: a duration is asked by a time word', () => {
  it.each(['lock duration', 'visibility timeout', 'grace period before eviction', 'time allowed for recovery', 'minimum storage duration', 'token lifetime', 'long polling wait'])('accepts %j', (attribute) => {
    expect(durationUnnamed(attribute, 'duration')).toBeUndefined();
  });

  it.each(['logs', 'standard', 'bulk', 'cool', 'wait', 'subunit of the ribosome', 'azure for students'])('rejects %j', (attribute) => {
    expect(durationUnnamed(attribute, 'duration')).toBe('the attribute does not name a time');
  });

  it('leaves other dimensions alone', () => {
    expect(durationUnnamed('logs', 'size')).toBeUndefined();
  });
});
