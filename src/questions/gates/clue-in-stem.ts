import { stemmer as porter } from 'stemmer';
import { COMMON_LEADS, FUNCTION_WORDS, ROOT_PREFIXES } from '../../knowledge/english-words.js';
import { comparisonKey } from '../text-tools.js';

/**
 * Gate "no clue in the stem" (Haladyna, Downing & Rodriguez 2002, guideline 28: avoid clang
 * associations and clues to the right answer). A reader who knows nothing still finds the answer when
 * a word of it stands in the stem and in no distractor, whatever its form: stemmed (deploy /
 * Deployment package), inside a compound (cache / ElastiCache), as a numeronym (k8s / Kubernetes), or
 * when the stem spells out the answer's acronym (Simple Queue Service / SQS) or the other way round.
 * Returns the reason, or undefined when the stem holds no clue.
 */
export function clueInStem(stem: string, answer: string, distractors: readonly string[], vendorWords: ReadonlySet<string> = new Set()): string | undefined {
  const stemWords = wordsOf(stem);
  const stemAcronyms = new Set((stem.match(/\b[A-Z]{3}\b/g) ?? []).map((a) => a.toLowerCase()));
  for (const word of new Set(wordsOf(answer))) {
    // "Which AWS service …?" beside "AWS Step Functions": a vendor's name says nothing (lexicon prefixes).
    if (vendorWords.has(word)) continue;
    // The clue is the stem's word: a distractor hides it only by sharing that word, not another part of
    // the answer ("DATETIMEOFFSET" in the stem, "SYSDATETIME" beside "SYSDATETIMEOFFSET" hides nothing).
    const clues = stemWords.filter((other) => sameWord(other, word, stemAcronyms) || openAlike(other, word) || rootAlike(other, word));
    if (clues.length === 0) continue;
    // A distractor hides the clue by the word itself or another form of it ("Column Segment" beside
    // "columnstore" hides nothing: the stem's word is the answer's whole word).
    // A root shared behind a prefix is hidden by a distractor sharing it too ("decrypted" beside "encrypted").
    const hidden = (clue: string): boolean => distractors.some((d) => wordsOf(d).some((other) => other === word || (sameWord(other, clue) && !(clue === word && other.length < clue.length && clue.startsWith(other))) || (rootAlike(clue, word) && rootAlike(clue, other))));
    if (clues.every(hidden)) continue;
    return 'a word of the answer stands in the stem';
  }
  if (leadOfCompound(stemWords, wordsOf(answer), distractors.flatMap(wordsOf))) return 'a word of the answer stands in the stem';
  if (spellsOut(stem, answer) || spellsOut(answer, stem)) return 'the stem spells out the answer';
  // Short names the word list leaves out ("NK", "S3", "T4"): the same capitalised token in stem and answer.
  const shortNames = (text: string): string[] => text.match(/(?<![\p{L}\p{N}])(?:\p{Lu}{2}|\p{Lu}\d|\d\p{Lu})(?![\p{L}\p{N}])/gu) ?? [];
  const stemShort = new Set(shortNames(stem));
  // …and a two-capital part ending a compound: "virtual IP" beside "ClusterIP".
  const answerShort = [...shortNames(answer), ...(answer.match(/(?<=\p{Ll})\p{Lu}{2}(?![\p{L}\p{N}])/gu) ?? [])];
  // "ip spoofing" written in lower case beside "IP address" in the stem.
  const lowerShort = (answer.match(/(?<![\p{L}\p{N}])\p{Ll}{2}(?![\p{L}\p{N}])/gu) ?? []).filter((token) => !FUNCTION_WORDS.has(token)).map((token) => token.toUpperCase());
  const shared = [...answerShort, ...lowerShort].find((token) => stemShort.has(token) && !distractors.some((d) => shortNames(d).includes(token) || shortNames(d.toUpperCase()).includes(token)));
  if (shared) return 'a word of the answer stands in the stem';
  return undefined;
}

/**
 * Gate for term → definition: a part of the asked name that the keyed definition spells out and no
 * distractor does. "Returns current UTC datetime" answers "SYSUTCDATETIME", "Internal-only virtual IP"
 * answers "ClusterIP": the part is inside one token of the name, where `clueInStem`'s word match does
 * not look. A part counts when the definition writes it in capitals ("UTC", "IP") or it has four
 * letters or more. Returns the reason, or undefined when no part of the name gives the answer away.
 */
export function nameInAnswer(name: string, answer: string, distractors: readonly string[]): string | undefined {
  const tokens = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
  const flat = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  const others = distractors.map(flat);
  for (const raw of answer.split(/[^\p{L}\p{N}]+/u)) {
    const word = raw.toLowerCase();
    const written = /^\p{Lu}{2,}\d*$/u.test(raw) || (word.length >= 4 && !functionWords.has(word));
    if (!written || /^\d+$/.test(word)) continue;
    if (!tokens.some((token) => token !== word && token.includes(word))) continue;
    if (others.some((other) => other.includes(word))) continue;
    return 'a part of the name stands in the answer';
  }
  return undefined;
}

/** The lexicon's vendor prefixes ("AWS", "Google Cloud") as the lower-cased words `clueInStem` passes over. */
export function vendorWordsOf(prefixes: readonly string[]): Set<string> {
  // Only one-word prefixes: "cloud" of "Google Cloud" is an ordinary word ("cloud services").
  return new Set(prefixes.filter((prefix) => !/\s/.test(prefix.trim())).map((prefix) => prefix.toLowerCase()));
}

/** Lower-cased words of three letters or more, camel-case parts too ("ElastiCache" → elasticache, elasti, cache). */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || /^\d+$/.test(raw)) continue;
    const lower = raw.toLowerCase();
    if (!functionWords.has(lower)) out.push(lower);
    const parts = raw.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    if (parts.length > 1) for (const part of parts) if (part.length >= 3 && !functionWords.has(part.toLowerCase())) out.push(part.toLowerCase());
  }
  return out;
}

// Words every English stem and choice may share without telling anything, and the stem templates' own
// words ("Which of these best describes …?").
const functionWords = new Set(
  'best describes described describe fits the and for with from that this which what these those not can per via you your into does has have one use used how when where who why than then there their them they are its was were been being will would should could may might must all any each other such also only most more less'.split(' '),
);

// Generation stems the same few thousand words over and over: remembered, up to a bound.
const stems = new Map<string, string>();
function stemmer(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= 100_000) stems.clear();
    stem = porter(word);
    stems.set(word, stem);
  }
  return stem;
}

/**
 * A short stem word that leads one of the answer's compound words, the rest a word of four letters or
 * more: "out" for "Outbound", "web" in "websites" for "Web Hosting". `sameWord` leaves words under
 * four letters alone.
 * Only a distractor holding the same word hides it. "Inbound" beside "Outbound" was once taken to
 * hide "out" (the reader must know which way it points); the r7 review still judged "allowed out" →
 * "Outbound Rules" a giveaway: the stem's word is the answer's, whatever the opposite says.
 */
function leadOfCompound(stemWords: readonly string[], answerWords: readonly string[], distractorWords: readonly string[]): boolean {
  const leads = (lead: string, word: string): boolean => lead.length === 3 && word.length >= lead.length + 4 && word.startsWith(lead);
  // "out" in the stem, "Outbound" in the answer: hidden by another "Outbound", not by "Inbound".
  const outward = answerWords.some((word) => stemWords.some((lead) => leads(lead, word) && !distractorWords.includes(word)));
  // "websites" in the stem, "Web" in the answer: hidden by a distractor saying "web" too, alone or leading a word.
  return outward || answerWords.some((lead) => stemWords.some((word) => leads(lead, word)) && !distractorWords.some((other) => other.startsWith(lead)));
}

/** One word in two spellings: same stem, a part of a compound (four letters or more), or a numeronym. */
export function sameWord(a: string, b: string, acronymWords: ReadonlySet<string> = new Set()): boolean {
  if (a === b || stemmer(a) === stemmer(b)) return true;
  // "occupied" / "occupancy": Porter leaves "occupi" and "occup"; without a closing i, y or e they meet.
  const bare = (word: string): string => stemmer(word).replace(/[iye]$/, '');
  if (Math.min(a.length, b.length) >= 6 && bare(a).length >= 5 && bare(a) === bare(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.length > short.length && (long.startsWith(short) || long.endsWith(short) || long.replace(/e?s$/, '').endsWith(short))) return true;
  // "scale" / "scalability", "store" / "storage": a word closing in e leads a longer form without it.
  if (short.length >= 5 && short.endsWith('e') && long.length > short.length + 1 && long.startsWith(short.slice(0, -1))) return true;
  // "moving" / "movement", "authenticate" / "authentication": the stem's root leads the other word.
  const root = stemmer(short);
  if (root.length >= 4 && root !== short && stemmer(long).startsWith(root)) return true;
  // A long root inside the other word, behind a prefix: "frequently" / "Infrequent".
  for (const [word, other] of [[a, b], [b, a]] as const) {
    const rooted = stemmer(word);
    if (rooted.length >= 7 && other.length > rooted.length && other.slice(1).includes(rooted)) return true;
  }
  // An acronym the stem writes in capitals leads a compound too: "API" / "apiserver".
  if (short.length === 3 && acronymWords.has(short) && long.length > 3 && (long.startsWith(short) || long.endsWith(short))) return true;
  const numeronym = /^(\p{L})(\d+)(\p{L})$/u.exec(short) ?? /^(\p{L})(\d+)(\p{L})$/u.exec(long);
  if (!numeronym) return false;
  const other = numeronym.input === short ? long : short;
  return other.length === Number(numeronym[2]) + 2 && other.startsWith(numeronym[1]!) && other.endsWith(numeronym[3]!);
}

/**
 * "floating" / "floater", "glucuronyl" / "glucuronidation": two long words that open with the same
 * five letters or more, unless many unrelated words open so ("interface" / "internet"). A clue only:
 * a distractor hides it by sharing the stem's word itself or another form of it (`sameWord`).
 */
export function openAlike(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 6 || COMMON_LEADS.has(a.slice(0, 5))) return false;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared += 1;
  return shared >= 5;
}

/**
 * "cryptographic" / "encrypted": one word's root stands behind a prefix of the other (r7 review: a
 * giveaway), the root and the other word opening alike as `openAlike` asks.
 */
function rootAlike(a: string, b: string): boolean {
  const unprefixed = (word: string): string[] => ROOT_PREFIXES.filter((prefix) => word.startsWith(prefix)).map((prefix) => word.slice(prefix.length));
  return unprefixed(a).some((root) => openAlike(root, b)) || unprefixed(b).some((root) => openAlike(a, root));
}



/** True when `text` holds an acronym (two letters or more) whose letters start consecutive words of `other`. */
function spellsOut(text: string, other: string): boolean {
  // "SQS", and the acronym leading a compound ("OOMKilled" → OOM).
  // …and closing a camel-case name ("GetAZs" → AZ).
  const closing = [...text.matchAll(/(?<=\p{Ll})(\p{Lu}{2,6})s?\b/gu)].map((m) => m[1]!);
  const found = [...(text.match(/\b[A-Z][A-Z0-9]{1,5}s?\b/g) ?? []), ...[...text.matchAll(/\b([A-Z]{2,6})(?=[A-Z][a-z])/g)].map((m) => m[1]!), ...closing];
  const acronyms = found.map((a) => a.replace(/s$/, '').replace(/\d/g, '').toLowerCase()).filter((a) => a.length >= 2);
  if (acronyms.length === 0) return false;
  const otherKey = ` ${comparisonKey(other)} `;
  const all = other.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const content = all.filter((w) => !/^(of|and|the|for|to|a|an|on|in)$/i.test(w));
  // A hyphenated compound as one word too: "High-level data link control" is HDLC.
  const whole = other.split(/[^\p{L}\p{N}-]+/u).filter((w) => /^\p{L}/u.test(w) && !/^(of|and|the|for|to|a|an|on|in)$/i.test(w));
  // Initials with and without the small words: "Out Of Memory" is OOM, "Simple Queue Service" SQS.
  return [content, all, whole].some((words) => acronyms.some((acronym) => {
    if (otherKey.includes(` ${acronym} `)) return false;
    for (let start = 0; start + acronym.length <= words.length; start += 1) {
      if (words.slice(start, start + acronym.length).every((w, at) => initialFor(w, acronym[at]!))) return true;
    }
    // "AELB" beside "Application Load Balancers": a long acronym with one letter more still gives it away.
    if (acronym.length < 4) return false;
    const initials = words.map((w) => w[0]!.toLowerCase()).join('');
    return [...acronym].some((_, skip) => {
      const rest = acronym.slice(0, skip) + acronym.slice(skip + 1);
      return skip > 0 && initials.includes(rest);
    });
  }));
}

/** True when `word` opens with `letter`, or `letter` is the "x" acronyms write for "ex" (PBX, "private branch exchange"). */
function initialFor(word: string, letter: string): boolean {
  const lower = word.toLowerCase();
  return lower.startsWith(letter) || (letter === 'x' && lower.startsWith('ex'));
}
