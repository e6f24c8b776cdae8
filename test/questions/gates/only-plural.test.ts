import { describe, expect, it } from 'vitest';
import { onlyPlural } from '../../../src/questions/gates/only-plural.js';

const reason = 'the answer is the only plural choice, as the description reads';

describe('onlyPlural: the one plural choice, when the description reads in the plural', () => {
  it('catches a plural answer among singulars under a plural head noun or a plural verb', () => {
    expect(onlyPlural('Which of these is described as “Rules that govern a guild’s conduct”?', 'bylaws', ['charter', 'guild seal', 'oath'])).toBe(reason);
    expect(onlyPlural('Which of these is described as “Single units of frame data”?', 'packet frames', ['hub port', 'signal repeater'])).toBe(reason);
    expect(onlyPlural('Which of these is described as “Costly and do limit the lender”?', 'strict clauses', ['surety', 'term loan'])).toBe(reason);
    expect(onlyPlural('In Guilds, which of these are the rules that govern conduct?', 'Bylaws', ['Charter', 'Guild Seal'])).toBe(reason);
  });

  it('leaves a singular description, a verb-led one, a plural distractor and a phrase alone', () => {
    expect(onlyPlural('Which of these is described as “The span of cold weather a tree needs”?', 'chill hours', ['scion wood', 'rootstock'])).toBeUndefined();
    expect(onlyPlural('Which of these is described as “Gets the results of the checks”?', 'review boards', ['audit log', 'help desk'])).toBeUndefined();
    expect(onlyPlural('Which of these is described as “Rules that govern conduct”?', 'bylaws', ['charter', 'oaths'])).toBeUndefined();
    expect(onlyPlural('Which of these is described as “Rules that govern conduct”?', 'bylaws kept by the guild, in writing', ['charter', 'oath'])).toBeUndefined();
  });

  it('reads either side of a slash pair', () => {
    expect(onlyPlural('Which of these is described as “Risks that come from weather”?', 'floods/storms', ['riots/looting', 'power loss'])).toBeUndefined();
    expect(onlyPlural('Which of these is described as “Risks that come from weather”?', 'floods/storms', ['fire/smoke', 'power loss'])).toBe(reason);
  });
});
