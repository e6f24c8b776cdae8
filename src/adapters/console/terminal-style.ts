import { styleText } from 'node:util';

/** Emphasis for terminal text; the plain style returns every string unchanged. */
export interface TerminalStyle {
  /** Titles ("Question of the day · S3"). */
  title(text: string): string;
  /** The letter of a choice. */
  letter(text: string): string;
  /** Small print and labels. */
  dim(text: string): string;
  /** The prompt. */
  prompt(text: string): string;
}

const same = (text: string) => text;

/** No escape codes at all: what piped output and terminals without colour get. */
export const plainStyle: TerminalStyle = { title: same, letter: same, dim: same, prompt: same };

// styleFor decides whether to colour, for the chat's own output stream; styleText must not second-guess
// it by looking at process.stdout.
const always = { validateStream: false };

/** Bold titles, cyan letters, dim small print (Node's own util.styleText, no dependency). */
export const colourStyle: TerminalStyle = {
  title: (text) => styleText('bold', text, always),
  letter: (text) => styleText(['bold', 'cyan'], text, always),
  dim: (text) => styleText('dim', text, always),
  prompt: (text) => styleText(['bold', 'cyan'], text, always),
};

/**
 * Colour only on a terminal that has colours: `hasColors()` of a TTY stream honours NO_COLOR,
 * FORCE_COLOR and TERM=dumb. A pipe or a file always gets plain text.
 */
export function styleFor(output: NodeJS.WritableStream): TerminalStyle {
  const tty = output as NodeJS.WritableStream & { isTTY?: boolean; hasColors?: () => boolean };
  return tty.isTTY === true && tty.hasColors?.() === true ? colourStyle : plainStyle;
}
