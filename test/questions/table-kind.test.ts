import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { bankDefects } from './bank-defects.js';
import { kb } from './build-items.js';

const questionsOf = (file: string, lines: string[]) => generateQuestions(kb(parseNote(file, lines.join('\n')).items)).questions;

const table = (heading: string, header: string): string[] => [
  `## ${heading}`,
  '',
  `| ${header} | Purpose |`,
  '| --- | --- |',
  '| Collector | Gathers raw readings from every field sensor on a fixed schedule |',
  '| Aggregator | Merges the gathered readings into hourly summaries per site |',
  '| Dashboard | Shows the hourly summaries to the operators on duty |',
  '| Archiver | Moves summaries older than a year into cold storage |',
];

const stemOf = (questions: ReturnType<typeof questionsOf>, answer: string): string | undefined =>
  questions.find((q) => q.kind === 'definition-to-term' && q.choices[q.answer] === answer)?.stem;

describe("a table's first header as its rows' kind", () => {
  it("names the heading's thing and the header's kind in the stem", () => {
    const questions = questionsOf('telemetry.md', table('Deploying Fleet Monitor', 'Component'));
    expect(bankDefects(questions)).toEqual([]);
    expect(stemOf(questions, 'Aggregator')).toBe('Which Fleet Monitor component merges the gathered readings into hourly summaries per site?');
  });

  it('prefers the acronym of a heading that ends in the kind', () => {
    const questions = questionsOf('telemetry.md', table('Remote Sensing Network (RSN) building blocks', 'Building block'));
    expect(stemOf(questions, 'Aggregator')).toBe('Which RSN building block merges the gathered readings into hourly summaries per site?');
  });

  it('reads a heading naming the kind as the kind phrase', () => {
    const questions = questionsOf('telemetry.md', table('Key Pipeline Stages', 'Stage'));
    expect(stemOf(questions, 'Aggregator')).toBe('Which pipeline stage merges the gathered readings into hourly summaries per site?');
  });

  it('adds no kind for a placeholder header or a heading of common nouns', () => {
    const named = questionsOf('telemetry.md', table('Deploying Fleet Monitor', 'Name'));
    expect(stemOf(named, 'Aggregator')).toBe('Which of these merges the gathered readings into hourly summaries per site?');
    const common = questionsOf('telemetry.md', table('Monitoring strategies', 'Component'));
    expect(stemOf(common, 'Aggregator')).toBe('Which of these merges the gathered readings into hourly summaries per site?');
  });

  it('leaves out a thing whose words the term holds', () => {
    const lines = table('Deploying Fleet Monitor', 'Component').map((line) => line.replace('| Aggregator |', '| Fleet Aggregator |'));
    const questions = questionsOf('telemetry.md', lines);
    expect(stemOf(questions, 'Dashboard')).toBe('Which Fleet Monitor component shows the hourly summaries to the operators on duty?');
    const own = questions.filter((q) => q.choices[q.answer] === 'Fleet Aggregator');
    expect(own.every((q) => !q.stem.includes('Fleet Monitor'))).toBe(true);
  });
});
