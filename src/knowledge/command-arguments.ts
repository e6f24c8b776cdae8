import type { CommandParts } from './command-line.js';
import { PLACEHOLDER_WORDS } from './english-words.js';

/**
 * What a command's arguments say about the words beside it: whether the command line is an example
 * invocation with values of its own, and whether a purpose is about its arguments rather than about
 * the command (see extract-command.ts).
 */

/**
 * A command with an example's own values ("umask 006", "chmod u+s FILE", "setfacl -m u:john:rw file1")
 * says what those values do, not what the command does: any argument that is neither an option nor a
 * placeholder (NAME, <node>, FILE.tar, user, file1), an option's own value ("-m m::r", "-L 10G") too.
 */
export function hasExampleValues(parts: CommandParts): boolean {
  return parts.args.some((arg) => {
    // "-l", "--all-namespaces", "--image=<image>": an option, or one given a placeholder.
    const option = /^--?\p{L}[\p{L}\p{N}-]*(?:=(.*))?$/u.exec(arg);
    if (option) return option[1] !== undefined && !isPlaceholder(option[1]);
    // "-1", "m::r", "10G", "wheel": a value of the example's own, given to an option or not.
    return !isPlaceholder(arg);
  });
}

/** NAME, <node>, [FILE], FILE.tar.gz, user, file1, /dev/VGNAME/LVNAME: a stand-in for a value. */
function isPlaceholder(arg: string): boolean {
  const bare = arg.replace(/^['"]|['",]$/g, '');
  if (/^<[^>]+>$|^\[[^\]]+\]$/.test(bare)) return true;
  if (/^[\p{Lu}][\p{Lu}\p{N}_]*(?:\.[\p{Ll}]+)*$/u.test(bare)) return true;
  if (PLACEHOLDER_WORDS.has(bare.replace(/\d+$/, '').toLowerCase())) return true;
  // "user:group", "USER:GROUP": a pair of stand-ins joined as the command takes them.
  if (/^[^:]+:[^:]+$/.test(bare) && bare.split(':').every(isPlaceholder)) return true;
  // A path whose parts are all placeholders: /dev/VGNAME/LVNAME.
  return (
    /^\//.test(bare) &&
    bare
      .split('/')
      .slice(-1)
      .every((part) => /^[\p{Lu}][\p{Lu}\p{N}_]*$/u.test(part))
  );
}

/**
 * The purpose as a question may ask it. What an option selects is what such a purpose is about
 * ("`systemctl list-units --type=target` lists all targets": not what list-units does without it), so
 * a purpose naming an option's word is not asked. A placeholder written as one (NAME, <node>) may
 * stand in a closing phrase, cut away ("sets the default target to NAME.target" asks "sets the default
 * target"); a placeholder's plain word ("marks the node", for <node>) is only the generic thing.
 */
export function withoutArguments(purpose: string, parts: CommandParts): string | undefined {
  const optionWords = new Set(
    parts.args
      .flatMap((arg, at) => {
        const valueOf = /^-[\p{L}]$|^--[\p{L}-]+$/u.test(parts.args[at - 1] ?? '') && !isPlaceholder(arg);
        return /^-/.test(arg) || valueOf ? arg.replace(/^-+/, '').split(/[^\p{L}\p{N}]+/u) : [];
      })
      .filter((word) => word.length > 1 && !/^\d+$/.test(word))
      .map((word) => word.toLowerCase()),
  );
  const pieces = (word: string): string[] => word.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const namesOption = (word: string): boolean =>
    pieces(word).some(
      (piece) => optionWords.has(piece) || optionWords.has(piece.replace(/s$/, '')) || optionWords.has(`${piece}s`),
    );
  const words = purpose.split(/\s+/);
  if (words.some(namesOption)) return undefined;
  // "`kubectl get pods -A` … across all namespaces": "all" is what a bare flag (-a, -A, --all) adds, so
  // the command without it does not do what the purpose says.
  if (
    parts.args.some((arg) => /^-\p{L}{1,3}$|^--[\p{L}-]+$/u.test(arg)) &&
    /\b(?:all|every|everything|everyone)\b/i.test(purpose)
  )
    return undefined;
  // A placeholder as written: "NAME", "NAME.target", "<node>".
  const literal = (word: string): boolean =>
    /^(?:<[^>]+>|[\p{Lu}][\p{Lu}\p{N}_]*)(?:\.[\p{Ll}]+)?$/u.test(word.replace(/[,.;:']+$|'s$/, ''));
  // "FILE.tar" is written about as FILE: a placeholder's name before its dot.
  const placeholders = new Set(
    parts.args
      .filter((arg) => !/^-/.test(arg) && isPlaceholder(arg))
      .map((arg) => arg.replace(/[<>]/g, '').replace(/\..*$/, '')),
  );
  const namesPlaceholder = (word: string): boolean =>
    literal(word) && [...placeholders].some((p) => word.replace(/[<>]/g, '').startsWith(p));
  const first = words.findIndex(namesPlaceholder);
  if (first < 0) return purpose;
  const cut = first - 1;
  if (cut < 2 || !/^(?:to|on|in|into|from|for|of|at)$/i.test(words[cut]!) || !words.slice(first).every(literal))
    return undefined;
  return words.slice(0, cut).join(' ');
}
