import { FUNCTION_WORDS, LINKING_VERBS } from '../../knowledge/english-words.js';

/**
 * Gate "the port belongs to the subject". A sentence about ports often names several services, each
 * with its own ("FTP uses TCP 20 and 21. SSH is TCP 22"; "… BGP runs between autonomous systems, on
 * TCP 179" under a heading about VLANs). A port is the subject's when its sentence names the subject
 * before it, or names nothing before it; a sentence that names only other things before the port is
 * about those things. A key ("FTP (Data Transfer) port number: 20") labels its own value.
 *
 * Returns the skip reason, or undefined when the port may be asked as the subject's.
 */
export function portOfAnotherName(text: string, portText: string, subject: string): string | undefined {
  const at = text.indexOf(portText);
  if (at < 0) return undefined;
  const lead = sentenceBefore(text, at);
  // "FTP (Data Transfer) port number: 20": a key labels its own value, whatever it names.
  if (/:\s*$/.test(lead)) return undefined;
  // "RADIUS vs TACACS+: RADIUS": the name after the last colon is the thing asked about.
  const own = words(subject.slice(subject.lastIndexOf(':') + 1)).filter((word) => word.length > 1);
  const said = new Set(words(lead));
  if (own.some((word) => said.has(word))) return undefined;
  return namesIn(lead).length === 0 ? undefined : 'the port belongs to another name in the sentence';
}

const words = (text: string): string[] => text.toUpperCase().split(/[^\p{L}\d+]+/u).filter(Boolean);

/** The text from the start of the sentence (or semicolon clause) holding `at` up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(/[.;!?](?=\s)|\n/g)) from = m.index + 1;
  return before.slice(from);
}

/** Protocol words a port is written with ("TCP 22", "UDP 53"), not names of what listens on it. */
const CARRIERS = new Set(['TCP', 'UDP', 'PORT', 'PORTS', 'IP']);

/**
 * The names in a stretch of text, upper-cased: acronyms ("SSH", "TACACS+") and capitalised words
 * ("Telnet"); never the protocol a port is written with or a function word ("The", "It"). A capital
 * that starts the sentence is a name only as the subject of a verb ("Telnet is …", not "Listens on …").
 */
function namesIn(stretch: string): string[] {
  const names: string[] = [];
  for (const m of stretch.matchAll(/(?<![\p{L}\d])(\p{Lu}[\p{L}\d]*\+*)/gu)) {
    const word = m[1]!;
    if (CARRIERS.has(word.toUpperCase()) || FUNCTION_WORDS.has(word.toLowerCase())) continue;
    const acronym = /^\p{Lu}[\p{Lu}\d]+\+*$/u.test(word);
    const next = /^\s+(\p{Ll}+)/u.exec(stretch.slice(m.index + word.length))?.[1];
    if (!acronym && stretch.slice(0, m.index).trim() === '' && !(next && LINKING_VERBS.has(next))) continue;
    names.push(word.toUpperCase());
  }
  return names;
}
