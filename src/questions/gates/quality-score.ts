import { comparisonKey } from '../text-tools.js';

/**
 * A question's quality, 0–1: an estimate of the chance that an experienced item writer would publish it
 * as it is, read from what blind reviewers (docs/review-criteria.md) made of questions of the same form.
 * The generator keeps the best question of each fact by it (gates/same-fact.ts) and the daily chooser
 * asks the best unasked question first (src/quiz/choose-question.ts).
 *
 * How the weights were derived: the blind reviews r3, r4 and r5 (seeds 61, 67 and 73) of seven sets of
 * other people's notes (aws-ccp, aws-dva, azure-az104, db-tsql, k8s-cka, med-pharm, security-cissp: 630
 * questions) were joined to the questions they judged, and each question sorted by `qualityTraits`
 * (`npx tsx eval/why-quality.ts <review folder> r3 r4 r5 --corpora <sets folder>` prints the counts
 * below). A form's weight is its usable share, smoothed as (usable + 1) / (reviewed + 2) so that a form seen a few times is not
 * scored 0 or 1; a trait that cuts across forms multiplies the weight by the ratio of the smoothed
 * usable shares of questions with and without it. A stem that keeps the fact's role or conditions
 * made no difference the reviews could see (r4's number questions with a role word: 7 of 30
 * usable, without: 11 of 33), so it carries no weight.
 */
export interface QualityInput {
  kind: string;
  stem: string;
  choices: readonly string[];
  /** The headings the question's source line sits under, outermost first. */
  section?: readonly string[];
  /**
   * Names the notes use for things, as comparison keys (terms, list members, table rows): a heading
   * that is one of them ("Spot Instances") is the thing's name, not a heading standing in for one.
   */
  names?: ReadonlySet<string>;
}

/** The stem forms the reviews tell apart; `in context` is a stem led by "In <heading>, …". */
type Form =
  | 'comparing named rows'
  | 'row by a quoted cell'
  | 'row by a described cell'
  | 'cell value of a row'
  | 'thing by what it does'
  | 'thing by what it does, in context'
  | 'thing by a quoted description'
  | 'thing by a quoted description, in context'
  | 'description of a thing'
  | 'description of a thing, in context'
  | 'number'
  | 'membership or use-case'
  | 'command'
  | 'not reviewed';

/** [usable, reviewed] per form, from the reviews named above. */
const reviewed: Record<Form, readonly [number, number]> = {
  // "Comparing THROW and RAISERROR, which …?"
  'comparing named rows': [11, 14],
  // "Which required port has the component “kube-apiserver”?"
  'row by a quoted cell': [36, 55],
  // "Which of these has this flexibility: reserved capacity in a specific region or AZ?": a cell of prose.
  'row by a described cell': [1, 4],
  // "What is the type of Name?": a table cell asked as a value.
  'cell value of a row': [0, 6],
  // "Which of these defines the set of files to sync?", "Which service should you use to …?"
  'thing by what it does': [23, 62],
  'thing by what it does, in context': [12, 17],
  // "Which of these is described as “Serverless query service”?": a fragment of the notes, quoted.
  'thing by a quoted description': [61, 176],
  'thing by a quoted description, in context': [32, 51],
  // "Which of these best describes EFS?"
  'description of a thing': [10, 39],
  'description of a thing, in context': [3, 7],
  number: [66, 190],
  // Earlier reviews of this release: none of the 42 membership and use-case questions was usable.
  'membership or use-case': [0, 42],
  // "Which command shows the memory use of each pod?"
  command: [2, 7],
  // A form no review has judged enough (Q&A from the notes, new kinds): all 630 reviewed questions.
  'not reviewed': [259, 630],
};

/** [with: usable, reviewed], [without: usable, reviewed] per trait, from the same reviews. */
const traits = {
  // "What is the size of the file for Storage security best practices?": a heading of plain words
  // where the thing asked about should stand (unclear subject, garbled).
  headingAsSubject: [
    [5, 28],
    [254, 602],
  ],
  // Text choices, the longest over twice the shortest: the odd one out gives itself away.
  unevenChoices: [
    [59, 151],
    [134, 289],
  ],
} as const;

const smoothed = ([usable, count]: readonly [number, number]): number => (usable + 1) / (count + 2);
const ratio = ([withIt, without]: readonly [readonly [number, number], readonly [number, number]]): number => smoothed(withIt) / smoothed(without);

/** The form and traits of a question, as the reviews were counted by. */
export function qualityTraits({ kind, stem, choices, section = [], names }: QualityInput): { form: Form; headingAsSubject: boolean; unevenChoices: boolean } {
  const lead = /^In [^,]+, /.exec(stem);
  const body = lead ? stem.slice(lead[0].length) : stem;
  const inContext = lead ? ', in context' : '';
  let form: Form;
  if (kind === 'comparison') form = comparisonForm(stem);
  else if (kind === 'definition-to-term') form = /\bdescribed as “/.test(body) ? `thing by a quoted description${inContext}` : `thing by what it does${inContext}`;
  else if (kind === 'term-to-definition') form = `description of a thing${inContext}`;
  else if (kind === 'quantity') form = 'number';
  else if (kind === 'membership' || kind === 'usecase') form = 'membership or use-case';
  else if (kind === 'command') form = 'command';
  else form = 'not reviewed';
  const headings = names ? section.filter((heading) => !names.has(comparisonKey(heading))) : section;
  return { form, headingAsSubject: headingAsSubject(body, headings), unevenChoices: unevenText(choices) };
}

export function qualityScore(input: QualityInput): number {
  const { form, headingAsSubject, unevenChoices } = qualityTraits(input);
  let score = smoothed(reviewed[form]);
  if (headingAsSubject) score *= ratio(traits.headingAsSubject);
  if (unevenChoices) score *= ratio(traits.unevenChoices);
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

function comparisonForm(stem: string): Form {
  if (stem.startsWith('Comparing ')) return 'comparing named rows';
  if (/^What is /.test(stem)) return 'cell value of a row';
  return /\bhas this [^:?]*:/.test(stem) ? 'row by a described cell' : 'row by a quoted cell';
}

/**
 * True when a heading of two plain words or more (no name among them: no acronym, digit or inner
 * capital) stands in the stem outside its quotes, as what the question is about: "Blob access tiers",
 * "Window Ranking Functions". A heading that leads the stem as context ("In XQuery, …") is not counted.
 */
function headingAsSubject(body: string, section: readonly string[]): boolean {
  const asked = ` ${plainWords(body.replace(/“[^”]*”/g, ' '))} `;
  return section.some((heading) => {
    const words = plainWords(heading);
    return words.includes(' ') && !/\p{Ll}\p{Lu}|(?:^|\s)\p{Lu}{2,}|\d|@|-\p{Lu}/u.test(heading) && asked.includes(` ${words} `);
  });
}

const plainWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&/-]+/gu, ' ')
    .trim();

/** Text choices (not all numbers) whose longest is over twice the shortest. */
function unevenText(choices: readonly string[]): boolean {
  if (choices.length === 0 || choices.every((choice) => /\d/.test(choice))) return false;
  const lengths = choices.map((choice) => choice.length);
  return Math.max(...lengths) > 2 * Math.min(...lengths);
}
