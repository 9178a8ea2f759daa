// Losing the lock while typing: why it happened, and a copy of what was typed to take along.
import { h } from '../dom.js';
import { FIELDS } from './appointment-form.js';

const REASONS = {
  expired: () => 'Your lock expired.',
  force_released: (frame) => `${frame.by?.name ?? 'An admin'} released your lock${quoted(frame.note)}.`,
  transferred: (frame) => `Your lock passed to ${frame.by?.name ?? 'someone else'}.`,
  disconnected: () => 'Your lock was released after your connection dropped.',
};

const quoted = (text) => (text ? `: “${text}”` : '');

/** Words for why the lock is gone, from the frame that announced it and the lock there is now. */
export function lostReason(frame, lock) {
  if (frame?.type === 'admin-takeover') {
    const admin = frame.lock?.holder?.name ?? lock?.holder?.name ?? 'An admin';
    return `${admin} took over this appointment${quoted(frame.reason)}.`;
  }
  if (frame?.type === 'lock-released' && REASONS[frame.reason]) return REASONS[frame.reason](frame);
  return lock ? `${lock.holder.name} holds the lock now.` : 'You no longer hold the lock.';
}

export function keptCopy(reason, typed) {
  const text = FIELDS.map(({ name, label }) => `${label}: ${typed[name]}`).join('\n');
  const copy = h('textarea', { class: 'kept-copy', readonly: true, rows: 6, 'aria-label': 'Your changes' }, text);
  return h('section', { class: 'notice warning lost-lock', role: 'alert' },
    h('p', {}, h('strong', {}, reason),
      ' The form is read-only now; it still shows what you typed, and here is a copy.'),
    copy,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary copy-changes', onclick: () => copyText(copy) }, 'Copy')));
}

async function copyText(textarea) {
  textarea.select();
  try {
    await navigator.clipboard.writeText(textarea.value);
  } catch {
    document.execCommand('copy');
  }
}
