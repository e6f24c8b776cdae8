import { z } from 'zod';

/**
 * The reviewers' files beside the bank (written by `prepbot review`, editable by hand):
 * - `questions/retired.yaml`: questions no workspace is asked any more, `{ retired: [{ id, reason, date }] }`;
 * - `questions/reviewed.yaml`: every decision taken in review, so a review resumes where it stopped,
 *   `{ reviewed: [{ id, decision, date }] }`.
 * Dates are `YYYY-MM-DD`.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' });

const retiredEntrySchema = z.object({
  id: z.string().min(1),
  reason: z.string().min(1),
  date,
});

const reviewedEntrySchema = z.object({
  id: z.string().min(1),
  decision: z.enum(['keep', 'retire', 'edit']),
  date,
});

export const retiredFileSchema = z.object({ retired: z.array(retiredEntrySchema) });
export const reviewedFileSchema = z.object({ reviewed: z.array(reviewedEntrySchema) });

export type RetiredEntry = z.infer<typeof retiredEntrySchema>;
export type ReviewedEntry = z.infer<typeof reviewedEntrySchema>;

/** The file names, relative to the questions folder; the bank loader reads neither as questions. */
export const retiredFileName = 'retired.yaml';
export const reviewedFileName = 'reviewed.yaml';
