import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../../src/questions/generate-questions.js';
import { portOfAnotherName } from '../../../src/questions/gates/port-owner.js';
import { kb } from '../build-items.js';

describe('portOfAnotherName', () => {
  it('lets a port be asked of the name its sentence gives before it', () => {
    expect(portOfAnotherName('QMTP (Quick Mail Transfer Protocol) listens on TCP 209.', 'TCP 209', 'QMTP')).toBeUndefined();
    expect(portOfAnotherName('The relay daemon listens on port 2525.', 'port 2525', 'Relay daemon')).toBeUndefined();
    expect(portOfAnotherName('Listens on port 2525.', 'port 2525', 'Mail relay')).toBeUndefined();
    expect(portOfAnotherName('Relay daemon port number: 2525', '2525', 'Gateway ports')).toBeUndefined();
  });

  it('refuses a port whose sentence names only something else before it', () => {
    expect(portOfAnotherName('QMTP listens on TCP 209. Finger is TCP 79 and answers lookups.', 'TCP 79', 'QMTP')).toBe('the port belongs to another name in the sentence');
    expect(portOfAnotherName('Tunnels carry traffic. GRE wraps packets, while L2TP runs over UDP 1701.', 'UDP 1701', 'Tunnels')).toBe('the port belongs to another name in the sentence');
    expect(portOfAnotherName('QMTP vs PIPE: QMTP = UDP, fast; PIPE = TCP 210, reliable', 'TCP 210', 'QMTP vs PIPE: QMTP')).toBe('the port belongs to another name in the sentence');
  });
});

describe('port questions from prose that names several services', () => {
  const file = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'port-owner', 'relay-ports.md');
  const { items } = parseNote('relay-ports.md', readFileSync(file, 'utf8'));
  const asked = generateQuestions(kb(items)).questions.map((q): [string, string] => [q.stem, q.choices[q.answer]!]);
  const portsOf = (name: string): string[] => asked.filter(([stem]) => stem.includes(name) && /\bport\b/i.test(stem)).map(([, answer]) => answer);

  it('never keys the port of another service to the heading or the first name of the line', () => {
    expect(portsOf('QMTP').filter((answer) => !/\b209\b/.test(answer))).toEqual([]);
    expect(portsOf('Mail relay').filter((answer) => !/\b209\b/.test(answer))).toEqual([]);
    expect(portsOf('Tunnels')).toEqual([]);
  });
});
