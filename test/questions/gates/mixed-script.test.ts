import { describe, expect, it } from 'vitest';
import { mixesScripts } from '../../../src/questions/gates/mixed-script.js';

describe('mixesScripts: notes in two languages never garble a stem', () => {
  it('skips an English stem carrying Chinese text, and choices half in each language', () => {
    expect(mixesScripts('Which of these is listed under “时间段划分”?', [])).toBeDefined();
    expect(mixesScripts('Which of these is a bond?', ['债券', 'Equity', 'Option'])).toBeDefined();
  });

  it('passes English, and choices all in the notes’ own language', () => {
    expect(mixesScripts('Which of these is a bond?', ['Equity', 'Option', 'Future'])).toBeUndefined();
    expect(mixesScripts('Which of these is a bond?', ['债券', '股票', '期权'])).toBeUndefined();
  });
});
