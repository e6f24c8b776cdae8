/**
 * Whether a note could hold GitHub-flavoured markdown that changes its tree: a table delimiter row
 * (`|---|:--:|`, also inside quotes and lists), strikethrough (`~`), a task-list box (`[ ]`, `[x]`),
 * a footnote (`[^`), or an autolink literal (`www.`, `http(s)://`, an e-mail address; also when spelled
 * with backslash escapes or character references, which GFM decodes before it looks for links).
 *
 * Why: remark-gfm costs about a quarter of all parsing, and most notes use none of it. A note for which
 * this answers false parses to the same tree with or without GFM, so it can skip the extension. The
 * checks over-approximate on purpose: a false "yes" only costs time, a false "no" would change items.
 */
export function mayHoldGfm(text: string): boolean {
  return (
    DELIMITER_ROW.test(text) ||
    text.includes('~') ||
    TASK_BOX.test(text) ||
    text.includes('[^') ||
    URL_WORD.test(text) ||
    EMAIL.test(text) ||
    CHARACTER_REFERENCE.test(text)
  );
}

/**
 * A line made only of pipes, colons, dashes, blanks and container markers (`>`, `-`, `*`, `+`, `1.`),
 * with a dash and a pipe or a colon (a one-column table needs no pipe: "Name\n-:").
 */
const DELIMITER_ROW = /^(?=[^-\n]*-)(?=[^|:\n]*[|:])[ \t\r>*+|:\-\d.)]*$/m;
const TASK_BOX = /\[[ \txX]\]/;
const URL_WORD = /www|http/i;
/** `@` followed by a domain with a dot ("a@b.c", "a@.b", "a@b\.c"); "Lambda@Edge - ..." is none. */
const EMAIL = /@[\w\\-]*\./;
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
