import { choiceShape } from '../stem-checks.js';

/**
 * Gate "choices alike in length and form" (Haladyna, Downing & Rodriguez 2002, guidelines 23 and 26:
 * keep choices homogeneous in content and grammatical structure, about equal in length). The answer
 * must not be the one choice of its kind (a name among sentences) nor much longer or shorter than
 * every distractor: a test-wise reader picks the odd one out.
 */
export function choicesUnalike(answer: string, distractors: readonly string[]): string | undefined {
  if (distractors.length === 0) return undefined;
  const kind = choiceShape(answer);
  if (distractors.every((d) => choiceShape(d) !== kind)) return 'the answer is the only choice of its kind';
  if (kind === 'number') return undefined;
  // "MFA" among "Management Console" and "CloudFormation", or one long name among initials; names
  // only ("AWS" beside "The customer" and "A hardware partner" answers who, not which name).
  const names = [answer, ...distractors].every((choice) => /^\p{Lu}\S*(\s+\p{Lu}\S*)*$/u.test(choice.trim()));
  if (names && distractors.length >= 2 && distractors.every((d) => isInitials(d) !== isInitials(answer))) return 'the answer is the only choice written in initials or the only one not';
  // "Other Batch Operations" among the keywords "REBUILD" and "REORGANIZE": the one name not in capitals.
  // "IPsec" among "PPTP" and "L2F" is initials among initials, however its tail is cased.
  const initials = [answer, ...distractors].every(isInitials);
  if (names && !initials && distractors.length >= 2 && distractors.every((d) => allCapitals(d) !== allCapitals(answer))) return 'the answer is the only choice written in capitals or the only one not';
  const longest = Math.max(...distractors.map((d) => d.length));
  const shortest = Math.min(...distractors.map((d) => d.length));
  if (answer.length > 1.5 * longest && answer.length - longest >= 14) return 'the answer is much longer than the other choices';
  if (answer.length < shortest / 1.5 && shortest - answer.length >= 14) return 'the answer is much shorter than the other choices';
  return undefined;
}

/**
 * The answer is the one singular name among plurals: "Metronidazole" among "Quinolones",
 * "Tetracyclines", "Oxazolidinones" is one drug among drug classes, another kind of thing (review
 * categories "giveaway" and "implausible distractors"). Not the other way round: a plural-looking answer
 * among singulars is often one product ("Step Functions"). Used where the choices are named terms.
 */
export function onlySingular(answer: string, distractors: readonly string[]): string | undefined {
  if (distractors.length < 2 || ![answer, ...distractors].every((choice) => isShortName(choice))) return undefined;
  return !isPlural(answer) && distractors.every(isPlural) ? 'the answer is the only singular choice' : undefined;
}

/** A name of one or two words ("Beta Lactams"), not a phrase ("Per task resources"): the only choices whose number (singular, plural) is a form. */
export function isShortName(text: string, words = 2): boolean {
  return !/[,.;:()]/.test(text) && text.trim().split(/\s+/).length <= words;
}

/**
 * A lower-case plural closing the choice: "Beta Lactams", "bombings/explosions" (not "status",
 * "analysis"). A pair written with a slash is plural when either side is ("strikes/picketing").
 */
export function isPlural(text: string): boolean {
  if (text.includes('/')) return text.split('/').some((side) => side.trim() !== '' && isPlural(side));
  const last = text.trim();
  return /\p{Ll}{2}s$/u.test(last) && !/(ss|us|is)$/.test(last);
}

/** "REBUILD", "ROLLBACK TRAN", "MFA": a name written in capitals only (digits and marks allowed). */
function allCapitals(text: string): boolean {
  return /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9_.\-/@ ]+$/.test(text.trim());
}

/**
 * "MFA", "PVC", "X.25", "HDLC": a name written as capital initials (a digit or dot allowed). A short
 * name led by two capitals reads as initials too, whatever follows ("IPsec", "IPv6", "SSLv3").
 */
function isInitials(text: string): boolean {
  const trimmed = text.trim();
  return /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9.\-/]{2,8}s?$/.test(trimmed) || /^[A-Z]{2}[\w.+]{1,6}$/.test(trimmed);
}

/**
 * True when a candidate is within twice or half the answer's length (or 14 characters of it): looser
 * than `choicesUnalike`, which judges the finished set, so a set of mixed lengths around the answer passes.
 */
export function lengthAlike(answer: string, candidate: string): boolean {
  const [short, long] = answer.length <= candidate.length ? [answer, candidate] : [candidate, answer];
  return long.length - short.length < 14 || long.length <= 2 * short.length;
}

/**
 * True when a candidate is written in the answer's form: the marks a reader spots before reading a
 * word agree. A code name ("Fn::Join", "XACT_ABORT", "exist()") stands among code names, a range
 * ("30000-32767") among ranges. (An "-ing" word leading a heading, "Implementing File Sync", was tried
 * as a third mark and dropped: "Routing Policies" and "Billing Alarms" are names of that form too.)
 * Used to pass over candidates of another form, so the answer is never the one choice of its form
 * (review category "giveaway": "the answer is the only choice of its kind, form or length").
 */
export function sameForm(answer: string, candidate: string): boolean {
  return formMarks.every((mark) => mark.test(answer) === mark.test(candidate));
}

const formMarks: readonly RegExp[] = [
  // A code identifier: "::", an inner underscore, a call's parentheses, a leading "$" or "--".
  /::|\w_\w|\w\(\)|^\$\w|^--?\w/,
  // A range of two numbers.
  /\d\s*[-–]\s*\d/,
];

/**
 * True when two choices are one statement written two ways, so both are right when one is (review
 * "wrong answer": "USE ROLLBACK TRANSACTION" beside "ROLLBACK TRAN"): word for word alike once a lead
 * "use" / "run" / "call" and articles are dropped and a short form of three letters or more stands for
 * the word it opens ("TRAN" for "TRANSACTION", "config" for "configuration"; letters only:
 * "100" is not "1000"). Different words are
 * different statements: "BEGIN TRAN" is not "COMMIT TRAN".
 */
export function sameStatement(a: string, b: string): boolean {
  const left = statementWords(a);
  const right = statementWords(b);
  if (left.length === 0 || left.length !== right.length) return false;
  return left.every((word, index) => shortFor(word, right[index]!));
}

function statementWords(text: string): string[] {
  // Signs are words here: "a + b" and "a - b" are two formulas, "-I 5" and "-E 5" two options.
  const words = (text.toLowerCase().match(/[\p{L}\p{N}@]+|[-+×*/÷=<>%^]/gu) ?? []).filter((word) => !fillers.has(word));
  return /^(use|using|run|call|execute)$/.test(words[0] ?? '') ? words.slice(1) : words;
}

const fillers = new Set(['a', 'an', 'the']);

function shortFor(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return /^\p{L}{3,}$/u.test(short) && long.startsWith(short);
}

/**
 * The answer is the one choice outside the kind every distractor names: "Heap" among "Filtered
 * index", "Simple index", "Composite index" (review "giveaway": "the answer is the only choice that is
 * not an index"). Every distractor has two words or more and ends in the same head word (singular or
 * plural), the answer does not. Used where the choices are named terms.
 */
export function outsideSharedHead(answer: string, distractors: readonly string[]): string | undefined {
  if (distractors.length < 2) return undefined;
  const heads = distractors.map(headWord);
  const [head] = heads;
  if (head === undefined || heads.some((other) => other !== head)) return undefined;
  return headWord(answer) === head || answer.toLowerCase().includes(head) ? undefined : 'the answer is the only choice not of the kind the others name';
}

/** The last word of a name of two words or more, lower-cased without a plural "s"; undefined for one word. */
function headWord(name: string): string | undefined {
  const words = name.trim().toLowerCase().split(/\s+/);
  if (words.length < 2) return undefined;
  return words.at(-1)!.replace(/(?<=\p{L}{3}[^s])s$/u, '');
}

/**
 * The answer is the one choice not opening as every distractor does: "A required section that …"
 * among three "An optional section …" (r7 review, "giveaway": the only choice that begins otherwise).
 * Used where the choices are definitions.
 */
export function outsideSharedOpening(answer: string, distractors: readonly string[]): string | undefined {
  if (distractors.length < 2) return undefined;
  const openings = new Set(distractors.map(openingOf));
  const [opening] = openings;
  if (openings.size !== 1 || opening === undefined || opening.split(' ').length < 2) return undefined;
  return openingOf(answer) === opening ? undefined : 'the answer is the only choice not opening as the others do';
}

/** The first two words of a definition, lower-cased ("an optional"); one word when it has no more. */
export function openingOf(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 2).join(' ');
}
