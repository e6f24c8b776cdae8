import { describe, expect, it } from 'vitest';
import { type Candidate, nearby, pickDistractors } from '../../src/questions/pick-distractors.js';

const services = ['Lambda', 'Fargate', 'DynamoDB', 'Aurora', 'Cognito', 'AppSync', 'CloudFront', 'ECR', 'EKS'];

describe('pickDistractors', () => {
  it('takes the closest tier first and never the answer', () => {
    const candidates: Candidate[] = [
      ...services.slice(0, 2).map((text) => ({ text, tier: 0 })),
      ...services.slice(2).map((text) => ({ text, tier: 1 })),
      { text: 'amazon s3', tier: 0 },
    ];
    const picked = pickDistractors({ seed: 'q-1', answer: 'Amazon S3', candidates });
    expect(picked).toHaveLength(3);
    expect(picked.slice(0, 2).sort()).toEqual(['Fargate', 'Lambda']);
    expect(services.slice(2)).toContain(picked[2]);
  });

  it('never offers the answer again with its words joined otherwise ("Cold Press" for "Cold-Press")', () => {
    const candidates: Candidate[] = ['Cold Press', 'Rack Press', 'Belt Press', 'Belt-Press', 'Screw Press'].map((text) => ({ text, tier: 0 }));
    const picked = pickDistractors({ seed: 'q-press', answer: 'Cold-Press', candidates });
    expect(picked.slice().sort()).toEqual(['Belt Press', 'Rack Press', 'Screw Press']);
  });

  it('picks the same whether a text is listed once or repeated in farther tiers', () => {
    const once = services.map((text, i) => ({ text, tier: i % 3 }));
    const repeated = [...once, ...once.map(({ text, tier }) => ({ text, tier: tier + 1 })), ...once];
    for (const seed of ['q-1', 'q-2', 'q-3', 'q-4']) {
      expect(pickDistractors({ seed, answer: 'S3', candidates: repeated })).toEqual(pickDistractors({ seed, answer: 'S3', candidates: once }));
    }
  });

  it('builds the farther pool only when the listed candidates give too few, and then uses it', () => {
    let built = 0;
    const farther = () => {
      built += 1;
      return services.slice(3).map((text) => ({ text, tier: 5 }));
    };
    const enough = services.slice(0, 3).map((text) => ({ text, tier: 0 }));
    expect(pickDistractors({ seed: 'q-1', answer: 'S3', candidates: enough, farther: [farther] })).toHaveLength(3);
    expect(built).toBe(0);
    const few = pickDistractors({ seed: 'q-1', answer: 'S3', candidates: enough.slice(0, 1), farther: [farther] });
    expect(built).toBe(1);
    expect(few[0]).toBe('Lambda');
    expect(few).toHaveLength(3);
    expect(services.slice(3)).toEqual(expect.arrayContaining(few.slice(1)));
  });

  it('gives the same order within a tier whatever order the candidates come in', () => {
    const forward = services.map((text) => ({ text, tier: 0 }));
    expect(pickDistractors({ seed: 'q-9', answer: 'S3', candidates: [...forward].reverse() })).toEqual(pickDistractors({ seed: 'q-9', answer: 'S3', candidates: forward }));
  });
});

describe('nearby', () => {
  const pool = Array.from({ length: 10 }, (_, i) => i);

  it.each([
    [0, [0, 1, 2, 3]],
    [5, [3, 4, 5, 6]],
    [9, [6, 7, 8, 9]],
  ])('takes the entries nearest index %i', (at, expected) => {
    expect(nearby(pool, at, 4)).toEqual(expected);
  });

  it('gives a pool no bigger than the size back whole', () => {
    expect(nearby(pool, 7, 10)).toBe(pool);
  });
});
