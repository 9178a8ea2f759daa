// The appointments page: a list or a week calendar, filtered by date range, each appointment with a
// lock badge that changes as soon as someone takes or gives up its lock. Saves and deletes elsewhere
// show at once; new appointments (which nobody can be subscribed to yet) show on the next read of the
// list, every half minute or when the window gets focus again.
import { appointments } from '../api.js';
import { h, fill, formatDateTime, formatTime } from '../dom.js';
import { lockBadge } from '../badges.js';
import { watchLock } from '../lock-watch.js';
import { errorBox } from '../notify.js';
import { rereadEvery } from '../rereading.js';
import { clearFieldErrors, clearOnChange, markField } from '../field-errors.js';
import { weekCalendar, mondayOf, addDays, isoDate } from './week.js';

const PAGE_LIMIT = 100;
const REREAD_MILLIS = 30_000;

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

  const board = new Board(content, mode, range);
  await board.read();
  const stopRereading = rereadEvery(REREAD_MILLIS, () => board.read());
  return () => {
    stopRereading();
    board.stop();
  };
}

/** The list shows everything unless filtered; the week shows the week the `week` parameter names. */
function chosenRange(mode, params) {
  if (mode === 'week') {
    const monday = mondayOf(params.get('week') ? new Date(params.get('week') + 'T00:00') : new Date());
    return { monday, from: monday.toISOString(), to: addDays(monday, 7).toISOString() };
  }
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to || from > to) return null;
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
  const filter = h('form', { class: 'range-filter', novalidate: true },
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    h('button', { type: 'submit', class: 'secondary' }, 'Filter'),
    params.get('from') ? h('a', { href: '#/appointments' }, 'Clear') : null);
  clearOnChange(filter);
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(filter);
    const { from, to } = filter.elements;
    if (!from.value) markField(from, 'Choose the first day.');
    if (!to.value) markField(to, 'Choose the last day.');
    if (from.value && to.value && from.value > to.value) markField(to, 'The last day cannot be before the first.');
    const wrong = filter.querySelector('[aria-invalid]');
    if (wrong) {
      wrong.focus();
      return;
    }
    location.hash = `#/appointments?from=${from.value}&to=${to.value}`;
  });
  return h('div', { class: 'toolbar' }, switcher, filter);
}

/** One appointment as a link; in the week the day is already the column, so it shows times only. */
function entry(item, lock, timesOnly = false) {
  const when = timesOnly ? `${formatTime(item.startDate)} – ${formatTime(item.endDate)}`
    : `${formatDateTime(item.startDate)} – ${formatTime(item.endDate)}`;
  return h('a', { class: 'appointment', href: `#/appointments/${item.id}`, dataset: { appointmentId: item.id } },
    h('span', { class: 'title' }, item.title),
    h('span', { class: 'when' }, when),
    item.location ? h('span', { class: 'where' }, item.location) : null,
    h('span', { class: 'lock-slot' },
      lock === undefined ? h('span', { class: 'badge unknown' }, '…') : lockBadge(lock)),
    item.status !== 'scheduled' ? h('span', { class: `status ${item.status}` }, item.status) : null);
}

/**
 * The appointments shown, each followed over the live channel without counting as viewing it. Drawn
 * again only when what it shows changed, and with focus kept on the same appointment.
 */
class Board {
  constructor(content, mode, range) {
    this.content = content;
    this.mode = mode;
    this.range = range;
    this.items = [];
    this.more = null;
    this.locks = new Map(); // appointment id -> lock or null, once known
    this.watches = new Map(); // appointment id -> stop watching
    this.shown = null;
    this.stopped = false;
  }

  async read() {
    let page;
    try {
      page = this.range ? await appointments.inRange(this.range.from, this.range.to, { limit: PAGE_LIMIT })
        : await appointments.list({ limit: PAGE_LIMIT });
    } catch (error) {
      if (this.shown === null && !this.stopped) fill(this.content, errorBox(error));
      return;
    }
    if (this.stopped) return;
    this.items = page.items;
    this.more = page.hasMore ? `Showing the first ${page.items.length} of ${page.total}.` : null;
    this.follow();
    this.draw();
  }

  /** Watches what is shown and stops watching what is not. */
  follow() {
    const ids = new Set(this.items.map((item) => item.id));
    this.watches.forEach((stop, id) => {
      if (ids.has(id)) return;
      stop();
      this.watches.delete(id);
      this.locks.delete(id);
    });
    ids.forEach((id) => {
      if (this.watches.has(id)) return;
      this.watches.set(id, watchLock(id, (lock) => this.lockChanged(id, lock), (frame) => this.onFrame(id, frame),
        { presence: false }));
    });
  }

  onFrame(id, frame) {
    if (frame.type === 'appointment-updated' && frame.appointment) {
      const before = this.items.find((item) => item.id === id);
      this.items = this.items.map((item) => (item.id === id ? frame.appointment : item));
      // A new time may move it in the order or out of the range: the server decides, so read again.
      const moved = before && (before.startDate !== frame.appointment.startDate
        || before.endDate !== frame.appointment.endDate);
      if (moved) this.read();
      else this.draw();
    } else if (frame.type === 'appointment-deleted') {
      this.items = this.items.filter((item) => item.id !== id);
      this.follow();
      this.draw();
    }
  }

  lockChanged(id, lock) {
    this.locks.set(id, lock);
    this.content.querySelectorAll(`[data-appointment-id="${id}"] .lock-slot`)
      .forEach((slot) => fill(slot, lockBadge(lock)));
  }

  draw() {
    const shown = JSON.stringify([this.items, this.more]);
    if (shown === this.shown) return;
    this.shown = shown;
    const focused = document.activeElement?.closest?.('[data-appointment-id]')?.dataset.appointmentId;
    const withLock = (item, timesOnly) => entry(item, this.locks.get(item.id), timesOnly);
    if (this.mode === 'week') {
      fill(this.content, weekCalendar(this.range.monday, this.items, (item) => withLock(item, true)));
    } else {
      fill(this.content, this.items.length
        ? h('ul', { class: 'appointment-list' }, this.items.map((item) => h('li', {}, withLock(item, false))))
        : h('p', { class: 'empty' }, 'No appointments in this range.'));
    }
    if (this.more) this.content.append(h('p', { class: 'hint' }, this.more));
    if (focused) this.content.querySelector(`[data-appointment-id="${focused}"]`)?.focus();
  }

  stop() {
    this.stopped = true;
    this.watches.forEach((stop) => stop());
    this.watches.clear();
  }
}
