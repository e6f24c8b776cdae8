import type { ChannelRef, Reply, UserRef } from '../chat/message.js';
import { echoText } from '../chat/echo-text.js';
import { UserFacingError } from '../chat/user-facing-error.js';
import { markNoticed, restore, retire, unnoticedRetirements } from './curation-state.js';
import type { EngineContext } from './engine-context.js';
import { flagReasonLabels } from './flag-reasons.js';
import { describeItemStats, itemStats } from './item-stats.js';
import { workspaceKey } from './identity.js';
import type { QuestionCuration } from './state-schema.js';

/**
 * The admin side of curation: `/prepbot flags`, `/prepbot retire <id>`, `/prepbot restore <id>`, and the
 * private notice an admin gets about retirements they have not seen yet. The router has checked the
 * caller is an admin (except for the notice, which checks itself).
 */

const toCaller = (body: string, title?: string): Reply[] => [
  { visibility: 'private', message: title ? { title, body } : { body } },
];

/** "2 flags: wrong answer ×1, unclear ×1". */
function flagSummary(entry: QuestionCuration | undefined): string {
  const flags = entry?.flags ?? [];
  if (flags.length === 0) return 'no flags';
  const counts = new Map<string, number>();
  for (const flag of flags)
    counts.set(flagReasonLabels[flag.reason], (counts.get(flagReasonLabels[flag.reason]) ?? 0) + 1);
  return `${flags.length === 1 ? '1 flag' : `${flags.length} flags`}: ${[...counts].map(([label, n]) => `${label} ×${n}`).join(', ')}`;
}

function questionLine(ctx: EngineContext, id: string): string {
  const question = ctx.questions.get(id);
  const stem = question ? question.stem.replace(/\s+/g, ' ') : '(no longer in the bank)';
  return `${id} · ${question?.topic ?? '?'} · ${stem.length > 90 ? `${stem.slice(0, 89)}…` : stem}`;
}

/** `/prepbot flags`: retired and flagged questions with counts and reasons, then those the answers mark for review. */
export function flagsReport(ctx: EngineContext, ref: ChannelRef): Reply[] {
  const workspace = workspaceKey(ref);
  const curation = ctx.store.data.curation[workspace];
  const questions = curation?.questions ?? {};
  const stats = (id: string) => describeItemStats(itemStats(curation?.items[id]));
  const retired = Object.keys(questions)
    .filter((id) => questions[id]!.retired)
    .sort();
  const flagged = Object.keys(questions)
    .filter((id) => !questions[id]!.retired && questions[id]!.flags.length > 0)
    .sort((a, b) => questions[b]!.flags.length - questions[a]!.flags.length || (a < b ? -1 : 1));
  const marked = Object.keys(curation?.items ?? {})
    .filter((id) => !questions[id] && ctx.questions.has(id) && itemStats(curation!.items[id]).verdicts.length > 0)
    .sort();
  const sections: string[] = [];
  if (retired.length > 0)
    sections.push(
      [
        'Retired here:',
        ...retired.map(
          (id) =>
            `• ${questionLine(ctx, id)}\n  ${retiredHow(questions[id]!)} · ${flagSummary(questions[id])} · ${stats(id)}`,
        ),
      ].join('\n'),
    );
  if (flagged.length > 0)
    sections.push(
      [
        'Flagged:',
        ...flagged.map((id) => `• ${questionLine(ctx, id)}\n  ${flagSummary(questions[id])} · ${stats(id)}`),
      ].join('\n'),
    );
  if (marked.length > 0)
    sections.push(
      ['Marked for review by the answers:', ...marked.map((id) => `• ${questionLine(ctx, id)}\n  ${stats(id)}`)].join(
        '\n',
      ),
    );
  if (sections.length === 0)
    return toCaller(
      'No question is flagged or retired here, and the answers mark none for review.',
      'Flagged questions',
    );
  const flagsToRetire = ctx.settings.flagsToRetire ?? 2;
  return [
    {
      visibility: 'private',
      message: {
        title: 'Flagged questions',
        body: sections.join('\n\n'),
        context: `${flagsToRetire} flags (or one admin's) retire a question here · /prepbot retire <id> · /prepbot restore <id>`,
      },
    },
  ];
}

function retiredHow(entry: QuestionCuration): string {
  return entry.retired?.by === 'admin' ? 'retired by an admin' : 'retired by flags';
}

function knownQuestion(ctx: EngineContext, id: string): string {
  const wanted = id.trim();
  if (!ctx.questions.has(wanted))
    throw new UserFacingError(
      'UNKNOWN_QUESTION',
      `There is no question ${echoText(wanted, 40)} in the bank. /prepbot flags lists flagged ones with their ids.`,
    );
  return wanted;
}

/** `/prepbot retire <id>`. */
export async function retireQuestion(ctx: EngineContext, ref: ChannelRef, user: UserRef, id: string): Promise<Reply[]> {
  const questionId = knownQuestion(ctx, id);
  let changed = false;
  await ctx.store.change(
    (d) => void (changed = retire(d, workspaceKey(ref), questionId, user.user, ctx.clock.now().getTime())),
  );
  return toCaller(
    changed
      ? `Retired ${questionLine(ctx, questionId)}. It will not be asked here again; /prepbot restore ${questionId} brings it back.`
      : `${questionId} is already retired here.`,
  );
}

/** `/prepbot restore <id>`. */
export async function restoreQuestion(ctx: EngineContext, ref: ChannelRef, id: string): Promise<Reply[]> {
  const questionId = knownQuestion(ctx, id);
  let changed = false;
  await ctx.store.change((d) => void (changed = restore(d, workspaceKey(ref), questionId, ctx.clock.now().getTime())));
  const everywhere = ctx.retired.has(questionId)
    ? ' It stays out of the rounds everywhere, though: questions/retired.yaml lists it.'
    : '';
  return toCaller(
    changed
      ? `Restored ${questionLine(ctx, questionId)}. It can be asked here again.${everywhere}`
      : `${questionId} is not retired here.${everywhere}`,
  );
}

/**
 * The private notice for an admin about retirements in their workspace since they were last told (not
 * their own): empty when there is none or the person is no admin. Marks them as told.
 */
export async function retirementNotice(
  ctx: EngineContext,
  user: UserRef,
  isAdmin: (user: UserRef) => Promise<boolean>,
): Promise<Reply[]> {
  const workspace = workspaceKey(user);
  const unseen = unnoticedRetirements(ctx.store.data, workspace, user.user);
  if (unseen.length === 0 || !(await isAdmin(user).catch(() => false))) return [];
  await ctx.store
    .change((d) => markNoticed(d, workspace, user.user, unseen[0]!.entry.retired!.at))
    .catch((error) => ctx.logger.warn({ err: error }, 'could not record a retirement notice'));
  const lines = unseen.map(({ questionId, entry }) => `• ${questionLine(ctx, questionId)}\n  ${flagSummary(entry)}`);
  return [
    {
      visibility: 'private',
      message: {
        title: unseen.length === 1 ? 'A question was retired here' : `${unseen.length} questions were retired here`,
        body: lines.join('\n'),
        context: '/prepbot flags lists them all · /prepbot restore <id> brings one back',
      },
    },
  ];
}
