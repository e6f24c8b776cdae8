import type { InboundHandler, UserRef } from '../chat/message.js';

/**
 * Wraps the router so that admins running `/prepbot` (any subcommand) are told, privately, when the
 * question bank was generated from other notes than the bot reads (see findBankDrift), with the
 * command that brings them together. `notice` undefined: the router as it is.
 */
export function noteBankDrift(
  router: InboundHandler,
  notice: string | undefined,
  isAdmin: (user: UserRef) => Promise<boolean>,
): InboundHandler {
  if (notice === undefined) return router;
  return async (event) => {
    const replies = await router(event);
    if (event.type !== 'command' || event.command !== 'prepbot' || !(await isAdmin(event.user).catch(() => false)))
      return replies;
    return [
      ...replies,
      { visibility: 'private', message: { title: 'The question bank does not match the notes', body: notice } },
    ];
  };
}
