import { stemmer } from 'stemmer';
import { questionSchema, type Question } from '../../src/questions/question-schema.js';

// An independent re-check of a generated bank, written apart from the generator's own gates so a test
// does not grade the generator with its own rules. Each defect names the question. It judges what a
// reader sees: the stem, the choices and the keyed answer.

const numberLike = /^(up to |less than |more than |at least |at most |about |port |ports )?[$<>≤≥]?\s?\d/i;
const key = (text: string): string => text.toLowerCase().replace(/^(aws|amazon|azure|google cloud|gcp)\s+/, '').replace(/\s+/g, ' ').trim();
// Function words, the stem templates' words ("best describes"), and vendor names ("AWS Step Functions").
const ignored = new Set(
  'best describes described fits aws amazon azure google microsoft gcp a an the of to in on for and or by with as at is are be it its from that this which what these those not no can per via you your into do does has have one use used how when where who why than then there their them they'.split(' '),
);

/** Words of a text, lower-cased, camel-case compounds also split ("ElastiCache" → elasticache, elasti, cache). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (raw === '') continue;
    out.push(raw.toLowerCase());
    const parts = raw.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    if (parts.length > 1) for (const part of parts) out.push(part.toLowerCase());
  }
  return out;
}

const content = (text: string): string[] => words(text).filter((w) => w.length >= 3 && !ignored.has(w) && !/^\d+$/.test(w));

/** True when stem word `s` and answer word `a` are one word: same stem, one inside a compound of the other, or a numeronym (k8s). */
function sameWord(s: string, a: string): boolean {
  if (stemmer(s) === stemmer(a)) return true;
  if (s.length >= 4 && a.length > s.length && (a.startsWith(s) || a.endsWith(s))) return true;
  if (a.length >= 4 && s.length > a.length && (s.startsWith(a) || s.endsWith(a))) return true;
  const numeronym = /^(\p{L})(\d+)(\p{L})$/u.exec(s) ?? /^(\p{L})(\d+)(\p{L})$/u.exec(a);
  if (numeronym) {
    const other = numeronym.input === s ? a : s;
    return other.length === Number(numeronym[2]) + 2 && other.startsWith(numeronym[1]!.toLowerCase()) && other.endsWith(numeronym[3]!.toLowerCase());
  }
  return false;
}

/** A word of the answer that the stem repeats and no distractor shares. */
function clueWord(stem: string, answer: string, distractors: readonly string[]): string | undefined {
  const stemWords = content(stem);
  for (const word of new Set(content(answer))) {
    if (!stemWords.some((s) => sameWord(s, word))) continue;
    if (distractors.some((d) => content(d).some((w) => sameWord(w, word)))) continue;
    return word;
  }
  return undefined;
}

/** "SQS" answered where the stem says "Simple Queue Service", or the other way round. */
function expandsAcronym(stem: string, answer: string): boolean {
  const initials = (text: string): string[] => {
    const ws = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ignored.has(w.toLowerCase()));
    const runs: string[] = [];
    for (let i = 0; i < ws.length; i += 1) {
      let run = '';
      for (let j = i; j < Math.min(ws.length, i + 6); j += 1) {
        run += ws[j]![0]!.toLowerCase();
        if (run.length >= 2) runs.push(run);
      }
    }
    return runs;
  };
  const acronyms = (text: string): string[] => (text.match(/\b[A-Z][A-Z0-9]{1,5}s?\b/g) ?? []).map((a) => a.replace(/s$/, '').toLowerCase().replace(/\d/g, ''));
  const stemRuns = new Set(initials(stem));
  const answerRuns = new Set(initials(answer));
  return acronyms(answer).some((a) => a.length >= 2 && stemRuns.has(a) && !content(stem).includes(a)) || acronyms(stem).some((a) => a.length >= 3 && answerRuns.has(a) && !content(answer).includes(a));
}

type Kind = 'number' | 'name' | 'sentence';
const kindOf = (choice: string): Kind => (numberLike.test(choice) ? 'number' : choice.trim().split(/\s+/).length <= 5 && !/[.;]$/.test(choice) ? 'name' : 'sentence');

// Clearly apart: a name of up to three words beside sentences of six words or more (or with a full stop).
const wordCount = (text: string): number => text.trim().split(/\s+/).length;
const isName = (text: string): boolean => wordCount(text) <= 3 && !/[.;]$/.test(text);
const isSentence = (text: string): boolean => wordCount(text) >= 6 || /[.;]$/.test(text);

/** The unit word of a number choice ("seconds", "MB", "$"), so "15 minutes" beside "6 MB" is a mixed set. */
function unitOf(choice: string): string {
  if (/\$/.test(choice)) return 'money';
  const unit = /\d[\d,.]*\s*([\p{L}%]+)/u.exec(choice)?.[1]?.toLowerCase() ?? '';
  if (/^(ms|milliseconds?|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?)$/.test(unit)) return 'duration';
  if (/^(b|bytes?|kb|mb|gb|tb|pb|kib|mib|gib|tib|bits?)$/.test(unit)) return 'size';
  return unit;
}

/** "15 minutes" beside "6 MB": two dimensions, or one dimension beside a plain count. */
function mixedUnits(units: readonly string[]): boolean {
  const dimensions = new Set<string>(units.filter((u) => u === 'duration' || u === 'size' || u === 'money'));
  return dimensions.size > 1 || (dimensions.size === 1 && units.some((u) => !dimensions.has(u)));
}

/** Every structural defect in `questions`, as "<id>: <what is wrong>". */
export function bankDefects(questions: readonly Question[]): string[] {
  const defects: string[] = [];
  const ids = new Set<string>();
  const facts = new Map<string, Question[]>();
  for (const q of questions) {
    const at = (problem: string) => defects.push(`${q.id}: ${problem} — ${q.stem}`);
    if (!questionSchema.safeParse(q).success) at('does not match the schema');
    if (ids.has(q.id)) at('duplicate id');
    ids.add(q.id);
    if (q.choices.length < 3) at('fewer than 3 choices');
    if (q.choices.some((c) => c.trim() === '')) at('empty choice');
    if (new Set(q.choices.map(key)).size !== q.choices.length) at('duplicate choices');
    const answer = q.choices[q.answer] ?? '';
    const distractors = q.choices.filter((_, i) => i !== q.answer);
    const kinds = q.choices.map(kindOf);
    const numbers = kinds.filter((k) => k === 'number').length;
    if (numbers > 0 && numbers < q.choices.length) at('choices of mixed kinds');
    else if (numbers > 0 && mixedUnits(q.choices.map(unitOf))) at('choices of mixed kinds');
    else if (distractors.length >= 2 && (isName(answer) ? distractors.every(isSentence) : isSentence(answer) && distractors.every(isName))) at('answer is the only choice of its kind');
    if (numbers === 0) {
      const lengths = distractors.map((d) => d.length);
      const longest = Math.max(...lengths);
      const shortest = Math.min(...lengths);
      if (answer.length > 1.6 * longest && answer.length - longest >= 15) at('answer much longer than every distractor');
      if (answer.length < shortest / 1.6 && shortest - answer.length >= 15) at('answer much shorter than every distractor');
    }
    const stemNamesEveryChoice = q.choices.filter((c) => c !== 'Both of them').every((c) => q.stem.includes(c));
    if (!stemNamesEveryChoice) {
      if (` ${q.stem.toLowerCase()} `.includes(` ${answer.toLowerCase()} `)) at(`answer "${answer}" in the stem`);
      else if (numbers === 0) {
        const clue = clueWord(q.stem, answer, distractors);
        if (clue) at(`answer word "${clue}" in the stem and in no distractor`);
        else if (expandsAcronym(q.stem, answer)) at('stem expands (or abbreviates) the answer');
        // The topic is the posted question's title ("Question of the day · PVC"): it gives away as much.
        else if (key(q.topic) === key(answer) || clueWord(q.topic, answer, distractors)) at(`topic "${q.topic}" names the answer`);
      }
    }
    if (/\blisted under\b/i.test(q.stem)) at('asks how the notes are laid out');
    if (q.choices.some((c) => /\?./.test(c) || /^(this|that|these|those|it|they)$/i.test(c.trim()))) at('a choice is garbled');
    // A wrong number that the quoted notes also state is a second right answer ("50 TB or 80 TB").
    const quoted = [...q.explanation.matchAll(/“([^”]*)”/g)].map((m) => m[1]!).join(' ');
    if (numbers === q.choices.length && quoted !== '') {
      const figures = new Set((quoted.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '')));
      const also = distractors.find((d) => {
        const n = /\d[\d,]*(\.\d+)?/.exec(d)?.[0]?.replace(/,/g, '');
        const unit = d.replace(/^[^\d]*\d[\d,.]*\s*/, '').split(/\s+/)[0] ?? '';
        return n !== undefined && figures.has(n) && new RegExp(`(?<![\\d.,])${n.replace(/\B(?=(\d{3})+(?!\d))/g, ',?')}\\s*${unit.replace(/[^\p{L}%]/gu, '').slice(0, 2)}`, 'iu').test(quoted);
      });
      if (also) at(`wrong choice "${also}" is also stated in the quoted notes`);
    }
    if (q.choices.some((c) => /^\d+\.\d+\s*(bytes?|B)$/i.test(c) || /^0\.\d+\s*(KB|MB|GB|TB|KiB|MiB|GiB)$/i.test(c))) at('implausible number among the choices');
    if (!/^[A-Z].*\?$/.test(q.stem)) at('stem is not a question sentence');
    if (/[*`#|]|\]\(/.test(q.stem) || q.choices.some((c) => /[*`#|]|\]\(/.test(c))) at('markdown left in');
    if (/\b(\w+) \1\b/i.test(q.stem.replace(/\d+/g, ''))) at('doubled word');
    if ([q.stem, ...q.choices].some((text) => /[\u200B-\u200D\u2060\uFEFF]/u.test(text))) at('invisible character left in');
    if (!q.explanation.trim()) at('no explanation');
    // One fact, one question: the same source line with the same answer, or one question's answer
    // standing in the other's stem (both directions of a definition, "is" and "is NOT" of one list).
    const place = `${q.source.file}:${q.source.line}`;
    const plain = (text: string): string => key(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const inStem = (text: string, stem: string): boolean => plain(text) !== '' && ` ${plain(stem)} `.includes(` ${plain(text)} `);
    const earlier = (facts.get(place) ?? []).find((e) => {
      const other = e.choices[e.answer] ?? '';
      return key(other) === key(answer) || inStem(other, q.stem) || inStem(answer, e.stem);
    });
    if (earlier) at(`asks the same fact as ${earlier.id}`);
    facts.set(place, [...(facts.get(place) ?? []), q]);
  }
  defects.push(...bankBalanceDefects(questions));
  return defects;
}

/** Bank-wide: the keyed position and, for numbers, the keyed rank must not be predictable. */
export function bankBalanceDefects(questions: readonly Question[]): string[] {
  const defects: string[] = [];
  const fourChoice = questions.filter((q) => q.choices.length === 4);
  if (fourChoice.length >= 20) {
    const counts = [0, 1, 2, 3].map((i) => fourChoice.filter((q) => q.answer === i).length);
    if (Math.max(...counts) > 0.4 * fourChoice.length) defects.push(`bank: answer position unbalanced (${counts.join('/')})`);
  }
  // Only choices in one unit can be ranked by their numbers alone.
  const numeric = questions.filter((q) => q.choices.every((c) => numberLike.test(c)) && new Set(q.choices.map((c) => c.replace(/[\d,.$\s]+/g, ''))).size === 1);
  if (numeric.length >= 10) {
    const extreme = numeric.filter((q) => {
      const values = q.choices.map((c) => Number(/\d[\d,]*(\.\d+)?/.exec(c)?.[0]?.replace(/,/g, '') ?? NaN));
      const answer = values[q.answer]!;
      return answer === Math.min(...values) || answer === Math.max(...values);
    }).length;
    if (extreme < 0.2 * numeric.length) defects.push(`bank: numeric answer almost never the smallest or largest choice (${extreme} of ${numeric.length})`);
  }
  return defects;
}
