// The bar above the form: who holds the lock, how long it has left, and what this user can do now.
import { h } from '../dom.js';
import { countdown, isMine } from '../badges.js';

export function lockPanel({ lock, editing, onEdit, onCancel, onDelete, onRequestControl, requestPending }) {
  if (editing && lock) {
    return h('div', { class: 'lock-state mine', dataset: { lockState: 'editing' } },
      h('p', {}, 'You are editing. Your lock ends in ',
        h('strong', { class: 'big-countdown' }, countdown(lock.expiresAt)),
        ' unless renewed; it renews by itself while this page is open.'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary save', onclick: submitForm }, 'Save'),
        h('button', { type: 'button', class: 'secondary cancel', onclick: onCancel }, 'Cancel'),
        h('button', { type: 'button', class: 'danger delete', onclick: onDelete }, 'Delete')));
  }
  if (!lock) {
    return h('div', { class: 'lock-state free', dataset: { lockState: 'free' } },
      h('p', {}, 'Nobody is editing this appointment.'),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary edit', onclick: onEdit }, 'Edit')));
  }
  if (isMine(lock)) {
    return h('div', { class: 'lock-state mine', dataset: { lockState: 'mine-elsewhere' } },
      h('p', {}, 'You hold the lock in another window; it ends in ', countdown(lock.expiresAt), '.'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary edit', onclick: onEdit }, 'Edit here')));
  }
  return h('div', { class: 'lock-state held', dataset: { lockState: 'held' } },
    h('p', {}, h('strong', { class: 'holder' }, lock.holder.name), ` (${lock.holder.email}) is editing; `,
      'the lock ends in ', countdown(lock.expiresAt), ' unless renewed. The form is read-only.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary request-control', onclick: onRequestControl,
        disabled: requestPending }, requestPending ? 'Control requested…' : 'Request control')));
}

/** The Save button sits outside the form, beside the lock state, and submits the editor's form. */
function submitForm(event) {
  event.target.closest('.editor').querySelector('form.appointment-form').requestSubmit();
}
