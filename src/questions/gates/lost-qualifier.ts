import { stemmer } from 'stemmer';

/**
 * Gate "keep the qualifier the value needs" (issue 10, pattern 4; review category "lost qualifier"):
 * the number's own clause says the value is a default, an amount per call or per shard, an
 * approximation, or a recommendation, and the stem does not say so, so the keyed value reads as a
 * fixed rule ("2 replicas" for "2 replicas by default", "100 tables" for "up to 100 tables per call",
 * "1 second" for "generally ~1 second"). Returns the reason, or undefined when the stem keeps them.
 */
export function lostQualifier(stem: string, statement: string, valueText: string): string | undefined {
  const clause = clauseOf(statement, valueText);
  const lowerStem = stem.toLowerCase();
  if (/\bdefaults?\b|\bby default\b/i.test(clause) && !/\bdefault/.test(lowerStem)) return 'the stem drops "default"';
  if (/~\s*\d|\b(approx(imately|\.)?|roughly|about|around|generally|typically|usually|normally)\b/i.test(clause) && !/\b(about|approximately|typical|typically|usually|roughly|generally)\b/.test(lowerStem)) return 'the stem drops that the value is approximate';
  if (/\brecommend/i.test(clause) && !/\brecommend/.test(lowerStem)) return 'the stem drops that the value is a recommendation';
  // ">= 300 miles wherever possible", "ideally 3 replicas": a goal the notes hedge is no rule, unless the stem says so.
  const hedge = hedgeOf(clause);
  if (hedge && !lowerStem.includes(hedge.toLowerCase())) return 'the notes hedge the value as a goal, not a rule';
  // "Restore can also be enabled, allowing up to 30 days": the value holds only once an option is on.
  if (optionEnabled.test(clause) && !/\b(?:enabled?|turned on|option)\b/.test(lowerStem)) return 'the stem drops that the value needs an option enabled';
  const other = alternativeValue(statement, valueText);
  if (other) return `the notes give the value as one of alternatives ("or ${other}")`;
  // "100 buckets (soft limit; hard limit 1000)": a soft limit can be raised, so it is the default, not the limit.
  if (/\bsoft\s+(limit|quota|cap)\b/i.test(statement) && !/\b(soft|default)\b/.test(lowerStem)) return 'the stem drops that the value is a soft limit';
  const missing = missingPer(stem, clause);
  return missing.length > 0 ? `the stem drops "${missing[0]}"` : undefined;
}

/**
 * "1 year (+discount) or 3 years", "1 or 3 years": the notes offer the value as one of alternatives,
 * so a stem asking for "the" value keys one of two right answers. Returns the other value's number,
 * or undefined. "5 or more" offers no other value.
 */
function alternativeValue(statement: string, valueText: string): string | undefined {
  const at = statement.indexOf(valueText);
  if (at < 0) return undefined;
  // Next to the value, an aside between: "$10/hour for 1 or 3 years" offers terms, not prices.
  const after = /^\s*(?:\([^)]*\)\s*)?,?\s*or\s+(?:up\s+to\s+)?(\d[\d.,]*)/i.exec(statement.slice(at + valueText.length))?.[1];
  const before = /(\d[\d.,]*)\s*(?:\p{L}+\s*)?\bor\s+$/iu.exec(statement.slice(0, at))?.[1];
  return after ?? before;
}

/**
 * Gate "keep the comparison word" (review: "over 64KB" asked as a minimum): a value the notes give as a
 * threshold ("over 64 KB", "more than 3 failures", "less than 10 ms") is neither the least nor the most
 * allowed, so "What is the minimum …?" keys a false rule. Returns the reason, or undefined.
 */
export function strictBound(statement: string, valueText: string): string | undefined {
  const at = statement.indexOf(valueText);
  if (at < 0) return undefined;
  // The word may be read into the value ("over 64KB") or stand just before it.
  // "< 1 year" is "less than 1 year" written short: the sign is a threshold as much as the words are.
  const word = /(?:\b(over|more than|greater than|larger than|bigger than|above|exceeding|exceeds?|in excess of|fewer than|less than|smaller than|below|beyond)|(?<![<>=])([<>])(?!=))\s*$/i.exec(`${statement.slice(0, at)} ${/^\D*/.exec(valueText)?.[0] ?? ''}`.trimEnd());
  return word ? `the notes give a threshold ("${(word[1] ?? word[2])!.toLowerCase()}"), not a limit` : undefined;
}

/**
 * The "per …" phrases of the number's clause ("per shard", "per AZ") whose noun the stem does not
 * name. Such a stem is repaired by ending it with them (`withPer`), as a writer would.
 */
function missingPer(stem: string, clause: string): string[] {
  const stemStems = new Set(stem.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => stemmer(word)));
  const missing: string[] = [];
  for (const per of clause.matchAll(/\b(?:per|each|every)\s+(?:single\s+)?([\p{L}][\p{L}\p{N}-]*)/giu)) {
    const noun = per[1]!;
    if (!stemStems.has(stemmer(noun.toLowerCase())) && !/^(the|a|an|of|and|or|other)$/i.test(noun)) missing.push(`per ${/^\p{Lu}{2,}/u.test(noun) ? noun : noun.toLowerCase()}`);
  }
  return [...new Set(missing)];
}

/**
 * The stem ending with the "per …" phrases its value needs and the hedge of a goal: "What is …?" +
 * "per AZ" → "What is …, per AZ?"; "separated by >= 300 miles wherever possible" → "…, wherever possible?".
 */
export function withPer(stem: string, statement: string, valueText: string): string {
  const clause = clauseOf(statement, valueText);
  const hedge = hedgeOf(clause);
  const option = enabledOption(clause);
  const condition = hedge || option ? undefined : conditionAfter(clause, valueText);
  const missing = [
    ...missingPer(stem, clause),
    ...(hedge && !stem.toLowerCase().includes(hedge.toLowerCase()) ? [hedge.toLowerCase()] : []),
    ...(option && !/\benabled\b/i.test(stem) ? [`when ${option} enabled`] : []),
    ...(condition && !stem.toLowerCase().includes(condition.toLowerCase()) ? [condition] : []),
  ];
  return missing.length === 0 ? stem : `${stem.slice(0, -1)}, ${missing.join(', ')}?`;
}

/**
 * "You will make 2 connections if using a certificate": a short "if …" or "unless …" that ends the
 * value's clause is the condition the value holds under, and the stem ends with it. Undefined when
 * there is none, or it is too short to be more than a default ("unless set") or too long to carry (over six words).
 */
function conditionAfter(clause: string, valueText: string): string | undefined {
  const at = clause.indexOf(valueText);
  const found = at < 0 ? undefined : /\b((?:if|unless)\s+[^,;:()]+?)\s*$/i.exec(clause.slice(at + valueText.length));
  const words = found?.[1]?.split(/\s+/) ?? [];
  return words.length >= 3 && words.length <= 6 && !/\d/.test(found![1]!) ? found![1]!.charAt(0).toLowerCase() + found![1]!.slice(1) : undefined;
}

/** "can (also) be enabled", "if enabled", "when turned on": a value that holds only under a setting. */
const optionEnabled = /\b(?:can|could|may|must)\s+(?:also\s+|optionally\s+)?be\s+(?:enabled|turned\s+on|switched\s+on|activated)\b|\b(?:if|when|once)\s+(?:it\s+is\s+|they\s+are\s+)?(?:enabled|turned\s+on|switched\s+on|activated)\b/i;

/**
 * "Restore options for deleted accounts can also be enabled, allowing …": the option the clause opens
 * with, as the stem's condition ("restore options for deleted accounts are"), when it is a short noun phrase.
 */
function enabledOption(clause: string): string | undefined {
  const match = /^(\p{L}[\p{L}\s-]*?)\s+(?:can|could|may)\s+(?:also\s+)?be\s+enabled\b/iu.exec(clause.trim());
  const phrase = match?.[1];
  if (!phrase || phrase.split(/\s+/).length > 6 || /^(?:it|this|they|these|that)$/i.test(phrase)) return undefined;
  return `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)} ${/(?<!s)s$/.test(phrase.split(/\s+/)[0]!) || /(?<!s)s$/.test(phrase) ? 'are' : 'is'}`;
}

/** "wherever possible", "ideally": the words by which the notes make a value a goal, or undefined. */
const hedgeOf = (clause: string): string | undefined =>
  /\b(?:wherever|where|when|if|as far as)\s+(?:possible|feasible|practical)\b|\b(?:ideally|preferably)\b/i.exec(clause)?.[0];

/** The part of the statement that speaks of the value: its sentence, up to a semicolon, dash or comma-joined clause. */
export function clauseOf(statement: string, valueText: string): string {
  const at = statement.indexOf(valueText);
  if (at < 0 || valueText === '') return statement;
  const before = statement.slice(0, at);
  const after = statement.slice(at + valueText.length);
  const start = Math.max(0, ...[...before.matchAll(/[.;!?]\s+|\s[-–—]\s|,\s+(?=(?:but|while|whereas|and)\b)|\(/g)].map((m) => m.index + m[0].length));
  const endMatch = /[.;!?](?:\s|$)|\s[-–—]\s|,\s+(?:but|while|whereas)\b|[()]/.exec(after);
  return statement.slice(start, at + valueText.length + (endMatch ? endMatch.index : after.length));
}
