import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { contrasting } from '../../src/questions/definition-overlap.js';
import { sameHead } from '../../src/questions/definition-kin.js';
import { eachDirection } from '../../src/questions/definition-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { contentWords, tidy } from '../../src/questions/text-tools.js';
import { kb } from './build-items.js';

// Work a builder repeats for every sibling (word lists, opposite pairs, head words, section keys) is
// done once per text or item: the answers stay those of the first computation, call after call.

const notes = `# Canal locks

## Lock gates

- mitre gate: a pair of leaves that meet at an angle pointing upstream against the water
- sector gate: a curved leaf that swings sideways into a recess in the lock wall
- guillotine gate: a single leaf lifted straight up out of the channel by a counterweight
- drop gate: a single leaf lowered flat onto the floor of the channel to let boats pass

## Lock operations

- filling sluice: lets water in from the upper pound so the chamber rises
- emptying sluice: lets water out to the lower pound so the chamber falls
`;

function questionsOf(text: string): string[] {
  const context = buildContext(kb(parseNote('canal.md', text).items));
  return context.definitions.flatMap((item) =>
    eachDirection(item, context).flatMap((outcome) => ('question' in outcome ? [`${outcome.question.stem} ${outcome.question.choices.join(' | ')}`] : [])),
  );
}

describe('work done once per text or item', () => {
  it('asks the same questions, with the same choices, however often the notes are generated', () => {
    const first = questionsOf(notes);
    expect(first.length).toBeGreaterThan(0);
    expect(questionsOf(notes)).toEqual(first);
    // A fresh parse (new item objects) of the same notes gives the same questions too.
    expect(questionsOf(`${notes}\n`)).toEqual(first);
  });

  it('offers the gates of the own section beside a gate, never the sluices of the next section', () => {
    const context = buildContext(kb(parseNote('canal.md', notes).items));
    const mitre = context.definitions.find((item) => item.term === 'mitre gate')!;
    const toTerm = eachDirection(mitre, context).find((outcome) => 'question' in outcome && outcome.question.kind === 'definition-to-term');
    expect(toTerm && 'question' in toTerm ? toTerm.question.choices.slice().sort() : []).toEqual(['drop gate', 'guillotine gate', 'mitre gate', 'sector gate']);
  });

  it('tells opposites apart by the pair of words each says, in either order, asked again', () => {
    const upper = 'Lets water in from the upper pound';
    const lower = 'Lets water in from the lower pound';
    for (let round = 0; round < 2; round += 1) {
      expect(contrasting(upper, lower)).toBe(true);
      expect(contrasting(lower, upper)).toBe(true);
      // Saying both words of a pair contrasts nothing.
      expect(contrasting('Joins the upper and lower pound', lower)).toBe(false);
      expect(contrasting(upper, 'Lets boats through the chamber')).toBe(false);
    }
  });

  it('finds a shared head word of two-word terms only, singular or plural, asked again', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(sameHead('mitre gates', 'sector gate')).toBe(true);
      expect(sameHead('gate', 'sector gate')).toBe(false);
      expect(sameHead('filling sluice', 'sector gate')).toBe(false);
    }
  });

  it('gives each caller its own list of content words and the same tidied text', () => {
    const words = contentWords('The chamber rises as the sluices open');
    words.push('changed');
    expect(contentWords('The chamber rises as the sluices open')).toEqual(['chamber', 'rise', 'sluice', 'open']);
    expect(tidy('  a  lock   keeper.  ')).toBe('a lock keeper');
    expect(tidy('  a  lock   keeper.  ')).toBe('a lock keeper');
  });
});
