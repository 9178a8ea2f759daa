// Small helpers to build DOM nodes without innerHTML, so text from the server is never parsed as markup.

/** h('button', {class: 'primary', onclick: fn}, 'Save') builds an element; null children are skipped. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The width of an element's content box in CSS pixels: where a child drawn at 100% width fits. */
export function contentWidth(element) {
  const style = getComputedStyle(element);
  return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** Replaces everything inside `element` with `children`. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso) {
  return iso ? dateTime.format(new Date(iso)) : '';
}

export function formatTime(iso) {
  return iso ? timeOnly.format(new Date(iso)) : '';
}

/** 83_000 ms reads "1:23"; an hour or more reads "1 h 02 min". */
export function formatCountdown(millis) {
  const seconds = Math.max(0, Math.ceil(millis / 1000));
  const minutes = Math.floor(seconds / 60);
  if (minutes >= 60) {
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
  }
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A hold time in words: "850 ms", "42 s", "3.5 min". */
export function formatDuration(millis) {
  if (millis === null || millis === undefined) return '—';
  if (millis < 1000) return `${millis} ms`;
  if (millis < 60_000) return `${Math.round(millis / 1000)} s`;
  return `${(millis / 60_000).toFixed(1)} min`;
}

/** The value a datetime-local input shows for an ISO instant, in the browser's time zone. */
export function toLocalInput(iso) {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** An ISO-8601 text with the browser's offset for a datetime-local value, as the API expects. */
export function fromLocalInput(value) {
  if (!value) return '';
  const date = new Date(value);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${value.length === 16 ? value + ':00' : value}${sign}${hours}:${minutes}`;
}
