// One user's hold on one appointment's lock: taking it, keeping it alive with heartbeats while the page
// is open, and giving it up. It never decides anything itself; the server's answers do.
import { locks, releaseWhileLeaving } from './api.js';

const MIN_HEARTBEAT_MILLIS = 5_000;
const MAX_HEARTBEAT_MILLIS = 60_000;
const LOST = new Set(['lock-lost', 'not-lock-holder', 'not-locked', 'stale-fencing-token']);

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
    this.lock = lock;
    clearInterval(this.timer);
    const lifetime = Date.parse(lock.expiresAt) - Date.parse(lock.acquiredAt);
    const every = Math.min(MAX_HEARTBEAT_MILLIS, Math.max(MIN_HEARTBEAT_MILLIS, lifetime / 3));
    this.timer = setInterval(() => this.heartbeat(), every);
    // Closing the tab or leaving the site must not leave the lock behind for its whole lifetime.
    window.addEventListener('pagehide', this.leaving);
  }

  async heartbeat() {
    if (!this.lock) return;
    try {
      const answer = await locks.heartbeat(this.appointmentId, this.lock.fencingToken);
      if (!this.lock) return;
      this.lock = answer.lock;
      this.events.onHeartbeatTrouble(null);
      this.events.onRenewed(answer.lock);
    } catch (error) {
      if (!this.lock) return;
      if (LOST.has(error.kind)) this.lose(error);
      else this.events.onHeartbeatTrouble(error);
    }
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
    window.removeEventListener('pagehide', this.leaving);
    this.lock = null;
  }
}
