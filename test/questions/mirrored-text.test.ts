import { describe, expect, it } from 'vitest';
import { isMirrored } from '../../src/questions/mirrored-text.js';

describe('isMirrored: two texts on one axis', () => {
  it('knows one frame with a short run swapped', () => {
    expect(isMirrored('Changes are sent up to the server', 'Changes are fetched down from the server')).toBe(true);
    expect(isMirrored('Runs on leader nodes', 'Runs on follower nodes')).toBe(true);
  });

  it('knows texts that share too little, or swap too much, as two things', () => {
    expect(isMirrored('Needs write access to the server', 'Works from any read-only mirror')).toBe(false);
    expect(isMirrored('Keeps every version of a file for thirty days', 'Keeps only the newest version, overwriting older copies at once')).toBe(false);
    expect(isMirrored('Same text', 'Same text')).toBe(false);
    expect(isMirrored('Redis', 'Memcached')).toBe(false);
  });
});
