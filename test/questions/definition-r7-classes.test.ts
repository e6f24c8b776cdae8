import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { eachDirection } from '../../src/questions/definition-question.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { mendText } from '../../src/questions/mend-spelling.js';
import { outsideSharedOpening } from '../../src/questions/gates/choices-alike.js';
import { buildContext } from '../../src/questions/generation-context.js';
import type { Question } from '../../src/questions/question-schema.js';
import { kb } from './build-items.js';

// Notes written for these tests, in the patterns the r7 review found; never a set's own sentences.

function contextOf(file: string, text: string) {
  return buildContext(kb(parseNote(file, text).items));
}

/** Every question either direction gives for `term`, and the skip reasons of the rest. */
function outcomesFor(context: ReturnType<typeof contextOf>, term: string) {
  const item = context.definitions.find((d) => d.term === term);
  if (!item) throw new Error(`no definition of ${term}`);
  const outcomes = eachDirection(item, context);
  return { questions: outcomes.flatMap((o): Question[] => ('question' in o ? [o.question] : [])), skips: outcomes.flatMap((o) => ('skip' in o ? [o.skip] : [])) };
}

// Entries with sub-bullets labelled by an aspect of the entry ("drawback", "countermeasures").
const PESTS = `## Hive pests
- wax moth: a moth whose larvae tunnel through stored comb and leave silk webbing behind
  - countermeasures: freezing the frames, keeping strong colonies, storing comb in cool light rooms
- varroa mite: an external parasite that feeds on the fat bodies of developing bees
- small hive beetle: a beetle that lays eggs in cracks and whose larvae ferment the honey
- robbing: bees of another colony stealing honey from a weak or open hive
#### Monitoring
- sticky board: a sheet under the screen floor that catches mites falling from the bees
  - drawback: counts vary a lot with the weather and the colony's size
- sugar roll: shaking bees in powdered sugar to knock mites off and count them
- alcohol wash: washing a cup of bees in alcohol to count every mite they carry
`;

describe('r7 class: an aspect label under an entry is no term', () => {
  it('never asks about a "drawback" or "countermeasures" label', () => {
    const context = contextOf('pests.md', PESTS);
    expect(outcomesFor(context, 'drawback').skips).toContain('term names an aspect of the entry above it');
    expect(outcomesFor(context, 'countermeasures').skips).toContain('term names an aspect of the entry above it');
  });

  it('never offers one beside the entries it qualifies', () => {
    const context = contextOf('pests.md', PESTS);
    const choices = [...outcomesFor(context, 'robbing').questions, ...outcomesFor(context, 'sugar roll').questions].flatMap((q) => q.choices);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).not.toContain('countermeasures');
    expect(choices).not.toContain('drawback');
  });
});

// Two entries that differ by one right: each one's question answers the other's.
const ROLES = `## Apiary roles
- Keeper: full control of every hive in the apiary, including the right to add people to the rota
- Helper: full control of every hive in the apiary, but cannot add people to the rota
- Visitor: may look at the hives from the path and read the logbook
- Inspector: checks the brood for disease twice a year and signs the register
`;

describe('r7 class: a pair of definitions seen from both sides is one fact', () => {
  it('asks one of the pair over the same choices, not both', () => {
    const { questions } = generateQuestions(kb(parseNote('roles.md', ROLES).items), { kinds: ['definition-to-term', 'term-to-definition'] });
    const keyed = questions.map((q) => q.choices[q.answer]);
    expect(keyed.filter((answer) => answer === 'Keeper' || answer === 'Helper')).toHaveLength(1);
    expect(keyed).toContain('Inspector');
  });
});

// A file that spells "colonies" right many times and wrong once, and "swarming" / "swarmings" as two forms.
const COLONIES = `## Colony states
- queenright: colonies with a laying queen, whose colonies stay calm and build comb
- queenless: colonies that lost their queen; such colonies roar and stop building comb
- laying workers: workers laying drone eggs in colnies left without a queen for weeks
- swarming: half the colonies leaving with the old queen, a few swarmings each spring
- absconding: whole colonies leaving a hive that is too hot or full of pests
- robbed out: colonies emptied of honey by stronger colonies nearby
- dwindling: colonies losing more bees than they raise, as weak colonies do in autumn
`;

describe('r7 class: a typo the notes spell right elsewhere is mended', () => {
  it('quotes the mended word in the stem and the explanation', () => {
    const context = contextOf('colonies.md', COLONIES);
    const texts = [...outcomesFor(context, 'laying workers').questions, ...outcomesFor(context, 'queenright').questions].flatMap((q) => [q.stem, ...q.choices, q.explanation]);
    expect(texts.some((text) => text.includes('eggs in colonies left without a queen'))).toBe(true);
    expect(texts.join(' ')).not.toContain('colnies');
  });

  it('leaves other forms of a word, and words the notes write too rarely to tell, as written', () => {
    const context = contextOf('colonies.md', COLONIES);
    expect(mendText('swarming colnies', context)).toBe('swarming colonies');
    // "swarmings" is another form of "swarming"; "queenlss" is one letter from a word written only twice.
    expect(mendText('a few swarmings', context)).toBe('a few swarmings');
    expect(mendText('a queenlss hive', context)).toBe('a queenlss hive');
  });
});

// A file of hive-record sections, two required and four optional, and a setting over its own values.
const RECORDS = `## Hive record sections
- header: A required section that names the apiary and the keeper who writes the record
- inspections: A required section that lists every visit with its date and what was seen
- treatments: An optional section where you note the mite treatments given and their doses
- harvests: An optional section where you note the frames taken and the weight of honey
- feeding: An optional section where you note the syrup given and its strength
- notes: An optional section where you write anything that fits nowhere else
- weather: An optional section where you record the sky and the wind on each visit
- temper: An optional section where you rate how calmly the bees behaved

## Hive settings
- **Floor type**: Decides how mites and air pass under the brood box:
  - Solid floor - closed boards that keep the hive warm in winter
  - Mesh floor - open wire that lets fallen mites drop out of the hive
  - Tray floor - open wire over a sliding board for counting fallen mites
- **Entrance size**: Sets how many bees can pass at once and how easily robbers get in
- **Roof kind**: Keeps rain off the hive and shades it from the sun in summer
- **Frame count**: Fixes how many combs the bees can build side by side in one box
`;

describe('r7 class: a definition asked among definitions of another form or of its own values', () => {
  it('offers definitions opening as the answer does, so it is not the one that begins otherwise', () => {
    const context = contextOf('records.md', RECORDS);
    const asked = outcomesFor(context, 'inspections').questions.find((q) => q.kind === 'term-to-definition');
    expect(asked).toBeDefined();
    const openings = asked!.choices.map((choice) => choice.split(' ').slice(0, 2).join(' '));
    expect(openings.filter((opening) => opening === 'A required')).toHaveLength(2);
  });

  it('skips the question when every distractor opens one way and the answer another', () => {
    expect(outsideSharedOpening('A required part that names the keeper', ['An optional part for notes', 'An optional part for feeding', 'An optional part for harvests'])).toBe('the answer is the only choice not opening as the others do');
    expect(outsideSharedOpening('A required part that names the keeper', ['A required part for visits', 'An optional part for feeding', 'An optional part for harvests'])).toBeUndefined();
  });

  it("never offers a setting's own values beside the setting, either way", () => {
    const context = contextOf('records.md', RECORDS);
    const questions = outcomesFor(context, 'Floor type').questions;
    expect(questions.map((q) => q.kind).sort()).toEqual(['definition-to-term', 'term-to-definition']);
    expect(questions.flatMap((q) => q.choices).join(' ')).not.toMatch(/open wire|closed boards|Solid floor|Mesh floor|Tray floor/);
  });
});

// One section holding three floors and two other parts of a hive.
const PARTS = `## Hive parts
- solid floor: a closed board under the brood box that keeps the colony warm in winter
- mesh floor: an open wire base that lets fallen mites drop out of the hive
- tray floor: a base with a drawer that slides out for cleaning and counting
- crown board: a cover under the roof with a hole for a feeder
- queen excluder: a grid between boxes that workers pass but the queen cannot
`;

describe('r7 class: terms of the answer’s own kind, by their head word, before terms of other kinds', () => {
  it('asks among the floors alone when two other floors can stand beside the answer', () => {
    const context = contextOf('parts.md', PARTS);
    const asked = outcomesFor(context, 'mesh floor').questions.find((q) => q.kind === 'definition-to-term');
    expect(asked?.choices.slice().sort()).toEqual(['mesh floor', 'solid floor', 'tray floor']);
  });
});

describe('r7 class: of a pair, the side stating the exception is asked', () => {
  it('keeps the question whose text denies what the other grants', () => {
    const { questions } = generateQuestions(kb(parseNote('roles.md', ROLES).items), { kinds: ['definition-to-term', 'term-to-definition'] });
    expect(questions.map((q) => q.choices[q.answer])).toContain('Helper');
  });
});
