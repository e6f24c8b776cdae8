import { questionSchema, type Question } from '../../src/questions/question-schema.js';

// An independent re-check of a generated bank, written apart from the generator's own gates so a test
// does not grade the generator with its own rules. Each defect names the question.

const isNumber = (choice: string): boolean => /^(up to |less than |at least |port )?\$?\d/i.test(choice);
const key = (text: string): string => text.toLowerCase().replace(/^(aws|amazon)\s+/, '').replace(/\s+/g, ' ').trim();

/** Every structural defect in `questions`, as "<id>: <what is wrong>". */
export function bankDefects(questions: readonly Question[]): string[] {
  const defects: string[] = [];
  const ids = new Set<string>();
  for (const q of questions) {
    const at = (problem: string) => defects.push(`${q.id}: ${problem} — ${q.stem}`);
    if (!questionSchema.safeParse(q).success) at('does not match the schema');
    if (ids.has(q.id)) at('duplicate id');
    ids.add(q.id);
    if (q.choices.length < 3) at('fewer than 3 choices');
    if (q.choices.some((c) => c.trim() === '')) at('empty choice');
    if (new Set(q.choices.map(key)).size !== q.choices.length) at('duplicate choices');
    const numbers = q.choices.filter(isNumber).length;
    if (numbers > 0 && numbers < q.choices.length) at('choices of mixed kinds');
    const answer = q.choices[q.answer] ?? '';
    const stemNamesEveryChoice = q.choices.filter((c) => c !== 'Both of them').every((c) => q.stem.includes(c));
    if (!stemNamesEveryChoice && ` ${q.stem.toLowerCase()} `.includes(` ${answer.toLowerCase()} `)) at(`answer "${answer}" in the stem`);
    if (!/^[A-Z].*\?$/.test(q.stem)) at('stem is not a question sentence');
    if (/[*`#|]|\]\(/.test(q.stem) || q.choices.some((c) => /[*`#|]|\]\(/.test(c))) at('markdown left in');
    if (/\b(\w+) \1\b/i.test(q.stem.replace(/\d+/g, ''))) at('doubled word');
    if (!q.explanation.trim()) at('no explanation');
  }
  return defects;
}
