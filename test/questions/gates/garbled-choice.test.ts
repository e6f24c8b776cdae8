import { describe, expect, it } from 'vitest';
import { garbledChoice } from '../../../src/questions/gates/garbled-choice.js';

describe('garbledChoice: a choice reads as written', () => {
  it.each(['Redis? Redis', 'Glacier This', 'A managed service to', 'when you are trying', 'ON, RETENTION = FULL)', 'Queue (FIFO', 'Topics topics', 'this'])('rejects %j', (choice) => {
    expect(garbledChoice(choice)).toBeDefined();
  });
  it.each(['SSE-KMS', 'Cross-Zone Load Balancing', 'Dead-letter queue (DLQ)', 'Objects are stored in three zones', 'NoExecute', 'Lambda@Edge', '“Aurora for MongoDB” (JSON)'])('accepts %j', (choice) => {
    expect(garbledChoice(choice)).toBeUndefined();
  });
});
