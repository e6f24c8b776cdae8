import { distance } from 'fastest-levenshtein';
import type { DefinitionItem, FactItem, Item } from '../knowledge/item.js';
import { isPath, isPlaceholderPath, pathKey, pathKindByForm, pathsIn } from '../knowledge/file-paths.js';
import { purposeAfter } from '../knowledge/command-purpose.js';
import { namesakePaths } from './path-namesakes.js';
import { perContext } from './context-index.js';
import type { GenerationContext } from './generation-context.js';
import type { Candidate } from './pick-distractors.js';
import { buildQuestion, type Outcome } from './question-draft.js';
import { contentWords } from './text-tools.js';

/**
 * "`/etc/login.defs` shows the default options for new users" becomes "Which file shows the default
 * options for new users?"; "repository files are in `/etc/yum.repos.d/`" becomes "Which directory
 * holds repository files?". The wrong choices are other paths the notes name, of the same kind (a
 * file among files), closest first (same folder, then same top folder); never one the notes say
 * something alike about ("/etc/default/useradd also has the defaults"): a second right answer.
 */
export function pathQuestions(item: DefinitionItem | FactItem, context: GenerationContext): Outcome[] {
  const asked = askedOf(item);
  if (!asked) return [];
  const index = pathIndexOf(context);
  const kind = asked.kind ?? kindOf(asked.path, index);
  if (!kind) return [{ skip: 'the notes do not say whether the path is a file or a directory', item }];
  const answer = asked.path.replace(/\/+$/, '');
  const told = new Set(contentWords(asked.job).filter((word) => !GENERIC.test(word)));
  const candidates = (): Candidate[] =>
    [...index.paths.values()]
      .filter(({ path }) => plausible(path, answer, kind, index))
      .filter(({ words }) => ![...words].some((word) => told.has(word)))
      .map(({ path }): Candidate => ({ text: path.replace(/\/+$/, ''), tier: tierOf(path, answer) }))
      .concat(kind === 'directory' ? namesakePaths(answer, asked.job, directoriesOf(index)) : []);
  return [
    buildQuestion(
      {
        item,
        kind: 'definition-to-term',
        // The same path described in two files is two questions: the job tells them apart.
        variant: `path|${asked.job}`,
        stem: asked.kept ? `Which directory's ${asked.job}?` : `Which ${kind} ${asked.job}?`,
        answer,
        candidates,
        explanation: `The notes: "${asked.sentence.replace(/[.!;:]+$/, '')}"`,
      },
      context,
    ),
  ];
}

/**
 * "a file in `/` that will …", "the directory which holds …": what the notes call the path, and the
 * clause after "that"; where it stands ("in /") is left out of the stem, where it would point at the
 * answer.
 */
const CALLED_THAT = /^(?:an?|the)\s+(?:\p{Ll}+\s+)?(file|directory|dir|folder)\b(?:\s+(?:in|under|at)\s+\S+)?\s+(?:that|which)\s+(.+)$/iu;

/**
 * "relabel every file on our filesystem when we reboot": a stem speaks of the file system and of
 * rebooting, not of the note-taker's own ("when rebooting").
 */
const ownerless = (clause: string): string =>
  clause
    .replace(/\b(?:our|your|my)\b/gi, 'the')
    .replace(/\b(when|after|before|while)\s+(?:we|you|i)\s+(\p{Ll}{2,})\b/giu, (_, link: string, verb: string) => `${link} ${gerund(verb)}`);

/** "reboot" → "rebooting", "create" → "creating", "log" → "logging". */
function gerund(verb: string): string {
  if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (verb.length <= 4 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}
const directoriesOf = (index: PathIndex): string[] =>
  [...index.paths.values()].filter(({ path, called }) => (called ?? pathKindByForm(path)) === 'directory' && !isPlaceholderPath(path)).map(({ path }) => path);

/** Words every path's sentence may hold: they tell nothing about what it does. */
const GENERIC = /^(?:file|directory|dir|folder|path|system|new|default)$/i;

/** The path an item says a job of, and that job as a verb phrase after "Which file …". */
function askedOf(item: DefinitionItem | FactItem): { path: string; job: string; sentence: string; kind?: 'file' | 'directory'; kept?: true } | undefined {
  if (item.kind === 'definition') {
    if (!/^[~/]/.test(item.term) || !isPath(item.term) || isPlaceholderPath(item.term)) return undefined;
    const sentence = item.definition.split(/(?<=[.!?])\s+/)[0]!;
    const kept = keptHere(sentence);
    if (kept) return { path: item.term, job: kept, sentence: `${item.term} - ${sentence}`, kind: 'directory', kept: true };
    // "allows us to adjust the aging defaults": "lets you adjust …", the notes' own verb kept.
    const lets = /^(?:allows|lets)\s+(?:us|you|one)\s+(?:to\s+)?(\p{Ll}+\s.+?)[.!]?$/iu.exec(sentence);
    // "a file in / that will make the next boot relabel …": the kind said, the job after "that".
    const called = CALLED_THAT.exec(sentence);
    const kind = called ? (/^file$/i.test(called[1]!) ? 'file' : 'directory') : undefined;
    const job = lets ? `lets you ${lets[1]}` : purposeAfter(called ? ownerless(called[2]!) : sentence);
    return job ? { path: item.term, job, sentence: `${item.term}${called ? ' is' : ''} ${sentence}`, ...(kind ? { kind } : {}) } : undefined;
  }
  // "yum repository configuration files are in /etc/yum.repos.d/", "unit overrides live under
  // /etc/systemd/system/ on most distributions": what the path holds, and where that holds.
  // Cheap test first: most facts name no path after "in", "at" or "under".
  if (!/\b(?:in|at|under)\s+[~/]/.test(item.text)) return undefined;
  const first = item.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  const held = HELD_IN.exec(first);
  if (!held || !isPath(held[2]!) || isPlaceholderPath(held[2]!) || pathKindByForm(held[2]!) === 'file') return undefined;
  const where = held[3] ? ` ${held[3].trim()}` : '';
  return { path: held[2]!, job: `holds ${held[1]!.charAt(0).toLowerCase()}${held[1]!.slice(1)}${where}`, sentence: first, kind: 'directory' };
}

/**
 * "<things> are (kept|stored|located) in <path> [on|for <where>]": a plural noun phrase of one to six
 * words (its last word ends in "s", "files", "manifests", "logs"), a verb of keeping, the path, and at
 * most a short place phrase that the stem keeps ("on kubeadm clusters").
 */
const HELD_IN =
  /^((?:\p{L}[\p{L}-]*\s+){0,5}\p{L}[\p{L}-]*[^s\W]s)\s+(?:are|live|go|sit|reside)\s+(?:kept\s+|stored\s+|located\s+|placed\s+)?(?:in|at|under)\s+(\S+?)((?:\s+(?:on|for)(?:\s+\p{L}[\p{L}-]*){1,3})?)\.?$/iu;

/**
 * "Any files inside here would be copied from this directory into a new user's home directory!": what
 * becomes of the things kept in a directory, as a stem's words after "Which directory's": "files are
 * copied into a new user's home directory".
 */
function keptHere(sentence: string): string | undefined {
  const kept =
    /^(?:any|all|the)?\s*(\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:inside|in|placed\s+in|put\s+in)\s+(?:here|this\s+directory)\s+(?:would\s+be|will\s+be|are|get)\s+(\p{Ll}+ed)\b(.*?)[.!]?$/iu.exec(sentence);
  if (!kept) return undefined;
  const rest = kept[3]!.replace(/\s+from\s+(?:here|this\s+directory)\b/i, '').trim();
  if (/\b(?:here|this|it)\b/i.test(rest) || rest.split(/\s+/).length > 12) return undefined;
  return `${kept[1]!.toLowerCase()} are ${kept[2]!.toLowerCase()}${rest ? ` ${rest}` : ''}`;
}

/** A candidate of the answer's kind, not the answer however written (nor a slip of it), nor inside it or around it. */
function plausible(path: string, answer: string, kind: 'file' | 'directory', index: PathIndex): boolean {
  const [key, own] = [pathKey(path), pathKey(answer)];
  if (key === own || key.startsWith(`${own}/`) || own.startsWith(`${key}/`) || distance(key, own) <= 2) return false;
  const theirs = kindOf(path, index);
  // "/etc/passwd" beside "/etc/login.defs": a path of no telling form is taken for a file under the
  // answer's top folder (most of /etc is files); a directory must say it is one.
  return theirs === kind || (theirs === undefined && kind === 'file' && topOf(key) === topOf(own) && topOf(own) !== '');
}

const parentOf = (key: string): string => key.slice(0, key.lastIndexOf('/'));
const topOf = (key: string): string => key.split('/')[1] ?? '';
const tierOf = (path: string, answer: string): number =>
  parentOf(pathKey(path)) === parentOf(pathKey(answer)) ? 0 : topOf(pathKey(path)) === topOf(pathKey(answer)) ? 1 : 2;

/** By its form, else by what the notes call it ("/etc/skel directory", "the /var/www dir"). */
function kindOf(path: string, index: PathIndex): 'file' | 'directory' | undefined {
  return pathKindByForm(path) ?? index.paths.get(pathKey(path))?.called;
}

interface PathIndex {
  /** Path key → the path as first written, what the notes call it, the clauses that name it and their content words. */
  paths: Map<string, { path: string; called?: 'file' | 'directory'; texts: string[]; words: Set<string> }>;
}

/** The texts an item holds, where a path may stand. */
const textsOf = (item: Item): string[] => {
  switch (item.kind) {
    case 'definition':
      return [`${item.term} ${item.definition}`];
    case 'fact':
      return [item.text];
    case 'command':
      return [item.sentence];
    case 'list':
      return item.members;
    case 'comparison':
      return item.values.map(({ value }) => value);
    default:
      return [];
  }
};

/** The folder a file path stands in, two levels deep or more: "/etc/ssh" for "/etc/ssh/sshd_config", never "/etc". */
function folderOf(path: string): string | undefined {
  if (pathKindByForm(path) !== 'file') return undefined;
  const folder = path.slice(0, path.lastIndexOf('/'));
  return folder.split('/').length >= 3 ? folder : undefined;
}

const pathIndexOf = perContext((context): PathIndex => {
  const paths: PathIndex['paths'] = new Map();
  for (const item of context.items)
    for (const text of textsOf(item))
      for (const path of pathsIn(text)) {
        if (isPlaceholderPath(path)) continue;
        const key = pathKey(path);
        const entry = paths.get(key) ?? { path, texts: [], words: new Set<string>() };
        // Only the clause naming the path says what it does: a paragraph names many paths.
        const clause = text.split(/(?<=[;!?]|\.)\s+/).find((part) => part.includes(path)) ?? text;
        if (!entry.texts.includes(clause)) {
          entry.texts.push(clause);
          for (const word of contentWords(clause)) entry.words.add(word);
        }
        // "the /etc/skel directory", "/var/www dir": the word right after it says what it is.
        const after = text.slice(text.indexOf(path) + path.length);
        const called = /^\s+(?:directory|dir|folder)\b/i.test(after) ? 'directory' : /^\s+file\b/i.test(after) ? 'file' : undefined;
        if (called) entry.called = called;
        paths.set(key, entry);
        // "/etc/kubernetes/pki/ca.crt" says /etc/kubernetes/pki is a directory, though no line names it alone.
        const folder = folderOf(path);
        if (folder) {
          const above = paths.get(pathKey(folder)) ?? { path: folder, texts: [], words: new Set<string>() };
          above.called = 'directory';
          paths.set(pathKey(folder), above);
        }
      }
  return { paths };
});
