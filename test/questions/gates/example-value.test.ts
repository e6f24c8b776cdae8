import { describe, expect, it } from 'vitest';
import { exampleValue } from '../../../src/questions/gates/example-value.js';
import { parseQuantity } from '../../../src/knowledge/parse-quantity.js';

const fact = (text: string, section: string[] = ['Storage']) => ({ text, source: { file: 'n.md', line: 3, section }, quantity: parseQuantity(text) });

describe('exampleValue: a number typed once is not a value to learn', () => {
  it.each([
    [fact('Grow the volume to 50 GB', ['Disks', 'Lab 2: resize a volume'])],
    [fact('Set the timer to 3 seconds', ['Practice tasks'])],
    [fact('Retry after 10 seconds', ['Boot loader', 'Examples'])],
    [fact('Alert when usage passes a threshold, e.g. 75 % for 5 minutes')],
    [fact('resize2fs -p /dev/data 20G')],
    [fact('Cache size: +512M')],
    [fact('Given a growth rate of 8 %, calculate the size after 3 years')],
    [fact('Q7: 40 % down payment means the buyer borrows the rest')],
    [fact('Pass an example wait value of 30 seconds to the flag')],
    [fact('Step 2 — Create a 16-byte salt', ['Vault', 'Step 2 — Create a 16-byte salt'])],
  ])('rejects %j', (item) => {
    expect(exampleValue(item)).toBeDefined();
  });

  it.each([[fact('A volume holds up to 16 TB')], [fact('Snapshots are kept for 35 days', ['Backups', 'Retention'])], [fact('The queue keeps a message for 4 days')], [fact('Using replication, the store keeps 3 copies')], [fact('Each stage holds up to 10 hooks', ['Pipelines', 'Stepping up a pipeline'])]])('accepts %j', (item) => {
    expect(exampleValue(item)).toBeUndefined();
  });
});
