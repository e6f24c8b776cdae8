import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/knowledge/parse-note.js';
import { generateQuestions } from '../../src/questions/generate-questions.js';
import { kb } from './build-items.js';

// Membership tiers, each holding what the one before holds and more.
const tiers = `# Gym membership

### Membership tiers
* Trial: 访客 Members Get Gym Floor
* Basic: 标准 Members Get Gym Floor
* Plus: 推荐 Members Get Gym Floor + Group Classes
* Premium: 全包 Members Get Gym Floor + Group Classes + Pool Access
`;

describe('a graded scale is asked for its middle grade', () => {
  const { questions } = generateQuestions(kb(parseNote('gym.md', tiers).items));
  const graded = questions.filter((q) => q.stem.startsWith('Which of these holds for'));

  it('asks what the middle grade holds, beside its neighbours, each set told where it stops', () => {
    expect(graded).toHaveLength(1);
    const [plus] = graded;
    expect(plus!.stem).toBe('Which of these holds for Plus, one of the membership tiers?');
    expect(plus!.choices[plus!.answer]).toBe('Members Get Gym Floor + Group Classes only');
    expect([...plus!.choices].sort()).toEqual([
      'Members Get Gym Floor + Group Classes + Pool Access',
      'Members Get Gym Floor + Group Classes only',
      'Members Get Gym Floor only',
    ]);
  });

  it('explains every grade in order', () => {
    expect(graded[0]!.explanation).toContain('Basic: Members Get Gym Floor only; Plus: Members Get Gym Floor + Group Classes only; Premium:');
  });

  it('asks nothing of sibling lines that do not build on each other', () => {
    const notes = '# Plans\n\n### Plans\n* Small: Cores + Memory\n* Medium: Disks + Network\n* Large: Cores + Disks + Backups\n';
    const asked = generateQuestions(kb(parseNote('plans.md', notes).items)).questions;
    expect(asked.some((q) => q.stem.startsWith('Which of these holds for'))).toBe(false);
  });
});
