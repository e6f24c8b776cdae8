import type { CommandItem } from '../knowledge/item.js';
import { groupBy, perContext } from './context-index.js';
import { type GenerationContext, sectionKey } from './generation-context.js';
import { type Candidate, nearby } from './pick-distractors.js';
import { stemmer } from 'stemmer';
import { clueInStem, sameWord } from './gates/clue-in-stem.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { comparisonKey, contentWords, nameKey } from './text-tools.js';
import { actionOfPurpose, fieldActions, objectOf, plausibleRival } from './command-action.js';
import { ofSameMatter } from './command-matter.js';
import { areKin, kinCandidates, kinOf } from './command-kin.js';

/**
 * "`lvremove` removes a logical volume" becomes "Which command removes a logical volume?" with
 * lvremove among other commands of the notes, closest first: described commands of the same program
 * ("kubectl drain" beside "kubectl cordon"), then the commands the same section describes or names
 * ("vgremove", "pvremove"), then described commands of the same style (cmdlets beside cmdlets) near it
 * in the notes. Never a command the notes say does this very thing (a second right answer).
 */
export function commandQuestions(item: CommandItem, context: GenerationContext): Outcome[] {
  const { purpose } = item;
  if (!purpose) return [{ skip: 'command named without what it does', item }];
  const index = commandIndexOf(context);
  if (index.notCommands.has(nameKey(item.name))) return [{ skip: 'the notes define this code as something other than a command', item }];
  const program = programOf(item.name);
  const style = styleOf(item.name);
  const place = index.at.get(item) ?? { program: 0, style: 0 };
  const described = (others: readonly CommandItem[], tier: number): Candidate[] =>
    others.filter((other) => other.purpose !== undefined).map((other) => ({ text: other.name, tier }));
  // Commands of the same program, described ones first; a sub-command only named ("kubectl top") too.
  const candidates = (): Candidate[] =>
    nearby(index.byProgram.get(program) ?? [], place.program).map((other) => ({
      text: other.name,
      tier: other.purpose === undefined ? 2 : other.source.file === item.source.file ? 0 : 1,
    }));
  const fileCommands = index.byFile.get(item.source.file) ?? [];
  // Commands the same section names, described or not: a long file of many tasks is many content areas.
  const section = sectionKey(item);
  const sameSection = (): Candidate[] =>
    fileCommands
      .filter((other) => sectionKey(other) === section && styleOf(other.name) === style)
      .filter((other) => other.purpose !== undefined || !bareWord(other) || index.fieldActions.has(other.name.toLowerCase()) || ofFamily(other.name, fileCommands, index.notCommands))
      .map((other) => ({ text: other.name, tier: 2 }));
  // Elsewhere in the notes, only a command whose purpose shares a telling word with this one is of its
  // content area ("shows the SELinux context" beside "configures SELinux policies"); a word many
  // purposes hold ("file") tells nothing, and "jobs" beside "sets the ACL" is no choice at all.
  const topicWords = new Set(contentWords(objectOf(purpose)).filter((word) => (index.purposesWith.get(word) ?? 0) <= index.telling));
  const near = (): Candidate[] =>
    described(
      nearby(index.byStyle.get(style) ?? [], place.style).filter((other) => verbAndObject(other.purpose ?? '')[1].some((word) => topicWords.has(word))),
      3,
    );
  // A name one letter off a described command ("setacl" beside "setfacl") is a slip of the notes.
  const misspeltAny = (text: string): boolean =>
    misspelt(text, item.name) || (!(index.byName.get(nameKey(text)) ?? []).some((other) => other.purpose) && fileCommands.some((other) => other.purpose !== undefined && misspelt(text, other.name)));
  // "lvremove" among "systemctl isolate" and "systemctl set-default" is the odd one out; so is
  // "kubectl uncordon" among ways to show metrics (command-action.ts).
  const rivalry = {
    name: item.name,
    // Any word of what it acts on: "node" tells nothing across the notes, but among kubectl's commands it does.
    objectWords: new Set(contentWords(objectOf(purpose))),
    action: actionOfPurpose(purpose),
    purposeOf: (text: string) => (index.byName.get(nameKey(text)) ?? []).find((other) => other.purpose)?.purpose,
    fieldActions: index.fieldActions,
    kin: (text: string) => areKin(item.name, text, index.kin),
  };
  const alike = (text: string): boolean =>
    (programOf(text) === program || (wordsIn(item.name) === 1 && wordsIn(text) === 1)) && plausibleRival(text, rivalry) && ofSameMatter(item, text, index.byName);
  const outcome = buildQuestion(
      {
        item,
        kind: 'command',
        stem: `Which command ${purpose}?`,
        answer: item.name,
        candidates,
        farther: [sameSection, () => kinCandidates(item, index.kin, index.byProgram), near],
        reject: (text) =>
          !alike(text) || index.notCommands.has(nameKey(text)) || misspeltAny(text) || doesThisToo(text, purpose, index.byName),
        explanation: `The command that ${purpose} is ${item.name}. The notes: "${item.sentence.replace(/[.!;:]+$/, '')}"`,
      },
      context,
  );
  if ('question' in outcome) {
    const { choices, answer } = outcome.question;
    if (choices.length < 4) return [{ skip: 'fewer than three plausible wrong commands', item }];
    const clue = wordInsideName(purpose, choices[answer]!, choices.filter((_, at) => at !== answer));
    if (clue) return [{ skip: clue, item }];
  }
  return [withPlainTopic(outcome, item)];
}

/**
 * "Which command shrinks a volume?" over lvshrink, lvgrow, lvwipe; "Which command sets the quota?" over
 * setquota, repquota, edquota: the stem's word stands inside the answer's name, glued to another
 * ("lv" + "shrink", "set" + "quota"), which the stem gate (gates/clue-in-stem.ts) does not look into.
 * A giveaway when a word of the name is one with a stem word (same stem, or leading or ending the
 * name) and no distractor has a word one with it, or when a stem word's root of four letters or more
 * stands inside the name and inside no distractor's.
 */
export function wordInsideName(purpose: string, answer: string, distractors: readonly string[]): string | undefined {
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  const stemWords = wordsOf(purpose);
  const others = distractors.map(wordsOf);
  for (const word of wordsOf(answer)) {
    if (!stemWords.some((stemWord) => sameWord(stemWord, word))) continue;
    if (!others.some((other) => other.some((w) => sameWord(w, word)))) return giveaway;
  }
  // "RG" over New-AzResourceGroup: the stem's capitals are the initials of the name's glued words.
  const initials = (text: string): string =>
    text
      .split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u)
      .map((part) => part.charAt(0).toLowerCase())
      .join('');
  for (const acronym of purpose.match(/\b\p{Lu}{2,5}\b/gu) ?? []) {
    const letters = acronym.toLowerCase();
    if (initials(answer).includes(letters) && !distractors.some((d) => initials(d).includes(letters))) return giveaway;
  }
  const name = answer.toLowerCase();
  const hidden = (mark: string, inside: (text: string, mark: string) => boolean): boolean => distractors.some((d) => inside(d.toLowerCase(), mark));
  for (const word of stemWords) {
    const root = stemmer(word);
    // "shrinks" in lvshrink: the root inside the name.
    if (root.length >= 4 && name.includes(root) && !hidden(root, (d, m) => d.includes(m))) return giveaway;
    // "unmounts" beside umount: a name spelling the verb one letter short.
    if (root.length >= 4 && name.split(/\s+/).some((part) => misspelt(part, root)) && !hidden(root, (d, m) => d.split(/\s+/).some((part) => misspelt(part, m)))) return giveaway;
    // "group" in newgrp: the word's consonants, the way command names shorten words.
    const bones = skeleton(word);
    if (bones.length >= 3 && bones !== word && skeleton(name).includes(bones) && !hidden(bones, (d, m) => skeleton(d).includes(m))) return giveaway;
  }
  return undefined;
}

const giveaway = "a word of the stem stands inside the answer's name";

/** A word without its vowels: "group" → "grp", "move" → "mv". */
const skeleton = (word: string): string => word.replace(/[aeiou\s]/g, '');

/**
 * True when the notes give the command `name` this purpose too: the same words, or the same verb
 * with every word of this purpose's object ("sets the default target" beside "sets the default target
 * to NAME.target"); a wrong choice that does what the stem asks is a second right answer.
 */
function doesThisToo(name: string, purpose: string, byName: ReadonlyMap<string, readonly CommandItem[]>): boolean {
  const [verb, object] = verbAndObject(purpose);
  return (byName.get(nameKey(name)) ?? []).some((other) => {
    if (!other.purpose) return false;
    // "evicts all pods, then marks node unschedulable" does what "marks node unschedulable" says, and more.
    if (` ${comparisonKey(other.purpose)} `.includes(` ${comparisonKey(purpose)} `)) return true;
    const [otherVerb, otherObject] = verbAndObject(other.purpose);
    return otherVerb === verb && object.length > 0 && object.every((word) => otherObject.includes(word));
  });
}

/** "removes a logical volume" → ["removes", ["logical", "volume"]]. */
function verbAndObject(purpose: string): [string, string[]] {
  const [verb = '', ...rest] = purpose.toLowerCase().split(/\s+/);
  return [verb, contentWords(rest.join(' ').replace(/[^\p{L}\p{N}\s-]+/gu, ' '))];
}

const programOf = (name: string): string => name.split(/\s+/)[0]!.toLowerCase();

/** Named in passing as one word with nothing after it: "vgremove", but also "load" or "selector". */
const bareWord = (item: CommandItem): boolean => item.purpose === undefined && !/\s/.test(item.command);

/**
 * A bare word is taken for a command when it shares a family mark with a command its file describes:
 * a leading pair of letters ("pvremove" beside "pvcreate") or an ending of four ("pvremove" beside
 * "lvremove"). "load" beside "jobs" and "kill" is no command.
 */
function ofFamily(name: string, commands: readonly CommandItem[], notCommands: ReadonlySet<string>): boolean {
  const word = name.toLowerCase();
  return commands.some((other) => {
    if (other.purpose === undefined || other.name.toLowerCase() === word || notCommands.has(nameKey(other.name))) return false;
    const program = programOf(other.name);
    return (word.length > 3 && program.slice(0, 2) === word.slice(0, 2)) || (word.length > 5 && program.slice(-4) === word.slice(-4));
  });
}

/** "setacl" beside "setfacl": one letter more or less is a slip of the notes, not another command. */
function misspelt(text: string, answer: string): boolean {
  const [short, long] = text.length < answer.length ? [text, answer] : [answer, text];
  if (long.length !== short.length + 1) return false;
  for (let at = 0; at < long.length; at++) if (long.slice(0, at) + long.slice(at + 1) === short) return true;
  return false;
}
const wordsIn = (name: string): number => name.split(/\s+/).length;

/** A cmdlet ("Get-AzVM") stands among cmdlets, a lower-case command among its kind. */
const styleOf = (name: string): string => (/^\p{Lu}/u.test(name) ? 'cmdlet' : 'command');

/** What a definition calls a command: "a tool to …", "the CLI for …", "a command that …". */
const COMMAND_NOUN = /\b(?:command|tool|utility|program|cli|cmdlet|binary|script|shell)\b/i;

const commandIndexOf = perContext((context) => {
  const commands = context.items.filter((item): item is CommandItem => item.kind === 'command');
  // Only described commands stand for their style elsewhere in the notes: mentions would crowd the window.
  const byStyle = groupBy(
    commands.filter((item) => item.purpose !== undefined),
    (item) => styleOf(item.name),
  );
  const byProgram = groupBy(commands, (item) => programOf(item.name));
  // Where each command stands in its program's and its style's group, for `nearby`.
  const at = new Map<CommandItem, { program: number; style: number }>();
  for (const group of byProgram.values()) group.forEach((item, index) => at.set(item, { program: index, style: 0 }));
  for (const group of byStyle.values()) group.forEach((item, index) => (at.get(item)!.style = index));
  // "`setuid` is a permission bit": code the notes define as another kind of thing.
  const notCommands = new Set(
    context.definitions
      .filter((d) => /^(?:an?|the)\s+[^,;]+$/i.test(d.definition) && d.definition.split(/\s+/).length <= 5 && !/\bway\b/.test(d.definition) && !COMMAND_NOUN.test(d.definition))
      .map((d) => nameKey(d.term)),
  );
  // How many described purposes hold each word: a word in more than `telling` of them names no content area.
  const purposesWith = new Map<string, number>();
  const purposes = commands.filter((item) => item.purpose !== undefined);
  for (const item of purposes) for (const word of new Set(verbAndObject(item.purpose!)[1])) purposesWith.set(word, (purposesWith.get(word) ?? 0) + 1);
  const telling = Math.max(3, Math.ceil(purposes.length * 0.05));
  return {
    fieldActions: fieldActions(context.lexicon?.commandActions),
    kin: kinOf(context.lexicon?.commandKin),
    purposesWith,
    telling,
    notCommands,
    byName: groupBy(commands, (item) => nameKey(item.name)),
    byFile: groupBy(commands, (item) => item.source.file),
    byProgram,
    byStyle,
    at,
  };
});

/**
 * A command's heading often holds its verb ("Create and Remove Logical Volumes" over "lvremove"): a
 * title that shares any word with the answer reads as a hint even when a distractor shares it too, so
 * the question is posted under the nearest heading or file name that shares none, else "Command line".
 */
function withPlainTopic(outcome: Outcome, item: CommandItem): Outcome {
  if (!('question' in outcome)) return outcome;
  const { question } = outcome;
  const answer = question.choices[question.answer]!;
  const places = [...item.source.section].reverse().concat(item.source.file.replace(/\.[^.]+$/, '').split('/').reverse().map((part) => part.replace(/^[\d\s._-]+/, '').replace(/[-_]+/g, ' ')));
  const plain = (topic: string): boolean => topic.trim() !== '' && topic.length <= 100 && clueInStem(topic, answer, []) === undefined;
  const topic = plain(question.topic) ? question.topic : (places.find(plain) ?? 'Command line');
  return { question: { ...question, topic } };
}
