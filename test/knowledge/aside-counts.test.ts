import { describe, expect, it } from 'vitest';
import type { FactItem } from '../../src/knowledge/item.js';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from '../questions/build-items.js';

const TABLE = `# Fleet tracking

## Console features

|Feature|Description|
|--|--|
**Trip reports**|See where each van went and when. Reports can be exported.<br>**Geofences** (named map areas; max 40 per depot; not shared between depots) help to spot detours.
**Alerts**|Sent by mail or text when a van leaves its route.
**Dashboards**|Charts of fuel use and idle time, refreshed every hour.

## Vans

* Each van carries up to 3 drivers.
* **Stops** (ordered places; up to 25 per route; editable until departure) make up a route.
* A route takes at most 12 hours of driving.
* A depot holds at most 60 vans.
`;

const limits = (text: string): FactItem[] =>
  parseNote('fleet.md', text).items.filter(
    (item): item is FactItem =>
      item.kind === 'fact' && item.quantity !== undefined && /per (depot|route)$/.test(item.attribute),
  );

describe('bare limits in a bracketed gloss of a term', () => {
  it('reads "Term (…; max N per X; …)" as at most N of the term per X, in a table cell or a bullet', () => {
    const [geofences, stops] = limits(TABLE);
    expect(geofences).toMatchObject({
      subject: 'Geofences',
      attribute: 'geofences per depot',
      role: 'maximum',
      quantity: { dimension: 'count', min: 40, bound: 'at-most', unit: 'geofences' },
      source: { line: 7 },
    });
    expect(stops).toMatchObject({
      subject: 'Stops',
      attribute: 'stops per route',
      role: 'maximum',
      quantity: { min: 25, unit: 'stops' },
      source: { line: 14 },
    });
  });

  it('reads nothing from a gloss without a bare limit, or a limit that names its own unit', () => {
    expect(
      limits(
        '# Vans\n\n* **Stops** (ordered places; editable until departure) make up a route.\n* **Stops** (ordered places; max 25 km per route) are far apart.\n',
      ),
    ).toEqual([]);
  });

  it('asks the limit by what is counted per what', () => {
    const { questions } = generateQuestions(kb(parseNote('fleet.md', TABLE).items));
    const asked = questions.find((q) => q.stem === 'What is the maximum number of geofences per depot?');
    expect(asked?.choices[asked.answer]).toBe('40 geofences');
    expect(asked?.choices).toHaveLength(4);
  });
});
