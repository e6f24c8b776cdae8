/**
 * Gate "the question reads as written" (review category "garbled"), on the finished question's text as a
 * reader sees it: the stem, the choices and the explanation. Other gates look at the parts as they are
 * built (garbled-choice.ts, mixed-script.ts); this one catches what the notes' markup and a template
 * leave in the whole: markdown a chat shows as typed (bold stars, wiki or web links, callout markers,
 * table pipes, HTML tags, an unpaired backtick), and verbs set side by side ("is a
 * are"). Code (backtick spans, a command's choices) is not read. Returns the reason, or undefined.
 */
export function garbledText(question: { kind: string; stem: string; choices: readonly string[]; explanation: string }): string | undefined {
  const prose = question.kind === 'command' ? [question.stem, question.explanation] : [question.stem, ...question.choices, question.explanation];
  for (const text of prose) {
    if ((text.match(/`/g) ?? []).length % 2 === 1) return 'the text holds an unpaired backtick';
    const outside = text.replace(/`[^`]*`/g, ' ');
    // A command's text may pipe one command into another.
    const markup = markdownLeft(question.kind === 'command' ? outside.replace(/\|/g, ' ') : outside);
    if (markup) return `the text holds ${markup}`;
    if (/\b(?:is|are|was|were)\s+(?:(?:a|an|the)\s+)?(?:is|are|was|were)\b/i.test(outside)) return 'the text does not parse';
  }
  // A full stop inside the question, outside a quotation, before more of it in lower case ("… at a low
  // heat. it hardens …?", "… by index. (like …)?"): two sentences run together into one question.
  const unquoted = question.stem.replace(/“[^”]*”|"[^"]*"/g, ' ');
  if (/[a-z0-9)]\.(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl)\.)\s+[\p{Ll}(]/u.test(unquoted)) return 'the stem runs two sentences together';
  return undefined;
}

/** Markdown syntax a chat message would show as typed, named for the skip reason. */
function markdownLeft(text: string): string | undefined {
  if (/\*\*|__\S|\S__|~~/.test(text)) return 'markdown emphasis';
  if (/\[\[|\]\]|\]\(/.test(text)) return 'a markdown link';
  if (/\[![a-z]+\]/i.test(text)) return 'a callout marker';
  if (/(?:^|\s)\|(?:\s|$)|^\||\|$/.test(text)) return 'a table pipe';
  if (/^\s*(?:#{1,6}|>)\s/.test(text)) return 'a heading or quote marker';
  if (/<\/?(?:br|b|i|u|em|strong|sup|sub|span|div|p|code|kbd|mark)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot);/i.test(text)) return 'an HTML tag';
  return undefined;
}
