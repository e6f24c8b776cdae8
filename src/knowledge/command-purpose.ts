import { COMMAND_VERBS, FILLER_ADVERBS, FUNCTION_WORDS, NOT_A_PURPOSE, PURPOSE_LEAD_IN } from './english-words.js';

/**
 * What a command does, read from the words the notes put beside it, as a third-person verb phrase a
 * question can ask after "Which command …": "lists the mounted file systems", "removes a logical volume".
 * Undefined when the words are no such phrase, or one a question could not ask as it stands (it points
 * back at something, restricts, or is too short to say anything).
 */

const MIN_WORDS = 2;
const MAX_WORDS = 18;

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** "remove" → "removes", "copy" → "copies", "push" → "pushes"; undefined for a word that is no verb to conjugate. */
function thirdPerson(verb: string): string | undefined {
  const lower = verb.toLowerCase();
  if (!/^\p{Ll}{2,}$/u.test(lower) || FUNCTION_WORDS.has(lower)) return undefined;
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** "unmounting" → "unmounts", "creating" → "creates", "stopping" → "stops", when the verb is a known command verb. */
function fromGerund(word: string): string | undefined {
  const stem = word.toLowerCase().replace(/ing$/, '');
  if (stem === word.toLowerCase() || stem.length < 2) return undefined;
  const tries = [stem, `${stem}e`, /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : ''];
  return tries.map((t) => (t ? thirdPerson(t) : undefined)).find((t) => t !== undefined && COMMAND_VERBS.has(t));
}

/**
 * The base verb leading `words` ("create a volume group", "write and exit") turned third person,
 * with a base verb after "and"/"or" turned too ("writes and exits"). Only verbs of COMMAND_VERBS: a
 * purpose led by another ("sees your blocks", "looks at disks") seldom says what a command does.
 */
function conjugated(words: readonly string[]): string[] | undefined {
  const verb = thirdPerson(words[0] ?? '');
  if (!verb || !COMMAND_VERBS.has(verb)) return undefined;
  return [verb, ...words.slice(1)].map((word, at, all) => {
    const joined = at > 1 && /^(?:and|or)$/i.test(all[at - 1]!);
    const turned = joined ? thirdPerson(word) : undefined;
    return turned && COMMAND_VERBS.has(turned) ? turned : word;
  });
}

/**
 * The purpose in `text`, the words right after a command: "lists …", "basically shows …", "will list …",
 * "is used to …", "is for unmounting …", "allows us to set …", "to remove …", "is the fastest way to
 * …" or "is the CLI tool for …" (kept whole: "Which command is the fastest way to …?"), or, after a dash or colon
 * (`imperative`), "create new RG".
 */
export function purposeAfter(text: string, imperative = false): string | undefined {
  const words = wordsOf(text.replace(/^[-–—:]\s*/, ''));
  const [first = '', second = ''] = words.map((w) => w.toLowerCase());
  const rest = (from: number): string[] => words.slice(from);
  let phrase: string[] | undefined;
  const way = /^is\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}way\s+to\s+\p{Ll}+/iu.test(words.join(' '));
  // "is the CLI tool for firewalld": what kind of tool, kept whole too.
  const tool =
    /^(?:is|are)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:tool|utility|client|cli)\s+(?:for|to|that)\s+\S/iu.test(
      words.join(' '),
    );
  if (way || tool) phrase = words;
  else if (COMMAND_VERBS.has(first) && !/^(?:allows|lets|makes)$/.test(first)) phrase = words;
  else if (/\p{Ll}+ly$/u.test(first) && first !== 'only' && COMMAND_VERBS.has(second))
    phrase = FILLER_ADVERBS.has(first) ? rest(1) : words;
  else if (/^(?:will|can|would)$/.test(first) && !/^(?:be|not|only)$/.test(second)) phrase = conjugated(rest(1));
  else if (first === 'to') phrase = conjugated(rest(1));
  else {
    const lead =
      /^(?:(?:is|are|can\s+be)\s+used\s+to|(?:allows|lets)\s+(?:us|you|one)(?:\s+to)?|helps\s+(?:us|you)(?:\s+to)?)\s+(.+)$/i.exec(
        words.join(' '),
      );
    const gerund = /^(?:is|are)\s+(?:used\s+)?for\s+(\p{Ll}+ing)\b(.*)$/iu.exec(words.join(' '));
    if (lead) phrase = conjugated(wordsOf(lead[1]!));
    else if (gerund) {
      const verb = fromGerund(gerund[1]!);
      phrase = verb ? [verb, ...wordsOf(gerund[2]!)] : undefined;
    } else if (imperative) phrase = conjugated(words);
  }
  return phrase ? finished(phrase) : undefined;
}

/**
 * The purpose in the words before a command, "create a volume group" of "Now we need to create a
 * volume group by using `vgcreate`": the lead-in ("now", "we need to", "you can") dropped, the rest a
 * base verb of COMMAND_VERBS.
 */
export function purposeBefore(text: string): string | undefined {
  let clause = text.trim();
  for (let before = ''; before !== clause;) {
    before = clause;
    clause = clause.replace(PURPOSE_LEAD_IN, '').trim();
  }
  const phrase = conjugated(wordsOf(clause));
  return phrase ? finished(phrase) : undefined;
}

/** The phrase as a question asks it: brackets and end marks dropped; undefined when it cannot be asked as it stands. */
function finished(words: readonly string[]): string | undefined {
  const text = words
    .join(' ')
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[\s.!:;,]+$/, '')
    .trim();
  const count = wordsOf(text).length;
  if (count < MIN_WORDS || count > MAX_WORDS || NOT_A_PURPOSE.test(text) || /[()?!;"“”]/.test(text)) return undefined;
  // "gives is a …": a verb straight before another verb is a slip of the notes, not a phrase to ask.
  if (/^\S+\s+(?:is|are|was|were|be)\b/i.test(text)) return undefined;
  return text;
}
