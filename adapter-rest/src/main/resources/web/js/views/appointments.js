// The appointments page: a list or a week calendar, filtered by date range, each appointment with a
// lock badge that changes as soon as someone takes or gives up its lock.
import { appointments } from '../api.js';
import { h, fill, formatDateTime, formatTime } from '../dom.js';
import { lockBadge } from '../badges.js';
import { watchLock } from '../lock-watch.js';
import { errorBox } from '../notify.js';
import { weekCalendar, mondayOf, addDays, isoDate } from './week.js';

const PAGE_LIMIT = 100;

export async function appointmentsView(main, { params }) {
  const mode = params.get('view') === 'week' ? 'week' : 'list';
  const range = chosenRange(mode, params);
  const content = h('div', { class: 'appointments-content', 'aria-live': 'polite' });
  fill(main,
    h('div', { class: 'page-head' },
      h('h1', {}, 'Appointments'),
      h('a', { class: 'button primary', href: '#/appointments/new' }, 'New appointment')),
    toolbar(mode, params, range),
    content);

  let page;
  try {
    page = range ? await appointments.inRange(range.from, range.to, { limit: PAGE_LIMIT })
      : await appointments.list({ limit: PAGE_LIMIT });
  } catch (error) {
    fill(content, errorBox(error));
    return null;
  }
  const items = page.items;
  if (mode === 'week') {
    fill(content, weekCalendar(range.monday, items, (item) => entry(item, true)));
  } else {
    fill(content, items.length ? h('ul', { class: 'appointment-list' }, items.map((item) => h('li', {}, entry(item))))
      : h('p', { class: 'empty' }, 'No appointments in this range.'));
  }
  if (page.hasMore) content.append(h('p', { class: 'hint' }, `Showing the first ${items.length} of ${page.total}.`));
  return followLocks(content, items);
}

/** The list shows everything unless filtered; the week shows the week the `week` parameter names. */
function chosenRange(mode, params) {
  if (mode === 'week') {
    const monday = mondayOf(params.get('week') ? new Date(params.get('week') + 'T00:00') : new Date());
    return { monday, from: monday.toISOString(), to: addDays(monday, 7).toISOString() };
  }
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return null;
  return { from: new Date(from + 'T00:00').toISOString(), to: addDays(new Date(to + 'T00:00'), 1).toISOString() };
}

function toolbar(mode, params, range) {
  const switcher = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Show as' },
    h('a', { href: '#/appointments', 'aria-current': mode === 'list' ? 'page' : null }, 'List'),
    h('a', { href: '#/appointments?view=week', 'aria-current': mode === 'week' ? 'page' : null }, 'Week'));
  if (mode === 'week') {
    const week = (days) => `#/appointments?view=week&week=${isoDate(addDays(range.monday, days))}`;
    return h('div', { class: 'toolbar' }, switcher,
      h('a', { class: 'button secondary', href: week(-7), 'aria-label': 'Previous week' }, '←'),
      h('span', { class: 'week-label' }, `Week of ${range.monday.toLocaleDateString()}`),
      h('a', { class: 'button secondary', href: week(7), 'aria-label': 'Next week' }, '→'));
  }
  const filter = h('form', { class: 'range-filter' },
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    h('button', { type: 'submit', class: 'secondary' }, 'Filter'),
    params.get('from') ? h('a', { href: '#/appointments' }, 'Clear') : null);
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const { from, to } = filter.elements;
    if (!from.value || !to.value) {
      (from.value ? to : from).setCustomValidity('Choose both dates');
      (from.value ? to : from).reportValidity();
      return;
    }
    location.hash = `#/appointments?from=${from.value}&to=${to.value}`;
  });
  filter.addEventListener('input', (event) => event.target.setCustomValidity(''));
  return h('div', { class: 'toolbar' }, switcher, filter);
}

/** One appointment as a link; in the week the day is already the column, so it shows times only. */
function entry(item, timesOnly = false) {
  const when = timesOnly ? `${formatTime(item.startDate)} – ${formatTime(item.endDate)}`
    : `${formatDateTime(item.startDate)} – ${formatTime(item.endDate)}`;
  return h('a', { class: 'appointment', href: `#/appointments/${item.id}`, dataset: { appointmentId: item.id } },
    h('span', { class: 'title' }, item.title),
    h('span', { class: 'when' }, when),
    item.location ? h('span', { class: 'where' }, item.location) : null,
    h('span', { class: 'lock-slot' }, h('span', { class: 'badge unknown' }, '…')),
    item.status !== 'scheduled' ? h('span', { class: `status ${item.status}` }, item.status) : null);
}

/** Keeps each badge current; a deleted appointment disappears from the page. */
function followLocks(content, items) {
  const stops = items.map((item) => watchLock(item.id,
    (lock) => content.querySelectorAll(`[data-appointment-id="${item.id}"] .lock-slot`)
      .forEach((slot) => fill(slot, lockBadge(lock))),
    (frame) => {
      if (frame.type === 'appointment-deleted') {
        content.querySelectorAll(`[data-appointment-id="${item.id}"]`).forEach((link) => link.remove());
      }
    }));
  return () => stops.forEach((stop) => stop());
}
