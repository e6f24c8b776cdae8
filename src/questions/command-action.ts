import { ACTION_VERBS, COMMAND_VERBS } from '../knowledge/english-words.js';
import { stemmer } from 'stemmer';

/**
 * The kind of job a command does, and whether another command is a plausible rival to it. An item
 * writer offers, for "Which command shows the pods of a node?", other commands that show something,
 * or commands about the same thing ("kubectl describe node"), never "kubectl uncordon": a rival that
 * obviously does another kind of job is no choice at all.
 */

/** Shows or lists, creates, removes, or changes something. */
export type Action = keyof typeof ACTION_VERBS;

const CLASSED = new Map<string, Action>(
  (Object.entries(ACTION_VERBS) as Array<[Action, string]>).flatMap(([action, verbs]) =>
    verbs.split(' ').map((verb): [string, Action] => [verb, action]),
  ),
);

/** "verifies" → "verify", "pushes" → "push", "lists" → "list": the base forms a verb may have. */
const basesOf = (verb: string): string[] => [verb, verb.replace(/ies$/, 'y'), verb.replace(/es$/, ''), verb.replace(/s$/, '')];

const classed = (verb: string): Action | undefined =>
  basesOf(verb.toLowerCase())
    .map((base) => CLASSED.get(base))
    .find((action) => action !== undefined);

/** Whether a base verb ("configure") is one of COMMAND_VERBS once conjugated. */
const commandVerb = (verb: string): boolean =>
  [verb, `${verb}s`, `${verb}es`, verb.replace(/y$/, 'ies')].some((form) => COMMAND_VERBS.has(form));

/**
 * The action of a purpose: its leading verb ("evicts all pods …"), or the verb after "to" in "is the
 * fastest way to verify permissions" or "is a tool to configure policies". Undefined when it states
 * no job ("is the CLI tool for firewalld").
 */
export function actionOfPurpose(purpose: string): Action | undefined {
  const words = purpose.toLowerCase().split(/\s+/);
  const to = /^(?:is|are)$/.test(words[0] ?? '') ? words.indexOf('to') : -1;
  const verb = to >= 0 ? words[to + 1] : words[0];
  if (!verb || (words[0] === 'is' && to < 0)) return undefined;
  return classed(verb) ?? (commandVerb(verb) ? 'change' : undefined);
}

/**
 * What a purpose acts on: the words after its verb up to a phrase of circumstance ("create a service
 * in the exam" → "a service"; "is the fastest way to verify permissions" → "permissions"). Two rivals
 * that share only the circumstance ("in the exam") are about different things.
 */
export function objectOf(purpose: string): string {
  const job = purpose.replace(/^(?:is|are)\b.*?\bto\s+/i, '');
  const [, ...rest] = job.split(/\s+/);
  const cut = rest.findIndex((word) => CIRCUMSTANCE.test(word));
  return (cut < 0 ? rest : rest.slice(0, cut)).join(' ');
}

const CIRCUMSTANCE = /^(?:in|on|at|during|within|inside|across|per|with|via|by|using|when|while|before|after|without)$/i;

/** A name's words: "kubectl get hpa" → get, hpa; "Get-AzVM" → get, azvm (the program of a longer name left out). */
const wordsOfName = (name: string): string[] => {
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  return /\s/.test(name) ? words.slice(1) : words;
};

/**
 * The action a name spells: a sub-command verb ("kubectl get", "systemctl set-default"), a cmdlet's
 * verb ("Remove-AzVM"), or a verb glued to a one-word name ("lvremove", "getfacl", "useradd").
 */
export function actionOfName(name: string): Action | undefined {
  for (const word of wordsOfName(name)) {
    const whole = CLASSED.get(word);
    if (whole) return whole;
  }
  if (/[\s-]/.test(name)) return undefined;
  // The longest verb glued in: "remove" in "lvremove", not "move".
  const word = name.toLowerCase();
  let found: [string, Action] | undefined;
  for (const [verb, action] of CLASSED)
    if (verb.length >= 3 && word.length > verb.length + 1 && (word.startsWith(verb) || word.endsWith(verb)) && verb.length > (found?.[0].length ?? 0))
      found = [verb, action];
  return found?.[1];
}

/** What plausibility needs to know of the answer. */
export interface Rivalry {
  name: string;
  /** The content words of what the answer's purpose acts on (see objectOf). */
  objectWords: ReadonlySet<string>;
  action: Action | undefined;
  /** The purpose the notes give a command of this name, if any. */
  purposeOf: (name: string) => string | undefined;
  /** The lexicon's commands by their job ("ps" → inspect), see fieldActions. */
  fieldActions: ReadonlyMap<string, Action>;
  /** Whether the lexicon's commandKin puts a command in one group with the answer (see command-kin.ts). */
  kin?: (name: string) => boolean;
}

/** The lexicon's commandActions as one map from a command or sub-command word to its job. */
export function fieldActions(byAction: Readonly<Record<Action, readonly string[]>> | undefined): Map<string, Action> {
  const map = new Map<string, Action>();
  for (const action of Object.keys(byAction ?? {}) as Action[]) for (const word of byAction![action]) map.set(word.toLowerCase(), action);
  return map;
}

/** "ps" → inspect, "kubectl top" → inspect by the lexicon: the program of a one-word name, else its sub-commands. */
function fieldActionOf(name: string, actions: ReadonlyMap<string, Action>): Action | undefined {
  const words = name.toLowerCase().split(/\s+/);
  return (words.length === 1 ? words : words.slice(1)).map((word) => actions.get(word)).find((action) => action !== undefined);
}

/**
 * A rival is plausible when it names what the answer names ("systemctl get-default" beside
 * "systemctl set-default"; for one-word names the same family mark, "lvcreate" beside "lvremove"), or
 * when it does the same kind of job (shows, creates or removes), or a job of the same side (changing, not showing) on the same
 * thing ("kubectl cordon", which marks the node, beside "kubectl drain", which evicts its pods). A
 * command that shows is never the rival of one that changes, nor the other way round.
 */
export function plausibleRival(text: string, answer: Rivalry): boolean {
  const named = wordsOfName(answer.name)
    .filter((word) => word.length >= 3 && !CLASSED.has(word))
    .some((word) => wordsOfName(text).includes(word));
  if (named || sameFamily(text, answer.name)) return true;
  const purpose = answer.purposeOf(text);
  const theirs = (purpose ? actionOfPurpose(purpose) : undefined) ?? actionOfName(text) ?? fieldActionOf(text, answer.fieldActions);
  if (answer.action !== undefined && theirs !== undefined && (theirs === 'inspect') !== (answer.action === 'inspect')) return false;
  // Kin by the lexicon ("chown" beside "setfacl") whose side of the job is known.
  if (theirs !== undefined && answer.kin?.(text)) return true;
  // "Changes something" is what is left when no other kind fits: it names no kind of job to share.
  if (answer.action !== undefined && answer.action !== 'change' && theirs === answer.action) return true;
  // A job the notes do not state ("kubectl top pod", named in passing) is no rival by its words alone.
  if (answer.action !== undefined && theirs === undefined) return false;
  const theirWords = [...wordsOfName(text), ...(purpose ?? '').toLowerCase().split(/[^\p{L}\p{N}-]+/u)].map((word) => stemmer(word));
  return [...answer.objectWords].some((word) => theirWords.includes(stemmer(word)));
}

/** "lvcreate" beside "lvremove", "pvremove" beside "lvremove": one-word names with a leading pair or an ending of four in common. */
function sameFamily(a: string, b: string): boolean {
  if (/[\s-]/.test(a) || /[\s-]/.test(b)) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return (Math.min(x.length, y.length) > 3 && x.slice(0, 2) === y.slice(0, 2)) || (Math.min(x.length, y.length) > 5 && x.slice(-4) === y.slice(-4));
}
