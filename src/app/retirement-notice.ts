import type { InboundHandler, UserRef } from '../chat/message.js';
import type { Reply } from '../chat/message.js';

/**
 * Wraps the router so that an admin's next command after a question was retired in their workspace
 * (by people's flags, or by another admin) ends with a private notice saying which and why. The
 * engine checks admin rights only when there is something to tell.
 */
export function noteRetirements(
  router: InboundHandler,
  engine: { retirementNotice(user: UserRef): Promise<Reply[]> },
): InboundHandler {
  return async (event) => {
    const replies = await router(event);
    if (event.type !== 'command') return replies;
    const notice = await engine.retirementNotice(event.user).catch(() => []);
    return [...replies, ...notice];
  };
}
