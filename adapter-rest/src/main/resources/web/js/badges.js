// Lock badges: free, you, or the holder with the time left. One ticker refreshes every visible
// countdown, so views only render a badge once per change of holder.
import { millisUntil } from './clock.js';
import { h, formatCountdown } from './dom.js';
import { currentUser } from './session.js';

const WARN_MILLIS = 120_000;
const URGENT_MILLIS = 60_000;

/** The urgency of a countdown, used as a class: calm, warn (under 2 min) or urgent (under 1 min). */
export function urgency(millis) {
  if (millis <= URGENT_MILLIS) return 'urgent';
  if (millis <= WARN_MILLIS) return 'warn';
  return 'calm';
}

export function isMine(lock) {
  return Boolean(lock && currentUser() && lock.holder?.id === currentUser().id);
}

/** A badge for a lock or for none; the text names the holder so it reads well without colour. */
export function lockBadge(lock) {
  if (!lock) return h('span', { class: 'badge free', dataset: { lock: 'free' } }, 'free');
  const mine = isMine(lock);
  const badge = h(
    'span',
    { class: `badge ${mine ? 'mine' : 'held'}`, dataset: { lock: mine ? 'mine' : 'held' } },
    mine ? 'you' : lock.holder.name,
    ' · ',
    countdown(lock.expiresAt),
  );
  badge.title = mine ? 'You hold the edit lock' : `${lock.holder.name} (${lock.holder.email}) is editing`;
  return badge;
}

/** A live "m:ss" until `expiresAt` by the server's clock. */
export function countdown(expiresAt) {
  const element = h('span', { class: 'countdown', dataset: { expiresAt } });
  paint(element);
  return element;
}

function paint(element) {
  const left = millisUntil(element.dataset.expiresAt);
  element.textContent = formatCountdown(left);
  element.dataset.urgency = urgency(left);
}

setInterval(() => document.querySelectorAll('.countdown[data-expires-at]').forEach(paint), 1000);
