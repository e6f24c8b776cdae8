import { describe, expect, it } from 'vitest';
import { appendTo } from '../../src/questions/context-index.js';
import { capitaliseSentences, lowerFirst, occursAlone, singularOf } from '../../src/questions/text-tools.js';

describe('occursAlone', () => {
  it('finds a part standing as whole words, not inside a longer word or number', () => {
    expect(occursAlone('replication across zones', 'zones')).toBe(true);
    expect(occursAlone('the ozone layer', 'zone')).toBe(false);
    expect(occursAlone('port 80 or 8080', '80')).toBe(true);
    expect(occursAlone('port 8080', '80')).toBe(false);
  });

  it('looks past a first occurrence inside a word to a later whole one', () => {
    expect(occursAlone('cached reads, then cache misses', 'cache')).toBe(true);
  });

  it('treats letters beyond ASCII, and beyond the basic plane, as letters', () => {
    expect(occursAlone('über-cache', 'ber')).toBe(false);
    expect(occursAlone('𝒜cache', 'cache')).toBe(false);
    expect(occursAlone('(cache)', 'cache')).toBe(true);
  });

  it('is case-sensitive, as the text is written', () => {
    expect(occursAlone('Cache hits', 'cache')).toBe(false);
  });
});

describe('singularOf', () => {
  it('reads the common plural forms as their singular', () => {
    expect(['policies', 'viruses', 'switches', 'boxes', 'classes', 'routers'].map(singularOf)).toEqual(['policy', 'virus', 'switch', 'box', 'class', 'router']);
  });

  it('leaves a word that is no plural as it is', () => {
    expect(['status', 'glass', 'cache'].map(singularOf)).toEqual(['status', 'glass', 'cache']);
  });
});

describe('lowerFirst', () => {
  it('lower-cases a capitalised word and never an acronym', () => {
    expect(lowerFirst('Synchronous copies')).toBe('synchronous copies');
    expect(lowerFirst('RAID arrays')).toBe('RAID arrays');
  });
});

describe('appendTo', () => {
  it('keeps every value under its key, in the order given', () => {
    const lists = new Map<string, string[]>();
    appendTo(lists, 'a', ['x']);
    appendTo(lists, 'b', ['y', 'z']);
    appendTo(lists, 'a', ['w']);
    expect([...lists]).toEqual([
      ['a', ['x', 'w']],
      ['b', ['y', 'z']],
    ]);
  });

  it('never shares the caller’s array', () => {
    const given = ['x'];
    const lists = new Map<string, string[]>();
    appendTo(lists, 'a', given);
    appendTo(lists, 'a', ['y']);
    expect(given).toEqual(['x']);
  });
});

describe('capitaliseSentences', () => {
  it('starts each sentence with a capital, but not a code name, a term before a comma or a word after an abbreviation', () => {
    expect(capitaliseSentences('fires the ware. it hardens the clay')).toBe('Fires the ware. It hardens the clay');
    expect(capitaliseSentences('fires the ware. kiln-temp shows the heat')).toBe('Fires the ware. kiln-temp shows the heat');
    expect(capitaliseSentences('fires the ware. kiln.heat_log shows the heat')).toBe('Fires the ware. kiln.heat_log shows the heat');
    expect(capitaliseSentences('fires the ware. kilnctl -h shows the heat')).toBe('Fires the ware. kilnctl -h shows the heat');
    expect(capitaliseSentences('fires the ware. raku, by contrast: fires fast')).toBe('Fires the ware. raku, by contrast: fires fast');
    expect(capitaliseSentences('fires a ware, e.g. bisque ware')).toBe('Fires a ware, e.g. bisque ware');
  });
});
