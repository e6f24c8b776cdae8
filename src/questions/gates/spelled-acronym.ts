/**
 * Gate "no choice that restates the answer or the stem's subject" (review categories "implausible
 * distractors" and "wrong answer": a broader term that covers the answer). A choice whose words'
 * initials are an abbreviation the answer or the stem writes is the thing that abbreviation names:
 * "Multi-Factor Authentication" beside "Virtual MFA Device" under "Which MFA device type …?" is the family
 * the answer belongs to, not a rival; "IDS" beside "intrusion detection system" is the answer again.
 * Abbreviations of three letters or more, written in capitals; words of two letters or fewer ("of",
 * "as") add no initial.
 */
export function spellsAcronym(choice: string, answer: string, stem: string): boolean {
  const written = new Set([...`${answer} ${stem}`.matchAll(/(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu)].map((m) => m[0]));
  const own = initials(choice);
  if (own && written.has(own)) return true;
  // The other way round: the choice is the abbreviation of the answer's or the stem's words.
  if (!/^\p{Lu}{3,}s?$/u.test(choice.trim())) return false;
  const acronym = choice.trim().replace(/s$/, '');
  return runsOf(`${answer} ${stem}`, acronym.length).some((run) => initials(run) === acronym);
}

/** "Multi-Factor Authentication" → "MFA"; undefined for fewer than three initials. */
function initials(text: string): string | undefined {
  const words = text.split(/[\s\-/]+/).filter((word) => /^\p{L}/u.test(word) && word.length > 2);
  return words.length >= 3 ? words.map((word) => word[0]!.toUpperCase()).join('') : undefined;
}

/** Each run of `length` words of three letters or more, in order, that the text writes. */
function runsOf(text: string, length: number): string[] {
  const words = text.split(/[\s\-/,.;:()“”"?]+/).filter((word) => /^\p{L}/u.test(word) && word.length > 2);
  return words.slice(0, Math.max(0, words.length - length + 1)).map((_, at) => words.slice(at, at + length).join(' '));
}
