import { describe, expect, it } from 'vitest';
import { deskOf } from './notes-desk.js';

// A cabling cheat sheet and a dosing note written here, read by the real parser and asked through the
// real desk: the measure asked for is the one answered, in the notes' unit, with what it is per.

const CABLING = `# Cabling

| Standard | Speed    | Distance   |
| -------- | -------- | ---------- |
| 10Base5  | 10 Mbps  | 500 meters |
| 1000Base-LX | 1 Gbps | 5 km    |
`;

const DOSING = `# Gentamicin

- Loading dose: 5 mg/kg once daily
- Trough level should stay below 1 mg/L
`;

describe('/limit on measures of any field', () => {
  const { limit } = deskOf({ 'cabling.md': CABLING, 'gentamicin.md': DOSING }, 2);

  it('answers a distance or a speed by the word asked', () => {
    expect(limit('10base5 cable length')).toMatch(/500 m\b/);
    expect(limit('10base5 speed')).toMatch(/10 Mbps/);
    expect(limit('1000base-lx distance')).toMatch(/5 km/);
  });

  it('answers a dose with what it is per', () => {
    expect(limit('gentamicin loading dose')).toMatch(/5 mg per kg/);
  });
});
