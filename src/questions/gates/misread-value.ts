import escapeStringRegexp from 'escape-string-regexp';
import type { FactItem, Quantity } from '../../knowledge/item.js';

/**
 * Why the fact's number is not the attribute's value, if it is not: the notes deny it ("in bytes, not
 * 4-byte increments"), give it as an example only ("e.g. 10 % for 5 minutes"), or the "seconds" is an
 * HTTP status family ("HTTP 400s").
 */
export function misreadValue(item: Pick<FactItem, 'negated' | 'role' | 'text' | 'quantity'>): string | undefined {
  if (item.negated) return 'the notes deny this value';
  if (item.role === 'example') return 'the value is only an example';
  if (item.quantity?.dimension === 'duration' && /\b[1-5]\d\ds\b/.test(item.quantity.text) && /\b(http|status|error|code|response)s?\b/i.test(item.text)) return 'the number is a status code, not a duration';
  // "30S subunit", "50S": a capital S after a number is part of a name, never seconds.
  if (item.quantity?.dimension === 'duration' && /^\d+S$/.test(item.quantity.text.trim())) return 'the number is part of a name, not a duration';
  // "Scales up to 100s GB/s": "100s" before a unit or "of" is "hundreds", never 100 seconds.
  const after = item.quantity ? item.text.slice(item.text.indexOf(item.quantity.text) + item.quantity.text.length) : '';
  if (item.quantity?.dimension === 'duration' && /(?:^|\s)\d+0s$/.test(item.quantity.text.trim()) && /^\s*(?:of\b|[KMGTP]i?B\b|[KMGT]bps\b)/.test(after)) return 'the number counts hundreds, not seconds';
  // "$40 billion": the scale word is part of the amount, and "$40.00" among the choices would drop it.
  if (/^\s*(?:thousand|million|billion|trillion|bn|mn)\b/i.test(after)) return 'the amount is counted in a scale word the choices would drop';
  // "ListTables lists up to 100 tables", "BatchGetItem can retrieve a maximum of 100 items": what one call returns, not what the subject holds.
  // "constrained by the maximum item size limit of 400 KB": the value is another limit's, quoted.
  if (item.quantity && /\b(?:constrained|bounded|capped|governed|dictated)\s+by\b[^.;]*$/i.test(leadingWords(item.text, item.quantity.text))) return "the value is another limit's, quoted";
  if (item.quantity?.dimension === 'count' && RETURNED.test(leadingWords(item.text, item.quantity.text))) return 'the count is what one call returns, not a limit of the subject';
  // "1 WCU = 1 write of 1 item of 1 KB per second": a unit's definition, whose numbers are no limits.
  if (/^\s*\d[\d.,]*\s*\p{L}+\s*=/u.test(item.text)) return 'the statement defines a unit';
  return undefined;
}


/**
 * Why the fact's attribute is not what its number measures, if it is not, read from the statement:
 * the attribute is the step of another value ("grows in increments of 10 GB, up to 64 TB": 64 TB is no
 * increment) or a predicate before "to" ("accurate to 1 day": "accurate" is no property).
 */
export function notTheAttribute(item: FactItem, attribute: string, q: Quantity): string | undefined {
  const text = item.text.toLowerCase();
  const valueText = q.text.toLowerCase();
  const value = escapeStringRegexp(valueText);
  // "<words> <link> <value>" in the statement; one without the link word or the value is passed over
  // without a regular expression built (this runs for every quantity asked).
  const says = (words: string, link: string): boolean =>
    text.includes(link) && text.includes(valueText) && new RegExp(`\\b${words}\\s+${link}\\s+${value}`).test(text);
  if (/\b(increments?|steps?|multiples?)\b/i.test(attribute) && !says('(?:increments?|steps?|multiples?)', 'of')) return 'the attribute is the step of another value';
  const words = escapeStringRegexp(attribute.toLowerCase());
  // "Scan retriev only 1mb": words before "only <value>" are a subject and its verb.
  if (says(words, 'only')) return 'the attribute is a clause, not a property';
  if (!attribute.includes(' ') && says(words, 'to')) return 'the attribute is a predicate, not a property';
  return undefined;
}

// A verb of fetching, then the bound words of the value: "lists up to", "can retrieve a maximum of".
const RETURNED = /\b(?:lists?|listed|returns?|returned|retrieves?|retrieved|fetch(?:es)?|fetched|gets?)\s+(?:up\s+to|a\s+maximum\s+of|at\s+most|max(?:imum)?)?\s*$/i;

/** The statement up to the value's number: the words before it and those read into it ("up to 100" gives "… up to"). */
const leadingWords = (text: string, valueText: string): string => `${text.slice(0, Math.max(0, text.indexOf(valueText)))}${/^\D*/.exec(valueText)?.[0] ?? ''}`;
