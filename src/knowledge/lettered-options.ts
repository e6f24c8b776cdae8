import type { Nodes, PhrasingContent } from 'mdast';

/** One line of a paragraph, and whether bold covers all of it ("**C. Amazon S3**" marks the right option). */
export interface TextLine {
  text: string;
  bold: boolean;
}

/** One lettered option of a practice question, as the notes write it. */
export interface LetteredOption {
  /** Upper-case letter: "A" for "A.", "A)", "(a)", "a." or "a)". */
  letter: string;
  text: string;
  /** The notes mark it right: a ✅ or ✔ beside it, "(correct)" after it, or bold over the whole line. */
  marked: boolean;
}

// "A. text", "A) text", "(a) text", "a. text", "[B] text": one letter of A–H, then the option.
const OPTION = /^\s*(?:\(([A-Ha-h])\)|\[([A-Ha-h])\]|([A-Ha-h])[.)])\s+(.+)$/;
const TICK = /\s*(?:✅|✔️?|☑️?|\((?:correct|right|answer)\))\s*/giu;

function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** A paragraph's lines as written (soft breaks kept), each knowing whether it is bold throughout. */
export function paragraphLines(children: readonly PhrasingContent[]): TextLine[] {
  const lines: Array<{ parts: Array<{ text: string; bold: boolean }> }> = [{ parts: [] }];
  for (const child of children) {
    const bold = child.type === 'strong';
    textOf(child)
      .split('\n')
      .forEach((part, index) => {
        if (index > 0) lines.push({ parts: [] });
        lines[lines.length - 1]!.parts.push({ text: part, bold });
      });
  }
  return lines
    .map(({ parts }) => {
      const text = parts
        .map((p) => p.text)
        .join('')
        .trim();
      const meaningful = parts.filter((p) => p.text.trim() !== '' && !/^[\s.:)]*$/.test(p.text));
      return { text, bold: meaningful.length > 0 && meaningful.every((p) => p.bold) };
    })
    .filter((line) => line.text !== '');
}

/** The option a line writes ("B) Amazon S3 ✅" → B, "Amazon S3", marked), or undefined for any other line. */
export function letteredOption(line: TextLine): LetteredOption | undefined {
  const match = OPTION.exec(line.text);
  if (!match) return undefined;
  const letter = (match[1] ?? match[2] ?? match[3])!.toUpperCase();
  const raw = match[4]!;
  const ticked = TICK.test(raw);
  TICK.lastIndex = 0;
  const text = raw.replace(TICK, ' ').replace(/\*\*/g, '').trim();
  if (!text) return undefined;
  return { letter, text, marked: ticked || line.bold };
}

/** True when options run A, B, C … in order, at least three of them: a practice question's choices. */
export function isLetteredRun(options: readonly LetteredOption[]): boolean {
  return options.length >= 3 && options.every((o, index) => o.letter.charCodeAt(0) === 65 + index);
}
