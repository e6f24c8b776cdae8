import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { eachDirection } from '../../src/questions/definition-question.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { kb } from './build-items.js';

describe('a folder in lower case is no subject', () => {
  // Every heading and the file name hold "Engines", a word of the answer alone: only the folder is left.
  const note = [
    '# Engines',
    '',
    '## Engines summary',
    '',
    '- Steam Engines - external combustion that boils water in a separate vessel',
    '- Turbofan - jet propulsion with a large ducted fan at the front',
    '- Ramjet - jet propulsion that compresses air by forward speed alone',
    '- Wankel - internal combustion with a triangular rotor instead of pistons',
  ].join('\n');
  const steam = (file: string) => generateQuestions(kb(parseNote(file, note).items)).questions.filter((q) => q.choices[q.answer]?.toLowerCase().includes('steam') || q.choices[q.answer]?.startsWith('External'));

  it('asks no "Which of these …" posted under a container folder such as "chapters"', () => {
    const questions = steam('chapters/engines.md');
    expect(questions.some((q) => q.topic === 'chapters')).toBe(false);
    expect(questions.map((q) => q.stem)).toEqual(['Which of these best describes Steam Engines?']);
  });

  it('keeps a folder its author named as a subject', () => {
    const [question] = steam('Propulsion/engines.md');
    expect(question?.topic).toBe('Propulsion');
    expect(question?.stem).toBe('Which of these is described as “External combustion that boils water in a separate vessel”?');
  });
});

describe('term → definition distractors', () => {
  it('offers no definition that names the term asked about', () => {
    const note = [
      '# Mail relay',
      '',
      '## Setting up Mail Relay',
      '',
      '|Component|Purpose|',
      '|--|--|',
      'Relay Service|The cloud resource that you create first. Top-level resource for the relay.',
      'Delivery Group|Defines the set of mailboxes to serve. Any number can be set.',
      'Site Endpoint|A specific folder on the **enrolled server** running the **Relay Agent**.',
      'Enrolled Server|The server that runs the **Relay Agent**.',
      'Relay Agent|Installable that manages the forwarding. A background service watching the outbox.',
      'Cloud Endpoint|A mailbox store that is part of a delivery group.',
    ].join('\n');
    const context = buildContext(kb(parseNote('relay.md', note).items));
    const [toDefinition] = eachDirection(context.definitions.find((d) => d.term === 'Relay Agent')!, context);
    const question = toDefinition && 'question' in toDefinition ? toDefinition.question : undefined;
    expect(question?.stem).toBe('Which of these best describes Relay Agent?');
    expect(question?.choices.filter((choice) => choice.includes('Relay Agent'))).toEqual([]);
  });
});
