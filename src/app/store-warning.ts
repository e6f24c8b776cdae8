import type { InboundHandler, Reply, UserRef } from '../chat/message.js';
import type { StoreHealth } from '../store/json-store.js';

/**
 * Wraps the router so admins learn when the store cannot save: while its last write failed, every
 * reply to a command of an admin (`/prepbot`, but also `/score`, `/limit` …) ends with a private
 * warning saying so and what the disk said. Everyone else is only told, per answer, that their answer
 * could not be saved.
 */
export function warnAdminsWhileStoreFails(
  router: InboundHandler,
  health: () => StoreHealth,
  isAdmin: (user: UserRef) => Promise<boolean>,
): InboundHandler {
  return async (event) => {
    const replies = await router(event);
    if (event.type !== 'command') return replies;
    const store = health();
    if (store.state !== 'failing' || !(await isAdmin(event.user).catch(() => false))) return replies;
    return [...replies, storeWarning(store)];
  };
}

function storeWarning(store: StoreHealth): Reply {
  const unsaved = store.pendingChanges === 1 ? '1 change is' : `${store.pendingChanges} changes are`;
  return {
    visibility: 'private',
    message: {
      title: 'Warning: prepbot cannot save its data',
      body: `The last write of the store file failed (${store.lastError ?? 'unknown error'}). ${unsaved} waiting to be saved; answers are refused until saving works again. prepbot keeps retrying on its own: check the disk or folder where STORE_PATH points. /healthz reports the store as failing meanwhile.`,
    },
  };
}
