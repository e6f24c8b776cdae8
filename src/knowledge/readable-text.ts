import { isFormulaLine, readableFormulas } from './latex-text.js';

/**
 * A note's text made plain markdown before parsing, line for line (line numbers stay right):
 * - YAML front matter (`---` … `---` at the top) is blanked; its `aliases:` are the note's other names;
 * - Obsidian links: `![[embed]]` dropped, `[[Page]]` → "Page", `[[Page|shown]]` → "shown", `[[Page#Part]]` → "Page";
 * - callouts: `> [!tip] Title` → `> **Title**` (a label over the callout's content), `> [!note]` alone → `>`;
 * - an outline written with TABs and no bullet markers (a run of lines, some TAB-indented) → nested bullets;
 * - unfenced shell command lines (`$ cmd …`, `sudo cmd …`) are blanked: they are never facts or definitions;
 * - LaTeX formulas (`$…$`, `$$…$$`) become readable text (latex-text.ts), so a formula heading is named by
 *   what it says; a sentence that introduces a formula ("… can be expressed as follows:") ends with a
 *   full stop, since the formula under it is a heading or a block of its own, not a list it leads into.
 */
export interface ReadableText {
  text: string;
  /** Other names of the note's subject, from its front matter's `aliases:`. */
  aliases: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|>|#{1,6}\s|\||`{3}|~{3})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
/** `$ cmd`, `sudo cmd`, alone on a line or as a whole bullet. */
const COMMAND = /^(\s*(?:[-*+]\s+)?)(?:\$\s+\S.*|sudo\s+\S.*)$/;

function frontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end < 0) return [];
  const aliases: string[] = [];
  let inAliases = false;
  for (let i = 1; i < end; i += 1) {
    const line = lines[i]!;
    const key = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (key) {
      inAliases = /^alias(es)?$/i.test(key[1]!);
      const inline = key[2]!.trim();
      if (inAliases && inline)
        aliases.push(
          ...inline
            .replace(/^\[|\]$/g, '')
            .split(',')
            .map(unquote),
        );
    } else if (inAliases) {
      const item = /^\s*-\s+(.+)$/.exec(line);
      if (item) aliases.push(unquote(item[1]!));
    }
    lines[i] = '';
  }
  lines[0] = '';
  lines[end] = '';
  return aliases.filter(Boolean);
}

const unquote = (s: string): string =>
  s
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();

function obsidianInline(line: string): string {
  return line
    .replace(/!\[\[[^\]\n]*\]\]/g, '')
    .replace(/\[\[([^\]|\n]*)\|([^\]\n]*)\]\]/g, (_, _page: string, shown: string) => shown.trim())
    .replace(/\[\[([^\]#\n]*)(?:#[^\]\n]*)?\]\]/g, (_, page: string) => page.trim())
    .replace(/^(\s*(?:>\s*)+)\[!\w[\w-]*\][+-]?\s*(.*)$/, (_, quote: string, title: string) =>
      title.trim() ? `${quote}**${title.trim()}**` : quote.trimEnd(),
    );
}

/** Runs of non-blank lines written as a TAB outline (no markers, some lines TAB-indented) → bullets. */
function tabOutlines(lines: string[], inFence: boolean[]): void {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '' && !inFence[end] && !HEADING.test(lines[end]!)) end += 1;
    const run = lines.slice(start, end);
    const outline =
      run.length >= 2 &&
      !/^\s/.test(run[0]!) &&
      run.some((l) => /^\t+\S/.test(l)) &&
      run.every((l) => !MARKER.test(l) && /^\t*\S/.test(l));
    if (outline) {
      for (let i = start; i < end; i += 1) {
        const depth = /^\t*/.exec(lines[i]!)![0].length;
        lines[i] = `${'  '.repeat(depth)}- ${lines[i]!.trim()}`;
      }
    }
    start = end + 1;
  }
}

/** Formulas made readable; a line ending in ":" right above a formula of its own ends in "." instead. */
function formulas(lines: string[], inFence: boolean[]): void {
  for (let i = 0; i < lines.length; i += 1) {
    if (inFence[i] || !lines[i]!.includes('$')) continue;
    if (isFormulaLine(lines[i]!)) {
      let before = i - 1;
      if (before >= 0 && lines[before]!.trim() === '') before -= 1;
      if (before >= 0 && !inFence[before] && /:\s*$/u.test(lines[before]!) && !isFormulaLine(lines[before]!))
        lines[before] = lines[before]!.replace(/:\s*$/u, '.');
    }
    lines[i] = readableFormulas(lines[i]!);
  }
}

export function readableText(text: string): ReadableText {
  const lines = text.split('\n');
  const aliases = frontMatter(lines);
  const inFence: boolean[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    const opens = marker !== undefined && !fence;
    if (fence || opens) {
      inFence[index] = true;
      if (marker && !opens && marker[0] === fence![0] && marker.length >= fence!.length && line.trim() === marker)
        fence = undefined;
      else if (opens) fence = marker;
      return;
    }
    inFence[index] = false;
    let out = line.includes('[[') || line.includes('[!') ? obsidianInline(line) : line;
    // A command line says nothing a quiz or the desk can use: the line (or the bullet's text) is blanked.
    const command = COMMAND.exec(out);
    if (command) out = command[1]!.trimEnd();
    lines[index] = out;
  });
  formulas(lines, inFence);
  tabOutlines(lines, inFence);
  return { text: lines.join('\n'), aliases };
}
