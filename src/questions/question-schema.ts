import { z } from 'zod';

/** One zod schema for every question file, generated or hand-written. */
const questionSourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().min(1),
  section: z.string(),
});

/**
 * What a question must fit so that both chat platforms show it whole. The id travels inside every
 * button (`p:<id>:<n>` for practice, see src/quiz/choice-id.ts): clicks carry at most 80 characters of
 * it back, and Discord's custom_id takes 100 in all. The lengths keep the stem and all six choices,
 * written out, inside one Slack section (3,000) and one Discord embed description (4,096) even after
 * escaping; a topic fits an autocomplete choice (100).
 */
export const questionLimits = {
  idLength: 80,
  /** Printable, on one line, no space at either end (it is compared exactly when a button comes back). */
  idPattern: /^\S(?:[^\p{Cc}\p{Cf}]*\S)?$/u,
  topicLength: 100,
  stemLength: 1000,
  choiceLength: 300,
  minChoices: 2,
  maxChoices: 6,
} as const;

export const questionKinds = ['quantity', 'term-to-definition', 'definition-to-term', 'membership', 'comparison', 'notes-question', 'usecase', 'command'] as const;

export const questionSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(questionLimits.idLength, `at most ${questionLimits.idLength} characters (it travels inside every button)`)
      .regex(questionLimits.idPattern, 'printable characters on one line, with no space at either end'),
    kind: z.enum([...questionKinds, 'custom']),
    topic: z.string().min(1).max(questionLimits.topicLength, `at most ${questionLimits.topicLength} characters`),
    stem: z.string().min(1).max(questionLimits.stemLength, `at most ${questionLimits.stemLength} characters, so the choices stay readable under it`),
    choices: z
      .array(z.string().min(1).max(questionLimits.choiceLength, `at most ${questionLimits.choiceLength} characters per choice`))
      .min(questionLimits.minChoices, `at least ${questionLimits.minChoices} choices`)
      .max(questionLimits.maxChoices, `at most ${questionLimits.maxChoices} choices (one button each)`),
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

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
