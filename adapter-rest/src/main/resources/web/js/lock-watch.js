// Follows who holds one appointment's lock. Live frames only say that something changed; the lock
// itself is read again over HTTP, which also returns the fencing token when the reader holds it.
import { locks } from './api.js';
import { millisUntil } from './clock.js';
import { connectionState, watch } from './live.js';

// While the live channel is down, the lock is read this often instead, so badges stay roughly current.
const POLL_MILLIS = 5000;
// Frames come in bursts (a grant is a release, an acquire and a grant; a delete ends the lock first),
// so the lock is read once the burst is over, and never for an appointment the burst deleted.
const SETTLE_MILLIS = 150;
// A lock is live only while the server's now is before its expiry (rule 1), but the sweeper may end it
// up to a minute later, with no frame until then: read it again just after it expires.
const PAST_EXPIRY_MILLIS = 50;

const LOCK_FRAMES = new Set([
  'lock-acquired', 'lock-renewed', 'lock-released', 'admin-takeover', 'control-granted',
]);

/**
 * Calls `onLock(lock | null)` with the current lock, then after every change, until the returned
 * function is called. `onFrame` sees every frame about the appointment too (presence, cursors, ...).
 * `presence: false` follows the appointment without being listed as viewing it (lists, calendars).
 */
export function watchLock(appointmentId, onLock, onFrame = () => {}, { presence = true } = {}) {
  let asked = 0;
  let stopped = false;
  let deleted = false;
  let settle = null;
  let expiry = null;

  const show = (lock) => {
    clearTimeout(expiry);
    if (lock) expiry = setTimeout(refresh, millisUntil(lock.expiresAt) + PAST_EXPIRY_MILLIS);
    onLock(lock);
  };
  const refresh = async () => {
    if (stopped || deleted) return;
    const turn = ++asked;
    try {
      const status = await locks.status(appointmentId);
      // Answers may arrive out of order; only the newest question's answer counts.
      if (!stopped && turn === asked) show(status.lock ?? null);
    } catch (error) {
      // Gone for good: asking again would only fail again. Otherwise the last known lock stays on
      // screen and the next frame, reconnect or poll reads again.
      if (error.status === 404) deleted = true;
    }
  };
  const refreshSoon = () => {
    clearTimeout(settle);
    settle = setTimeout(refresh, SETTLE_MILLIS);
  };

  const unwatch = watch(appointmentId, (frame) => {
    if (stopped) return;
    if (frame.type === 'appointment-deleted') {
      deleted = true;
      clearTimeout(settle);
      clearTimeout(expiry);
    } else if (frame.type === 'subscribed' || LOCK_FRAMES.has(frame.type)) {
      refreshSoon();
    }
    onFrame(frame);
  }, { presence });
  refresh();
  const poll = setInterval(() => connectionState() === 'live' || refresh(), POLL_MILLIS);
  return () => {
    stopped = true;
    clearInterval(poll);
    clearTimeout(settle);
    clearTimeout(expiry);
    unwatch();
  };
}
