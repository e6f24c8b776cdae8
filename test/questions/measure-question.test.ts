import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { parseQuantity, sameQuantity } from '../../src/knowledge/parse-quantity.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { quantityQuestions } from '../../src/questions/quantity-question.js';
import type { Question } from '../../src/questions/question-schema.js';
import { fact, kb } from './build-items.js';

// Notes written here in the pattern of cabling, pharmacology, wireless and physiology cheat sheets.
const measure = (subject: string, attribute: string, text: string, extra: Partial<FactItem> = {}): FactItem =>
  fact(subject, attribute, parseQuantity(text)!, extra);

function outcomes(items: FactItem[], attribute: string, subject?: string) {
  const context = buildContext(kb(items));
  const item = context.facts.find((f) => f.attribute === attribute && (subject === undefined || f.subject === subject))!;
  return quantityQuestions(item, context);
}

const questions = (items: FactItem[], attribute: string, subject?: string): Question[] =>
  outcomes(items, attribute, subject).flatMap((o) => ('question' in o ? [o.question] : []));

function distractorsOf(question: Question): string[] {
  return question.choices.filter((_, index) => index !== question.answer);
}

/** Every distractor at least 5 % away from the answer and of its unit. */
function expectApart(question: Question, unit: RegExp): void {
  const answer = parseQuantity(question.choices[question.answer]!)!;
  for (const choice of question.choices) expect(choice).toMatch(unit);
  for (const choice of distractorsOf(question)) {
    const value = parseQuantity(choice)!;
    expect(sameQuantity(value, answer)).toBe(false);
    expect(Math.abs(value.min / answer.min - 1)).toBeGreaterThanOrEqual(0.05);
  }
}

describe('questions on measures of any field', () => {
  const cabling = (): FactItem[] => [
    measure('Cat 6', 'maximum cable length', '100 m'),
    measure('Cat 6', 'cable length at 10 Gbps', '55 m', { id: 'cat6-10g' }),
    measure('Thin coax', 'maximum cable length', '185 m'),
    measure('Multimode fibre', 'maximum cable length', '2 km'),
  ];

  it('asks a length in the unit the notes used, with other lengths of the notes as distractors', () => {
    const [question] = questions(cabling(), 'maximum cable length', 'Cat 6');
    expect(question!.stem).toBe('What is the maximum cable length for Cat 6?');
    expect(question!.choices[question!.answer]).toBe('100 m');
    expect(question!.choices).toHaveLength(4);
    expectApart(question!, /^[\d,.]+ m$/);
    // "2 km" would be 2,000 m: nobody writes a length of a thousand metres and more in metres.
    for (const choice of question!.choices) expect(parseQuantity(choice)!.min).toBeLessThan(1000);
  });

  it('asks a dose with what it is per in every choice, and never a dose in an awkward unit', () => {
    const items = [measure('Paracetamol', 'maximum single dose', '600 mg'), measure('Gentamicin', 'loading dose', '5 mg/kg')];
    const [perKg] = questions(items, 'loading dose');
    expect(perKg!.choices[perKg!.answer]).toBe('5 mg per kg');
    expectApart(perKg!, /^[\d,.]+ mg per kg$/);
    const [single] = questions(items, 'maximum single dose');
    expect(single!.choices[single!.answer]).toBe('600 mg');
    // 1,200 mg is 1.2 g and 60 mg stays mg: every choice a whole, plausible number of milligrams below 1,000.
    expectApart(single!, /^\d{2,3} mg$/);
    // A dose per kilogram and a plain dose are never each other's distractors.
    expect(distractorsOf(single!).some((choice) => /per/.test(choice))).toBe(false);
  });

  it('makes no temperature by scaling one: without other temperatures in the notes, nothing is asked', () => {
    const alone = outcomes([measure('Vaccine storage', 'holding temperature', '5 °C')], 'holding temperature');
    expect(alone.some((o) => 'question' in o)).toBe(false);
    const items = [
      measure('Vaccine storage', 'holding temperature', '5 °C'),
      measure('Frozen plasma', 'holding temperature', '-25 °C', { id: 'plasma' }),
      measure('Incubator', 'temperature', '37 °C'),
      measure('Platelets', 'holding temperature', '22 °C', { id: 'platelets' }),
      measure('Autoclave', 'temperature', '121 °C', { id: 'autoclave' }),
    ];
    const [question] = questions(items, 'holding temperature', 'Vaccine storage');
    expect(question!.choices[question!.answer]).toBe('5 °C');
    // Only temperatures the notes hold, in °C, none of them a made-up multiple.
    for (const choice of distractorsOf(question!)) expect(['22 °C', '37 °C', '121 °C']).toContain(choice);
  });

  it('asks only when the attribute names what the value measures', () => {
    const items = [measure('Body water', 'recall', '70 kg'), measure('Adult', 'body weight', '70 kg', { id: 'weight' })];
    expect(outcomes(items, 'recall')).toEqual([{ skip: 'the attribute does not name what the value measures', item: expect.anything() }]);
    const [weight] = questions(items, 'body weight');
    expect(weight!.choices[weight!.answer]).toBe('70 kg');
  });

  it('asks a speed by its own word, and never when a name in the stem holds the answer', () => {
    const items = [
      measure('Token Ring', 'max speed', '16 Mbps'),
      measure('25GBase-SR', 'max speed', '25 Gbps', { id: 'sr' }),
      measure('400GBase-DR4', 'max speed', '400 Gbps', { id: 'dr4' }),
      measure('FDDI', 'max speed', '100 Mbps', { id: 'fddi' }),
    ];
    const [ring] = questions(items, 'max speed', 'Token Ring');
    expect(ring!.stem).toBe('What is the maximum speed for Token Ring?');
    expect(ring!.choices[ring!.answer]).toBe('16 Mbps');
    // A whole answer gets whole made-up values: no "1.6 Mbps".
    for (const choice of ring!.choices) expect(choice).toMatch(/^\d+ Mbps$/);
    expect(outcomes(items, 'max speed', '25GBase-SR')).toEqual([{ skip: 'the stem holds the answer’s number', item: expect.anything() }]);
    // 1000 Mbps is 1 Gbps: the name's number is tried in every unit of the family.
    const gigabit = [measure('1000Base-SX', 'max speed', '1 Gbps'), ...items];
    expect(outcomes(gigabit, 'max speed', '1000Base-SX')).toEqual([{ skip: 'the stem holds the answer’s number', item: expect.anything() }]);
  });

  it('asks a row of a table under a chapter heading about the row, not the chapter', () => {
    const items = [
      measure('Cat 5e', 'throughput', '1 Gbps', { topic: 'Network Components' }),
      measure('Cat 3', 'throughput', '10 Mbps', { topic: 'Network Components', id: 'cat3' }),
    ];
    const [question] = questions(items, 'throughput', 'Cat 5e');
    expect(question!.stem).toBe('What is the throughput for Cat 5e?');
    expect(question!.choices[question!.answer]).toBe('1 Gbps');
  });
});
