/**
 * The few plain-English word lists the parser cannot do without, in one place. Field vocabulary (names,
 * vendor prefixes, synonyms, a folder's own facet headings) is data in the lexicon, never here.
 */

/** Words that describe a facet of something rather than name it ("Limits", "Exam Tips", "Use cases"). */
export const FACET_WORDS: ReadonlySet<string> = new Set(
  'concepts concept quotas quota components component features feature benefits benefit use cases case example examples integrations integration configuration languages language support pricing price limits limit overview security defaults default practice notes note summary basics basic introduction intro sample samples table more worked endpoint types type requirements services service resources capable global modes mode diagram options option details detail characteristics properties questions question pro cheat sheet study review tips tip exam settings setting important key things remember faq ports port'.split(
    ' ',
  ),
);

/**
 * A study checklist line or a pointer at what follows, which states nothing: "Understand ServiceAccounts",
 * "Know the difference between …", "Be able to …", "The following example shows …", "Here is how …".
 */
export const NOT_A_STATEMENT =
  /^(?:understand|know|learn|review|practi[cs]e|memori[sz]e|be\s+(?:able|familiar|aware)|make\s+sure\s+you|get\s+familiar)\b|^(?:the\s+following|below|here\s+(?:is|are|'s)|this\s+(?:example|snippet|command|code))\b.*\b(?:example|shows?|snippet|command|code|demonstrates?|illustrates?|steps?)\b/i;

/** "Use X when …", "Choose X for …": a situation that calls for X. Groups: what to use, the situation. */
export const USE_WHEN =
  /^(?:use|choose|pick|prefer|go\s+with|opt\s+for)\s+(.{1,60}?)\s+(?:when|for|if|to|whenever|in\s+case)\s+(.+)$/i;

/** A sentence's subject that names nothing: "You are responsible …", "This is a …", "There are …". */
export const PRONOUN =
  /^(?:i|you|we|they|he|she|it|this|that|these|those|there|here|one|each|all|both|some|most|many)$/i;

/** A word pointing back at what the heading above names: "What It Does", "How They Work", "Why Use This". */
export const REFERRING_PRONOUN = /^(?:it|its|they|them|their|this|these|those)$/i;
