// Admins: every live lock, with force-release and take-over, each confirmed and given a reason.
import { appointments, locks } from '../api.js';
import { h, fill, formatDateTime } from '../dom.js';
import { countdown } from '../badges.js';
import { ask, errorBox, toast } from '../notify.js';
import { isAdmin } from '../session.js';

const REFRESH_MILLIS = 5000;

export async function adminView(main) {
  if (!isAdmin()) {
    fill(main, errorBox(new Error('Only admins see the live locks.')));
    return null;
  }
  const table = h('div', { class: 'live-locks', 'aria-live': 'polite' });
  fill(main, h('div', { class: 'page-head' }, h('h1', {}, 'Live locks')),
    h('p', { class: 'hint' },
      'Every lock held right now. Force-release ends it; take over ends it and gives it to you.'),
    table);
  const titles = new Map();
  const draw = async () => {
    try {
      const page = await locks.live({ limit: 100 });
      await learnTitles(page.items, titles);
      const none = h('p', { class: 'empty' }, 'No live locks.');
      fill(table, page.items.length ? lockTable(page.items, titles, draw) : none);
    } catch (error) {
      fill(table, errorBox(error));
    }
  };
  await draw();
  // Admins watch no appointment here, so the page reads the locks again every few seconds.
  const timer = setInterval(draw, REFRESH_MILLIS);
  return () => clearInterval(timer);
}

async function learnTitles(items, titles) {
  await Promise.all(items.filter((lock) => !titles.has(lock.appointmentId)).map(async (lock) => {
    try {
      titles.set(lock.appointmentId, (await appointments.read(lock.appointmentId)).title);
    } catch {
      titles.set(lock.appointmentId, lock.appointmentId);
    }
  }));
}

function lockTable(items, titles, redraw) {
  return h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, ['Appointment', 'Holder', 'Since', 'Ends in', 'Actions'].map((name) =>
      h('th', { scope: 'col' }, name)))),
    h('tbody', {}, items.map((lock) => h('tr', { dataset: { appointmentId: lock.appointmentId } },
      h('td', { 'data-label': 'Appointment' }, h('a', { href: `#/appointments/${lock.appointmentId}` },
        titles.get(lock.appointmentId))),
      h('td', { 'data-label': 'Holder' }, `${lock.holder.name} (${lock.holder.email})`),
      h('td', { 'data-label': 'Since' }, formatDateTime(lock.acquiredAt)),
      h('td', { 'data-label': 'Ends in' }, countdown(lock.expiresAt)),
      h('td', { 'data-label': 'Actions', class: 'actions' },
        h('button', { type: 'button', class: 'secondary force-release',
          onclick: () => act(lock, titles, 'force-release', redraw) }, 'Force release'),
        h('button', { type: 'button', class: 'danger take-over',
          onclick: () => act(lock, titles, 'take-over', redraw) }, 'Take over'))))));
}

async function act(lock, titles, action, redraw) {
  const title = titles.get(lock.appointmentId);
  const takeOver = action === 'take-over';
  const answer = await ask({
    title: takeOver ? 'Take over the lock' : 'Force-release the lock',
    text: takeOver
      ? `${lock.holder.name} loses the lock on “${title}” at once and you get it. Their form turns read-only.`
      : `${lock.holder.name} loses the lock on “${title}” at once; anyone may then take it.`,
    reason: true,
    choices: [
      { label: 'Cancel', value: null },
      { label: takeOver ? 'Take over' : 'Force release', value: action, tone: 'danger' },
    ],
  });
  if (!answer) return;
  try {
    if (takeOver) {
      await locks.takeOver(lock.appointmentId, answer.reason);
      toast(`You hold the lock on “${title}” now`, 'success');
      location.hash = `#/appointments/${lock.appointmentId}`;
    } else {
      await locks.forceRelease(lock.appointmentId, answer.reason);
      toast(`Released ${lock.holder.name}'s lock on “${title}”`, 'success');
      redraw();
    }
  } catch (error) {
    toast(error.message, 'error');
  }
}
