import { COMMAND_VERBS, FUNCTION_WORDS } from './english-words.js';
import { FILLER_ADVERBS, VAGUE_AFTER_ARTICLE } from './english-words.js';

/**
 * Notes about a command line tool name the command and say what it does in one line, often without
 * backticks: "chage -l USER shows the aging policy of USER", "systemctl get-default shows the default
 * target", "firewall-cmd is the CLI tool for firewalld". Such a line defines the command: the term is
 * the command as written (with its options and placeholders), the definition what it does.
 */

/** A token that can only be code: an option, a placeholder, a path, a dotted or snake_case name, an assignment. */
const CODE_TOKEN =
  /^(?:-{1,2}[\p{L}\p{N}][\w-]*(?:=\S*)?|<[^>]+>|[A-Z][A-Z0-9_]*|\S*[/=_]\S*|[\p{Ll}\p{N}][\w-]*\.[\w.-]*[\p{L}\p{N}])$/u;
/** A number given to an option ("-d 0", "-E -1"): an argument, but no sign of code by itself ("step 1"). */
const NUMBER_ARGUMENT = /^[+-]?\d[\w%+-]*$/u;
/** The command itself: a lower-case word that may hold hyphens, dots, digits or underscores ("firewall-cmd", "mkfs.xfs"). */
const COMMAND_NAME = /^[\p{Ll}][\p{Ll}\p{N}._+-]*$/u;
/** A lower-case sub-command or argument word ("list-units", "repolist", "group"). */
const ARGUMENT_WORD = /^[\p{Ll}][\p{Ll}\p{N}-]*$/u;
const MAX_COMMAND_TOKENS = 6;
const MIN_DEFINITION_WORDS = 2;

/** Whether `text` (a key or a table cell) reads as code rather than words: "multi-user.target", "--etcd-servers", "kubectl drain <node>". */
export function looksLikeCode(text: string): boolean {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_COMMAND_TOKENS) return false;
  if (tokens.some((t) => FUNCTION_WORDS.has(t.toLowerCase()))) return false;
  // One token: it must hold something words never do. Several: a command name, then arguments of which one is code.
  if (tokens.length === 1)
    return CODE_TOKEN.test(tokens[0]!) && !/^[A-Z][A-Z0-9]*$/.test(tokens[0]!) && !/^\d/.test(tokens[0]!);
  return (
    COMMAND_NAME.test(tokens[0]!) &&
    tokens.slice(1).every((t) => CODE_TOKEN.test(t) || NUMBER_ARGUMENT.test(t) || ARGUMENT_WORD.test(t) || t === '|') &&
    // An upper-case word may be a placeholder (NAME) or an acronym ("global DNS service"): no proof of code alone.
    tokens.slice(1).some((t) => CODE_TOKEN.test(t) && !/^[A-Z][A-Z0-9_]*$/.test(t))
  );
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * "gzip FILE compresses FILE and renames it FILE.gz" → { term: "gzip FILE", definition: "compresses …" };
 * "semanage is a tool to configure SELinux policies" → { term: "semanage", definition: "a tool to …" }.
 * The line must open with a lower-case command name, then at most a few arguments (options,
 * placeholders, paths, sub-command words; never words like "a", "with", "you"), then either a verb of
 * what a command does ("lists", "sets", "creates", optionally after an adverb: "basically shows") or
 * "is a / is the". Undefined for anything else, so ordinary sentences ("tar does not compress") give none.
 * With `requireCode` false, a bare word may be the command too ("setfacl sets …" once its backticks are
 * gone), but only before a verb: "library is a …" says nothing of a command.
 */
export function commandDefinition(text: string, requireCode = true): { term: string; definition: string } | undefined {
  const tokens = wordsOf(text.trim());
  const first = tokens[0] ?? '';
  // "immediately makes …" opens with an adverb, not a command.
  if (!COMMAND_NAME.test(first) || FUNCTION_WORDS.has(first) || COMMAND_VERBS.has(first) || /^\p{Ll}+ly$/u.test(first))
    return undefined;
  for (let i = 1; i <= Math.min(MAX_COMMAND_TOKENS, tokens.length - 1); i++) {
    const word = tokens[i]!;
    const lower = word.toLowerCase();
    const command = tokens.slice(0, i);
    // Without backticks only code shows it is a command: "user creates a file" is a sentence.
    const isCode = !requireCode || command.some((t, at) => CODE_TOKEN.test(t) || (at === 0 && /[._/-]/.test(t)));
    const rest = descriptionFrom(tokens.slice(i));
    if (rest) return isCode ? described(command, rest) : undefined;
    // "firewall-cmd is the CLI tool …": only a bare command name may be defined this way, never "kill -9 is …".
    if (i === 1 && requireCode && isCode && isA(tokens.slice(1))) return described(command, tokens.slice(2));
    const argument =
      CODE_TOKEN.test(word) ||
      NUMBER_ARGUMENT.test(word) ||
      (ARGUMENT_WORD.test(word) && !FUNCTION_WORDS.has(lower)) ||
      word === '|';
    if (!argument) return undefined;
  }
  return undefined;
}

/**
 * "`df -h` lists the mounted file systems": the description after a command written as code, when it
 * says what the command does (a verb of COMMAND_VERBS, or "is a / is the …"); undefined otherwise.
 */
export function commandDescribed(command: string, rest: string): { term: string; definition: string } | undefined {
  // "`5 0 * * fri cmd` runs …": a pattern of stars would not survive as a term (stars are emphasis in a term).
  if (command.includes('*')) return undefined;
  const tokens = wordsOf(rest);
  const description = descriptionFrom(tokens);
  if (description) return described([command], description);
  return isA(tokens) ? described([command], tokens.slice(1)) : undefined;
}

/**
 * The description when `tokens` open with what a command does: a verb of COMMAND_VERBS, after at most
 * one adverb ("automatically mounts …" keeps it, "basically shows …" drops it). Not "only changes the
 * group": a restriction tells how commands differ, and without its other half it misleads.
 */
function descriptionFrom(tokens: readonly string[]): string[] | undefined {
  const [first = '', second = ''] = tokens;
  if (COMMAND_VERBS.has(first)) return [...tokens];
  if (!/^\p{Ll}+ly$/u.test(first) || first === 'only' || !COMMAND_VERBS.has(second)) return undefined;
  return FILLER_ADVERBS.has(first) ? tokens.slice(1) : [...tokens];
}

/** "is a tool to …", "is the CLI tool for …" (not "is a lot easier"). */
const isA = (tokens: readonly string[]): boolean =>
  /^(?:is|are)$/.test(tokens[0] ?? '') &&
  /^(?:an?|the)$/i.test(tokens[1] ?? '') &&
  !VAGUE_AFTER_ARTICLE.test(tokens[2] ?? '');

/** The sentences of a paragraph: split after ". ", "! ", "? ", never after "e.g." or "i.e."; inner dots ("FILE.gz") stay. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<!\b(?:e\.g|i\.e|etc|vs|ex))(?<=[.!?])\s+/i)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function described(command: string[], rest: string[]): { term: string; definition: string } | undefined {
  const definition = rest.join(' ').replace(/[.!]+$/, '');
  if (wordsOf(definition).length < MIN_DEFINITION_WORDS) return undefined;
  return { term: command.join(' '), definition };
}

/** A PowerShell cmdlet: Verb-Noun ("Get-AzVM", "New-AzResourceGroup"). */
const CMDLET = /^[A-Z][a-z]+-[A-Z][A-Za-z0-9]+$/;
/** A program as a choice may name it: a lower-case word with digits, hyphens or underscores, no dots or slashes ("lvremove", "firewall-cmd"). */
const PROGRAM = /^[\p{Ll}][\p{Ll}\p{N}_+-]*[\p{Ll}\p{N}]$/u;
/** A sub-command word: lower-case letters, maybe digits and hyphens ("drain", "list-units", "s3"). */
const SUBCOMMAND = /^[\p{Ll}][\p{Ll}\p{N}-]*$/u;
/** A chain or redirection: several commands in one, none of which is "the" command. */
const CHAIN = /\s(?:\||&&|\|\||;|>>?|<)\s|\$\(|;$/;
const MAX_SUBCOMMANDS = 2;

/** A command line split into what a choice names (program and sub-commands) and its other arguments. */
export interface CommandParts {
  /** The program with its sub-commands: "kubectl drain", "systemctl list-units", "chage". */
  name: string;
  /** The first word: "kubectl". */
  program: string;
  /** Everything after the name: options, placeholders, values ("-l", "USER", "<node>", "--type=target"). */
  args: string[];
}

/**
 * "kubectl drain <node>" → { name: "kubectl drain", program: "kubectl", args: ["<node>"] }; "chage -l
 * USER" → name "chage". Sub-commands are the lower-case words right after the program, before any
 * option or placeholder. Undefined for what is no single command: a path, a file name, a chain of
 * commands, an English word of FUNCTION_WORDS, a single letter.
 */
export function commandParts(code: string): CommandParts | undefined {
  const text = code.trim().replace(/^(?:\$|>|sudo)\s+/, '');
  if (text === '' || CHAIN.test(text)) return undefined;
  const tokens = wordsOf(text);
  // "load average: 0.03", "load / # of processors": output or arithmetic, not a command line.
  if (tokens.some((token) => /:$|^[/#=+*]$/.test(token))) return undefined;
  const program = tokens[0]!;
  if (!(PROGRAM.test(program) || CMDLET.test(program)) || FUNCTION_WORDS.has(program.toLowerCase())) return undefined;
  // "kubectl run nginx --image=nginx": a word the options repeat is the example's own name, no sub-command.
  const valued = new Set(tokens.slice(1).flatMap((token) => (/^-/.test(token) ? token.split(/[=:,]/).slice(1) : [])));
  let at = 1;
  while (
    at < tokens.length &&
    at <= MAX_SUBCOMMANDS &&
    SUBCOMMAND.test(tokens[at]!) &&
    !FUNCTION_WORDS.has(tokens[at]!) &&
    !valued.has(tokens[at]!) &&
    // "node-1", "web-2": an example's own name, numbered.
    !/-\d+$/.test(tokens[at]!)
  )
    at++;
  // Words right after a program are arguments, not sub-commands, when more of them follow than a name holds.
  if (at < tokens.length && SUBCOMMAND.test(tokens[at]!)) return undefined;
  return { name: tokens.slice(0, at).join(' '), program, args: tokens.slice(at) };
}
