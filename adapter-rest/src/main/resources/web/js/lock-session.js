// One user's hold on one appointment's lock: taking it, keeping it alive with heartbeats while the page
// is open, and giving it up. It never decides anything itself; the server's answers do.
import { locks, releaseWhileLeaving } from './api.js';
import { millisUntil } from './clock.js';

const MIN_HEARTBEAT_MILLIS = 5_000;
const MAX_HEARTBEAT_MILLIS = 60_000;
const RETRY_MILLIS = 5_000;
const LOST = new Set(['lock-lost', 'not-lock-holder', 'not-locked', 'stale-fencing-token']);

// Locks this tab was handed by an action taken here (an admin's takeover), waiting for the editor that
// opens next. A lock this user holds in another tab is never in here, so it never opens a form by itself.
const handed = new Map(); // appointmentId -> fencing token

/** Notes that this tab just took `lock`, so the editor it opens next edits with it at once. */
export function handOver(lock) {
  handed.set(lock.appointmentId, lock.fencingToken);
}

/** Whether `lock` is one this tab was just handed; answers true once. */
export function takeHandedLock(lock) {
  const token = handed.get(lock?.appointmentId);
  if (token === undefined || token !== lock.fencingToken) return false;
  handed.delete(lock.appointmentId);
  return true;
}

export class LockSession {
  /**
   * @param appointmentId the appointment whose lock this is
   * @param events {onRenewed(lock), onHeartbeatTrouble(error | null), onLost(error)}
   */
  constructor(appointmentId, events) {
    this.appointmentId = appointmentId;
    this.events = events;
    this.lock = null;
    this.timer = null;
    this.retry = null;
    this.expiry = null;
    this.leaving = () => this.lock && releaseWhileLeaving(appointmentId, this.lock.fencingToken);
  }

  get held() {
    return this.lock !== null;
  }

  /** Takes the lock (or renews our own); throws the server's refusal, e.g. held by another. */
  async acquire() {
    const answer = await locks.acquire(this.appointmentId);
    this.hold(answer.lock);
    return answer.lock;
  }

  /** Starts holding a lock we were handed: by a grant of control, or one already ours on arrival. */
  hold(lock) {
    clearInterval(this.timer);
    const lifetime = Date.parse(lock.expiresAt) - Date.parse(lock.acquiredAt);
    const every = Math.min(MAX_HEARTBEAT_MILLIS, Math.max(MIN_HEARTBEAT_MILLIS, lifetime / 3));
    this.timer = setInterval(() => this.heartbeat(), every);
    this.update(lock);
    // Closing the tab or leaving the site must not leave the lock behind for its whole lifetime.
    window.addEventListener('pagehide', this.leaving);
  }

  /** The same lock, renewed (by a heartbeat here or a frame about it). */
  update(lock) {
    this.lock = lock;
    this.watchExpiry();
  }

  async heartbeat() {
    if (!this.lock) return;
    clearTimeout(this.retry);
    try {
      const answer = await locks.heartbeat(this.appointmentId, this.lock.fencingToken);
      if (!this.lock) return;
      this.update(answer.lock);
      this.events.onHeartbeatTrouble(null);
      this.events.onRenewed(answer.lock);
    } catch (error) {
      if (!this.lock) return;
      if (LOST.has(error.kind)) {
        this.lose(error);
        return;
      }
      this.events.onHeartbeatTrouble(error);
      // Try again soon rather than at the next beat, so the warning goes once the server is back.
      clearTimeout(this.retry);
      this.retry = setTimeout(() => this.heartbeat(), RETRY_MILLIS);
    }
  }

  /**
   * Rule 1: the lock is live only while the server's now is before its expiry. Reaching it unrenewed,
   * the lock is lost at that instant, whether or not the sweeper has ended it yet.
   */
  watchExpiry() {
    clearTimeout(this.expiry);
    this.expiry = setTimeout(() => {
      if (!this.lock) return;
      if (millisUntil(this.lock.expiresAt) > 0) this.watchExpiry();
      else this.lose(new Error('Your lock expired before it could be renewed.'));
    }, millisUntil(this.lock.expiresAt));
  }

  /** The server says the lock is gone or someone else's: stop, and tell the view why. */
  lose(reason) {
    this.forget();
    this.events.onLost(reason);
  }

  /** Gives the lock up; a failure is harmless, since the lock then ends by itself at expiry. */
  async release() {
    const lock = this.lock;
    this.forget();
    if (!lock) return;
    try {
      await locks.release(this.appointmentId, lock.fencingToken);
    } catch {
      // Already gone (expired, taken over): nothing left to give up.
    }
  }

  forget() {
    clearInterval(this.timer);
    clearTimeout(this.retry);
    clearTimeout(this.expiry);
    window.removeEventListener('pagehide', this.leaving);
    this.lock = null;
  }
}
