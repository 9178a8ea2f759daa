// Messages beside the fields they are about, so people see where to look. The page checks what it can
// before sending; the server checks everything again and its complaints land in the same places.
import { h } from './dom.js';

let nextId = 0;

/** Shows `message` with `input` and marks it invalid until it is changed. */
export function markField(input, message) {
  const holder = input.closest('label') ?? input.parentElement;
  let slot = holder.querySelector('.field-error');
  if (!slot) {
    slot = h('span', { class: 'field-error', id: `field-error-${++nextId}` });
    holder.append(slot);
  }
  slot.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', slot.id);
}

function clearField(input) {
  if (!input?.hasAttribute?.('aria-invalid')) return;
  input.removeAttribute('aria-invalid');
  input.removeAttribute('aria-describedby');
  (input.closest('label') ?? input.parentElement).querySelector('.field-error')?.remove();
}

export function clearFieldErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach(clearField);
}

/** A field's message goes as soon as the person changes that field. */
export function clearOnChange(form) {
  form.addEventListener('input', (event) => clearField(event.target));
  form.addEventListener('change', (event) => clearField(event.target));
}

/**
 * Puts each {field, message} beside the form's input of that name and moves focus to the first.
 * Answers the ones the form has no input for, for the page to show elsewhere.
 */
export function showFieldErrors(form, violations) {
  const elsewhere = [];
  const byField = new Map();
  for (const violation of violations) {
    const input = form.elements[violation.field];
    if (input instanceof HTMLElement) byField.set(input, [...(byField.get(input) ?? []), violation.message]);
    else elsewhere.push(violation);
  }
  byField.forEach((messages, input) => markField(input, messages.join(' ')));
  [...byField.keys()][0]?.focus();
  return elsewhere;
}
