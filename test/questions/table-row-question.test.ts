import { describe, expect, it } from 'vitest';
import { comparisonQuestions } from '../../src/questions/comparison-question.js';
import { buildContext } from '../../src/questions/generation-context.js';
import { singular } from '../../src/questions/table-row-question.js';
import { comparison, kb } from './build-items.js';

const stems = (items: ReturnType<typeof comparison>[]) => {
  const context = buildContext(kb(items));
  return items.map((item) => comparisonQuestions(item, context).map((o) => ('skip' in o ? `skip: ${o.skip}` : `${o.question.stem} [${o.question.choices[o.question.answer]}]`)));
};

describe('tables whose rows are things, asked by row', () => {
  it('asks which row a describing cell belongs to', () => {
    const row = (name: string, text: string) => comparison('Lock Modes', name, [['Behaviour', text]], { id: `lock-${name}` });
    const items = [
      row('Shared', 'Many readers hold it together and writers wait'),
      row('Exclusive', 'One writer holds it and every other request waits'),
      row('Update', 'Taken before a write so two writers never deadlock'),
    ];
    expect(stems(items)[0]).toEqual(['Which lock mode has this behaviour: many readers hold it together and writers wait? [Shared]']);
  });

  it('asks for a number row only when the title names what the numbers are', () => {
    const row = (title: string, name: string, service: string, use: string) => comparison(title, name, [['Service', service], ['Use', use]], { id: `${title}-${name}` });
    const table = (title: string) => [row(title, '25', 'SMTP', 'Relays mail between servers'), row(title, '53', 'DNS', 'Looks up names'), row(title, '123', 'NTP', 'Keeps clocks in step')];
    const unnamed = stems(table('Worth Knowing')).flat();
    expect(unnamed).toContain('skip: table rows are numbers of no named kind');
    expect(unnamed.some((stem) => stem.startsWith('Which of these'))).toBe(false);
    expect(stems(table('Service Ports')).flat()).toContain('Which service port does SMTP use? [25]');
  });

  it('asks "which of A and B" for a two-row "A vs B" table, with "Both of them" as the third choice', () => {
    const row = (name: string, text: string) => comparison('rsync vs scp', name, [['Used for', text]], { id: `copy-${name}` });
    const items = [row('rsync', 'Copying only the changed parts of files'), row('scp', 'One-off secure copies over SSH')];
    const context = buildContext(kb(items));
    const [outcome] = comparisonQuestions(items[1]!, context);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.stem).toBe('Which of rsync and scp is used for one-off secure copies over SSH?');
    expect(question?.choices.slice(0, 2).sort()).toEqual(['rsync', 'scp']);
    expect(question?.choices[2]).toBe('Both of them');
    expect(question?.choices[question.answer]).toBe('scp');
  });

  it('drops a two-row question whose cells sit on one axis: "Both of them" could never be right', () => {
    const row = (name: string, text: string) => comparison('Push vs Pull', name, [['Flow', text]], { id: `flow-${name}` });
    const items = [row('Push', 'Changes are sent up to the server'), row('Pull', 'Changes are fetched down from the server')];
    const all = stems(items).flat();
    expect(all.filter((stem) => !stem.startsWith('skip'))).toEqual([]);
    // Cells that two things could share keep "Both of them".
    const other = [row('Push', 'Needs write access to the server'), row('Pull', 'Works from any read-only mirror')];
    expect(stems(other).flat().filter((stem) => !stem.startsWith('skip')).length).toBe(2);
  });

  it('takes as wrong choices the rows whose measure is nearest the answer\'s', () => {
    const row = (name: string, size: string) => comparison('Block Units', name, [['Equals', size]], { id: `unit-${name}` });
    const items = [row('T', '1,000,000,000,000 bytes'), row('Ti', '1,099,511,627,776 bytes'), row('P', '1,000,000,000,000,000 bytes'), row('Pi', '1,125,899,906,842,624 bytes'), row('E', '1,000,000,000,000,000,000 bytes'), row('K', '1,000 bytes'), row('Ki', '1,024 bytes'), row('M', '1,000,000 bytes'), row('Mi', '1,048,576 bytes')];
    const context = buildContext(kb(items));
    const [outcome] = comparisonQuestions(items[0]!, context);
    const question = outcome && 'question' in outcome ? outcome.question : undefined;
    expect(question?.choices[question.answer]).toBe('T');
    // Ti (1.1 times off) is the real confuser; P and Pi are next, never K or E (a billion or a million times off).
    expect(question?.choices.slice().sort()).toEqual(['P', 'Pi', 'T', 'Ti']);
    const [kilo] = comparisonQuestions(items[5]!, context);
    expect(kilo && 'question' in kilo ? kilo.question.choices.slice().sort() : []).toEqual(['K', 'Ki', 'M', 'Mi']);
  });

  it('asks a number row from a short cell, numbers in order, and skips a cell two rows share', () => {
    const row = (port: string, component: string) => comparison('Database Ports', port, [['Component', component]], { id: `port-${port}` });
    const items = [row('5432', 'PostgreSQL'), row('3306', 'MySQL'), row('1433', 'SQL Server'), row('3307', 'MySQL')];
    const all = stems(items);
    // The number belongs to the named thing: the thing is the subject, never "has the component “PostgreSQL”".
    expect(all[0]).toEqual(['Which database port does PostgreSQL use? [5432]']);
    expect(stems([...items, row('8123', 'Analytics workers')])[4]).toEqual(['Which database port do Analytics workers use? [8123]']);
    expect(all[1]).toEqual(['skip: table cell is shared by another row']);
  });

  it('asks nothing of a spec sheet: two columns of bare figures over models', () => {
    const row = (name: string, cores: string, ram: string, disk: string) => comparison('Runner Sizes', name, [['Cores', cores], ['RAM (GB)', ram], ['Disk', disk]], { id: `size-${name}` });
    const items = [row('r1.small', '2', '4', 'Network only'), row('r1.large', '8', '32', 'Local SSD'), row('r1.huge', '32', '128', 'Local NVMe')];
    expect(stems(items).flat()).toEqual(Array(3).fill('skip: table is a spec sheet: its figures are trivia'));
    // Limits are rules to learn, not a sheet's figures: "Minimum Nodes" and "Max Replicas" are still asked.
    const limits = (name: string, min: string, max: string) => comparison('Cluster Modes', name, [['Minimum Nodes', min], ['Max Replicas', max], ['Replication', `copies to ${name} nodes`]], { id: `mode-${name}` });
    const modes = [limits('Single', '1', '1'), limits('Mirrored', '2', '4'), limits('Quorum', '3', '9')];
    expect(stems(modes).flat().filter((stem) => stem.startsWith('skip: table is a spec sheet'))).toEqual([]);
  });

  it.each([['Taint Effects', 'Taint Effect'], ['storage classes', 'storage class'], ['policies', 'policy'], ['access', 'access']])('singular(%j) is %j', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});

describe('tables that define their rows or compare two named columns', () => {
  it('reads a "Description" column as defining its rows, however the rows are worded', () => {
    const row = (name: string, text: string) => comparison('Backup Schedules', name, [['Description', text]], { id: `b-${name}` });
    const items = [row('Full backup', 'Copies every file every time'), row('Incremental backup', 'Copies files changed since the last backup of any kind'), row('Differential backup', 'Copies files changed since the last full one')];
    expect(stems(items)[0]).toEqual(['Which backup schedule has this description: copies every file every time? [Full backup]']);
  });

  it('asks "which of these" when the title is one thing, not a plural kind', () => {
    const row = (name: string, text: string) => comparison('Azure Monitor', name, [['Description', text]], { id: `m-${name}` });
    const items = [row('Metrics', 'Numbers sampled at regular intervals'), row('Logs', 'Records of events with their details'), row('Alerts', 'Notices sent when a rule matches')];
    expect(stems(items)[2]).toEqual(['Which of these has this description: notices sent when a rule matches? [Alerts]']);
  });
});

describe('table cells asked by row: stems that read', () => {
  it('quotes a short cell after its column, so the two never run together', () => {
    const row = (name: string, role: string) => comparison('Orchard Machines', name, [['Role', role]], { id: `m-${name}` });
    const items = [row('Mower', 'cuts the grass rows'), row('Sprayer', 'mists the canopy'), row('Shaker', 'drops ripe nuts')];
    expect(stems(items)[1]).toEqual(['Which orchard machine has the role “mists the canopy”? [Sprayer]']);
  });

  it('says "these" before a plural column', () => {
    const row = (name: string, duty: string) => comparison('Orchard Crews', name, [['Picker duties', duty]], { id: `c-${name}` });
    const items = [row('Dawn', 'fill and stack the bins by the gate before noon'), row('Dusk', 'wash and grade the picked fruit in the packing shed'), row('Weekend', 'prune the spurs and tie in the new leaders')];
    expect(stems(items)[0]).toEqual(['Which orchard crew has these picker duties: fill and stack the bins by the gate before noon? [Dawn]']);
  });

  it.each([
    ['a header with no word for its cells', '10 ha'],
    ['a bare "Value" header', 'Value'],
  ])('skips %s', (_name, header) => {
    const row = (name: string, cell: string) => comparison('Irrigation Zones', name, [[header, cell]], { id: `z-${name}` });
    const items = [row('Northfield', 'Drip lines'), row('Southfield', 'Sprinklers'), row('Eastfield', 'Flood channels')];
    expect(stems(items)[0]).toEqual(['skip: table column does not say what it holds']);
  });

  it('skips rows labelled by question words (a mnemonic\'s layout)', () => {
    const row = (name: string, who: string) => comparison('Grower Roles', name, [['Role', who]], { id: `g-${name}` });
    const items = [row('Who', 'Orchard owner'), row('Why', 'Packing manager'), row('Where', 'Field foreman')];
    expect(stems(items)[0]).toEqual(['skip: table rows are not names']);
  });
});
