// A week as seven day columns, Monday first. On a narrow screen the days stack, so nothing needs a
// horizontal scroll at 360 px.
import { h } from '../dom.js';

const DAY_MILLIS = 86_400_000;

export function mondayOf(date) {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const sinceMonday = (day.getDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

export function addDays(date, days) {
  const moved = new Date(date);
  moved.setDate(moved.getDate() + days);
  return moved;
}

/** "2026-11-30" for a local date, as a date input and the week parameter write it. */
export function isoDate(date) {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${String(date.getDate()).padStart(2, '0')}`;
}

/** `entry(item)` draws one appointment; an appointment spanning days shows on each of them. */
export function weekCalendar(monday, items, entry) {
  const today = isoDate(new Date());
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  return h('div', { class: 'week' }, days.map((day) => {
    const start = day.getTime();
    const onDay = items.filter((item) =>
      Date.parse(item.startDate) < start + DAY_MILLIS && Date.parse(item.endDate) > start);
    return h('section', { class: 'day', 'aria-label': day.toDateString(), dataset: { today: isoDate(day) === today } },
      h('h2', {}, day.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })),
      onDay.length ? onDay.map(entry) : h('p', { class: 'empty' }, '—'));
  }));
}
