import { describe, expect, it } from 'vitest';
import { attributeProblem } from '../../../src/questions/gates/noun-phrase.js';

describe('attributeProblem: the attribute asked about reads as a thing', () => {
  it.each(['customizable. the default setting', '< t <', 'typically made available within', 'storage will automatically grow', 'time during the last', '→ pods restart', 'of the function'])('rejects %j', (attribute) => {
    expect(attributeProblem(attribute)).toBeDefined();
  });

  it.each(['visibility timeout', 'execution timeout', 'maximum item size', 'message retention period', 'daily request quota'])('accepts %j', (attribute) => {
    expect(attributeProblem(attribute)).toBeUndefined();
  });
});
