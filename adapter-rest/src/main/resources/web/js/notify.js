// Messages for people: short-lived toasts, and modal dialogs that ask a question and answer a promise.
import { h } from './dom.js';
import { describe } from './problems.js';

const TOAST_MILLIS = 6000;

/** Shows a short message; `tone` is info, success, warning or error. */
export function toast(text, tone = 'info') {
  const region = document.querySelector('.toasts');
  const item = h('div', { class: `toast ${tone}` }, text);
  region.append(item);
  setTimeout(() => item.remove(), TOAST_MILLIS);
}

/** A message above a form or page saying what went wrong, in the people's words rather than the API's. */
export function errorBox(error) {
  return h('p', { class: 'error-box', role: 'alert' }, describe(error));
}

/**
 * Opens a modal dialog and resolves with the value of the button pressed (or null for Escape).
 * `choices` is a list of {label, value, tone}; `reason` asks for a line of text first.
 */
export function ask({ title, text, choices, reason = false, className = '' }) {
  return new Promise((resolve) => {
    const reasonInput = reason
      ? h('input', { type: 'text', name: 'reason', maxlength: 500, required: true, class: 'dialog-reason' })
      : null;
    const dialog = h('dialog', { class: `ask ${className}`, 'aria-labelledby': 'ask-title' });
    const finish = (value) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const buttons = choices.map((choice) =>
      h('button', {
        type: 'button',
        class: choice.tone ?? 'secondary',
        dataset: { choice: choice.value },
        onclick: () => {
          if (reasonInput && choice.value !== null && !reasonInput.value.trim()) {
            reasonInput.reportValidity();
            return;
          }
          const withReason = reasonInput && choice.value !== null;
          finish(withReason ? { choice: choice.value, reason: reasonInput.value.trim() } : choice.value);
        },
      }, choice.label));
    // h() skips a missing part; the DOM's own append would write it out as the text "null".
    const content = h('div', { class: 'ask-content' },
      h('h2', { id: 'ask-title' }, title),
      h('p', {}, text),
      reasonInput ? h('label', {}, 'Reason (shown to the holder and kept in the history)', reasonInput) : null,
      h('div', { class: 'actions' }, buttons));
    dialog.append(content);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Yes or no, for actions that cannot be undone. */
export async function confirmAction(title, text, label) {
  const answer = await ask({
    title,
    text,
    choices: [
      { label: 'Cancel', value: null },
      { label, value: 'yes', tone: 'danger' },
    ],
  });
  return answer === 'yes';
}
