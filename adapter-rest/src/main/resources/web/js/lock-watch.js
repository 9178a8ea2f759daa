// Follows who holds one appointment's lock. Live frames only say that something changed; the lock
// itself is read again over HTTP, which also returns the fencing token when the reader holds it.
import { locks } from './api.js';
import { connectionState, watch } from './live.js';

// While the live channel is down, the lock is read this often instead, so badges stay roughly current.
const POLL_MILLIS = 5000;

const LOCK_FRAMES = new Set([
  'lock-acquired', 'lock-renewed', 'lock-released', 'admin-takeover', 'control-granted',
]);

/**
 * Calls `onLock(lock | null)` with the current lock, then after every change, until the returned
 * function is called. `onFrame` sees every frame about the appointment too (presence, cursors, ...).
 */
export function watchLock(appointmentId, onLock, onFrame = () => {}) {
  let asked = 0;
  let stopped = false;
  const refresh = async () => {
    const turn = ++asked;
    try {
      const status = await locks.status(appointmentId);
      // Answers may arrive out of order; only the newest question's answer counts.
      if (!stopped && turn === asked) onLock(status.lock ?? null);
    } catch {
      // A failed read leaves the last known lock on screen; the next frame or reconnect reads again.
    }
  };
  const unwatch = watch(appointmentId, (frame) => {
    if (stopped) return;
    if (frame.type === 'subscribed' || LOCK_FRAMES.has(frame.type)) refresh();
    onFrame(frame);
  });
  refresh();
  const poll = setInterval(() => connectionState() === 'live' || refresh(), POLL_MILLIS);
  return () => {
    stopped = true;
    clearInterval(poll);
    unwatch();
  };
}
