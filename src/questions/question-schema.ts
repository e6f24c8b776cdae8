import { z } from 'zod';

/** One zod schema for every question file, generated or hand-written. */
export const questionSourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().min(1),
  section: z.string(),
});

export const questionKinds = ['quantity', 'term-to-definition', 'definition-to-term', 'membership', 'comparison', 'notes-question', 'usecase'] as const;

export const questionSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum([...questionKinds, 'custom']),
    topic: z.string().min(1),
    stem: z.string().min(1),
    choices: z.array(z.string().min(1)).min(2).max(6),
    answer: z.number().int().min(0),
    explanation: z.string().min(1),
    source: questionSourceSchema,
    /** How good the generator judges the question, 0–1 (see gates/quality-score.ts); the chooser prefers higher. Absent for hand-written questions. */
    quality: z.number().min(0).max(1).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.answer >= q.choices.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `index ${q.answer} is out of range for ${q.choices.length} choices` });
    }
    const seen = new Set<string>();
    q.choices.forEach((choice, index) => {
      const key = choice.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['choices', index], message: `duplicate choice "${choice}"` });
      seen.add(key);
    });
  });

export const questionFileSchema = z.looseObject({
  questions: z.array(questionSchema),
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type QuestionFile = z.infer<typeof questionFileSchema>;
