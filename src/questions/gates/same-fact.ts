import type { Question } from '../question-schema.js';
import { parseQuantity } from '../../knowledge/parse-quantity.js';
import { comparisonKey } from '../text-tools.js';
import { isMirrored } from '../mirrored-text.js';
import { pairedDefinitions } from '../definition-overlap.js';
import { TwinsAsked } from '../twin-names.js';
import { JobsAsked } from './same-job.js';
import { restatesValue } from './restated-value.js';

interface Entry {
  question: Question;
  answer: string;
  stem: string;
  kind: string;
  /** The posted topic: parallel clauses of one line are about different subjects. */
  topic: string;
  /** For a number question: the role its stem asks (default, minimum, maximum or none) and the answer's dimension. */
  measure: string;
}

/**
 * Gate "items independent" (Haladyna, Downing & Rodriguez 2002, guideline 9: avoid items that answer
 * each other): one question per fact in a bank. Two questions read from one line of the notes test one
 * fact (the blind review counts both directions of a definition and two cells of one table row as
 * repeats; both ends of one range are kept to one question by the quantity builder), and so do two from
 * anywhere when one's answer stands in the other's stem. Number questions from one line are one fact
 * only when they ask the same role of the same kind of measure: a default and a maximum are two.
 */
export class FactsAsked {
  private readonly byLine = new Map<string, Entry[]>();
  /** Every kept question, by its answer: for pairs that answer each other from two lines. */
  private readonly byAnswer = new Map<string, Entry[]>();
  /** Terms already keyed by a "which term is described as …" question, with that question. */
  private readonly termsAsked = new Map<string, Question>();
  /** Kept comparison questions by their set of choices: for mirrored stems over the same things. */
  private readonly byChoices = new Map<string, Entry[]>();
  private readonly twins = new TwinsAsked();
  private readonly jobs = new JobsAsked();

  /**
   * True when `question` tests a fact a kept question already tests: any question from the same
   * line, or from anywhere when each names the other's answer ("Which port has kubelet?" / "What is
   * port 10250?").
   */
  has(question: Question): boolean {
    return this.find(question) !== undefined;
  }

  /** The kept question that tests the same fact as `question` (see `has`), if there is one. */
  find(question: Question): Question | undefined {
    const answer = comparisonKey(question.choices[question.answer] ?? '');
    const stem = stemKey(question);
    // One item of one line is one fact: the two ends of a range, two cells of one table row, both
    // directions of a definition; so are two numbers of one line ("1 GB of RAM → 2 GB of swap").
    // A line's default, its minimum and its maximum are three facts ("Visibility timeout (default, min,
    // max): 30s, 30s, 12h"), and so are two measures ("10,000 parts, each 5 MB to 5 GB") and the
    // values of parallel clauses, each about its own subject ("Bronze nodes have 8 GB, Gold nodes 64 GB").
    const measure = question.kind === 'quantity' ? measureOf(question) : '';
    // A table row is one fact whatever its cells are asked as: a comparison and any other question of its line.
    const sameFact = (earlier: Entry): boolean =>
      (earlier.kind === 'quantity' && question.kind === 'quantity' && earlier.measure === measure && earlier.topic === question.topic) ||
      (earlier.kind !== question.kind && (earlier.kind === 'comparison' || question.kind === 'comparison')) ||
      earlier.answer === answer ||
      stem.includes(` ${earlier.answer} `) ||
      earlier.stem.includes(` ${answer} `);
    const sameLine = (this.byLine.get(lineOf(question)) ?? []).find(sameFact);
    if (sameLine) return sameLine.question;
    // "Which of these is described as …?" keyed to one term twice, from two lines, asks who it is twice.
    const sameTerm = question.kind === 'definition-to-term' ? this.termsAsked.get(answer) : undefined;
    if (sameTerm) return sameTerm;
    const sameJob = this.jobs.find(question);
    if (sameJob) return sameJob;
    // "Which … has this direction: traffic coming into the pod?" / "…: traffic going out from the pod?"
    // over the same two things: the cells sit on one axis, so answering one answers the other (over
    // more things, "Which port does etcd use?" / "…kubelet use?" are two facts).
    const mirror = question.kind === 'comparison' && twoThings(question) ? (this.byChoices.get(choicesKey(question)) ?? []).find((earlier) => earlier.answer !== answer && isMirrored(earlier.stem, stem)) : undefined;
    if (mirror) return mirror.question;
    // The same value of the same subject from another line (see restatesValue).
    const restated = (this.byAnswer.get(answer) ?? []).find((earlier) => restatesValue({ ...earlier, file: earlier.question.source.file }, { kind: question.kind, topic: question.topic, file: question.source.file, measure }));
    if (restated) return restated.question;
    const pair = question.kind === 'definition-to-term' ? this.pairOf(question, answer) : undefined;
    if (pair) return pair;
    const twin = this.twinOf(question);
    if (twin) return twin;
    for (const run of runsOf(stem)) {
      const answered = (this.byAnswer.get(run) ?? []).find((earlier) => earlier.stem.includes(` ${answer} `));
      if (answered) return answered.question;
    }
    return undefined;
  }

  /**
   * A kept "which term is described as …?" of the same file keyed to one of this question's choices,
   * offering this answer too, whose described text and this one's are one pair's two sides: opposites
   * alike in words (`pairedDefinitions`: "Full access, but can not grant access" → Contributor beside "Full access, including the ability
   * to grant access" → Owner; "into" / "out from") or one frame with a short run swapped. Knowing one
   * answers the other (r7 review, "repeats": "each stem answers the other").
   */
  private pairOf(question: Question, answer: string): Question | undefined {
    const choices = new Set(question.choices.map(comparisonKey));
    const described = describedText(question.stem);
    return question.choices
      .filter((_, index) => index !== question.answer)
      .flatMap((choice) => this.byAnswer.get(comparisonKey(choice)) ?? [])
      .find(
        (earlier) =>
          earlier.kind === 'definition-to-term' &&
          earlier.question.source.file === question.source.file &&
          choices.has(earlier.answer) &&
          earlier.question.choices.some((choice) => comparisonKey(choice) === answer) &&
          (pairedDefinitions(describedText(earlier.question.stem), described) || isMirrored(describedText(earlier.question.stem), described)),
      )?.question;
  }

  /** A kept question keyed to a twin of this one's answer, each offering the other's (see TwinsAsked). */
  twinOf(question: Question): Question | undefined {
    return this.twins.find(question);
  }

  /**
   * Records a question left out as a twin's (see `twinOf`) as asking its line's fact: the other
   * questions of that line ("What is the type of Gi?") ask the same distinction and stay out too.
   */
  cover(question: Question): void {
    const key = lineOf(question);
    this.byLine.set(key, [...(this.byLine.get(key) ?? []), this.entryOf(question)]);
  }

  private entryOf(question: Question): Entry {
    return {
      question,
      answer: comparisonKey(question.choices[question.answer] ?? ''),
      stem: stemKey(question),
      kind: question.kind,
      topic: question.topic,
      measure: question.kind === 'quantity' ? measureOf(question) : '',
    };
  }

  /** Records a kept question. */
  add(question: Question): void {
    const entry = this.entryOf(question);
    if (question.kind === 'definition-to-term' && !this.termsAsked.has(entry.answer)) this.termsAsked.set(entry.answer, question);
    if (question.kind === 'comparison') this.byChoices.set(choicesKey(question), [...(this.byChoices.get(choicesKey(question)) ?? []), entry]);
    this.twins.add(question);
    this.jobs.add(question);
    const key = lineOf(question);
    this.byLine.set(key, [...(this.byLine.get(key) ?? []), entry]);
    this.byAnswer.set(entry.answer, [...(this.byAnswer.get(entry.answer) ?? []), entry]);
  }
}

/** A question that passed every other gate, with the item it was built from, in notes order. */
export interface Candidate {
  question: Question;
  /** The id of the item it was built from (one fact, one list, one table row). */
  item: string;
}

/** Why a candidate was left out: another tests its fact (`by`), or its item has its `maxPerItem` already. */
export type Dropped<C extends Candidate> = { candidate: C; reason: 'same fact'; by: Question } | { candidate: C; reason: 'capped' };

/**
 * The best question of each fact, in two steps so that a weak early question ("Which of these is
 * described as “Serverless query service”?") does not block a better later one of the same fact
 * ("Which service should you use to query data in S3 with serverless SQL?"): candidates are taken
 * best first (quality score, then notes order), and each is kept unless it tests a fact a kept one
 * tests or its item already gave `maxPerItem` questions. Pure and deterministic; the kept come back in
 * notes order (the order of `candidates`).
 */
export function bestPerFact<C extends Candidate>(candidates: readonly C[], maxPerItem = Infinity): { kept: C[]; dropped: Array<Dropped<C>> } {
  const facts = new FactsAsked();
  const perItem = new Map<string, number>();
  const keep = new Set<number>();
  const dropped: Array<Dropped<C>> = [];
  const order = candidates.map((_, index) => index);
  // Sorting is stable: equal scores stay in notes order, but for the side of a pair that states the
  // exception ("Full access, but can not grant access" before "… including the ability to grant
  // access"): it tests the distinction, the other side is the plain reading (see `pairOf`).
  // Weighed once per candidate, not once per comparison of the sort.
  const exception = candidates.map(({ question }) => (statesException(question) ? 1 : 0));
  order.sort((a, b) => (candidates[b]!.question.quality ?? 0) - (candidates[a]!.question.quality ?? 0) || exception[b]! - exception[a]!);
  for (const index of order) {
    const candidate = candidates[index]!;
    const by = facts.find(candidate.question);
    if (by) {
      dropped.push({ candidate, reason: 'same fact', by });
      if (facts.twinOf(candidate.question) === by) facts.cover(candidate.question);
    } else if ((perItem.get(candidate.item) ?? 0) >= maxPerItem) {
      dropped.push({ candidate, reason: 'capped' });
    } else {
      perItem.set(candidate.item, (perItem.get(candidate.item) ?? 0) + 1);
      facts.add(candidate.question);
      keep.add(index);
    }
  }
  return { kept: candidates.filter((_, index) => keep.has(index)), dropped };
}

/**
 * The stem as compared, padded with spaces. A comparison names its choices in its stem on purpose
 * ("Comparing etcdctl and etcdutl, which works offline?"): those names are left out, or every question
 * of a two-row table would seem to answer every other.
 */
function stemKey(question: Question): string {
  let key = ` ${comparisonKey(question.stem)} `;
  if (question.kind !== 'comparison') return key;
  for (const choice of question.choices) {
    const name = ` ${comparisonKey(choice)} `;
    while (key.includes(name)) key = key.replaceAll(name, ' ');
  }
  return key;
}

/** Every run of one to five consecutive words of a normalised stem. */
function runsOf(stem: string): string[] {
  const words = stem.trim().split(' ');
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += 1) for (let j = i + 1; j <= Math.min(words.length, i + 5); j += 1) runs.push(words.slice(i, j).join(' '));
  return runs;
}

/** A comparison between two things: its choices but "Both of them" are two. */
const twoThings = (question: Question): boolean => question.choices.filter((choice) => !/^(both|neither) of them$/i.test(choice)).length === 2;

/** The choices as a set, whatever their order. */
const choicesKey = (question: Question): string => question.choices.map(comparisonKey).sort().join('\u0000');

const lineOf = (question: Question): string => `${question.source.file}:${question.source.line}`;

/**
 * "maximum/size", "default/duration", "/count": what a number question asks, as its stem's role word
 * and its answer's dimension. A bare number ("10,000") is a count.
 */
function measureOf(question: Question): string {
  const role = /\b(default|minimum|maximum)\b/i.exec(question.stem)?.[1]?.toLowerCase() ?? '';
  return `${role}/${parseQuantity(question.choices[question.answer] ?? '')?.dimension ?? 'count'}`;
}

/** What a "which term …" stem describes: its quotation, else what follows its "which … is". */
function describedText(stem: string): string {
  const quoted = /“([^”]+)”/.exec(stem)?.[1];
  if (quoted) return quoted;
  return stem.replace(/^(?:in [^,]+,\s*)?which\s+.*?\b(?:is|are)\s+/i, '').replace(/\?$/, '');
}

/** A "which term is described as …" whose text denies something: "… but can not grant access", "… not all features". */
function statesException(question: Question): boolean {
  return question.kind === 'definition-to-term' && /\b(?:not|cannot|can't|never|no)\b/i.test(describedText(question.stem));
}
