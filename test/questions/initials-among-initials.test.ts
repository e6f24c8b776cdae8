import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { choicesUnalike } from '../../src/questions/gates/choices-alike.js';
import { kb } from './build-items.js';

// A yes/no table whose one "yes" row is a name led by initials with a lower-case tail ("IPsec").
const tunnels = `# Site links

## Tunnels

| Tunnel protocol | Checks integrity | Encrypts payload | Payload protocols | Dial-up links |
| --- | --- | --- | --- | --- |
| GRE | No | No | any layer 3 | Yes |
| PPTP | Yes | No | PPP frames | Yes |
| L2F | Yes | No | PPP and SLIP | Yes |
| IPsec | Yes | Yes | IP packets only | No |
`;

describe('names led by initials stand among initials', () => {
  it('asks which row says yes when its name is initials with a lower-case tail', () => {
    const { questions } = generateQuestions(kb(parseNote('tunnels.md', tunnels).items));
    const asked = questions.find((q) => /encrypts payload/.test(q.stem));
    expect(asked?.stem).toBe('Comparing GRE, PPTP, L2F and IPsec, which encrypts payload?');
    expect(asked?.choices[asked.answer]).toBe('IPsec');
  });

  it('still finds the one long name among initials, and the one set of initials among long names', () => {
    expect(choicesUnalike('IPsec', ['PPTP', 'L2F', 'GRE'])).toBeUndefined();
    expect(choicesUnalike('IPv6', ['ARP', 'ICMP', 'DHCP'])).toBeUndefined();
    expect(choicesUnalike('Generic Routing', ['PPTP', 'L2F', 'GRE'])).toMatch(/initials/);
    expect(choicesUnalike('IPsec', ['Generic Routing', 'Point To Point', 'Layer Two Forwarding'])).toMatch(/initials/);
    expect(choicesUnalike('Other Operations', ['REBUILD', 'REORGANIZE', 'SHRINK'])).toMatch(/capitals/);
  });
});
