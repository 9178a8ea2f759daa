// Admins: every live lock, with force-release and take-over, each confirmed and given a reason.
// Each listed appointment is followed over the live channel (without counting as viewing it), so a lock
// that changes or ends shows at once; the list is read again every few seconds for locks on appointments
// not followed yet. Rows are changed in place, so a keyboard user's focus stays where it was.
import { appointments, locks } from '../api.js';
import { h, fill, formatDateTime } from '../dom.js';
import { countdown } from '../badges.js';
import { watchLock } from '../lock-watch.js';
import { handOver } from '../lock-session.js';
import { ask, errorBox, toast } from '../notify.js';
import { describe } from '../problems.js';
import { isAdmin } from '../session.js';
import { rereadEvery } from '../rereading.js';

const REREAD_MILLIS = 4000;
const LIMIT = 100;
// The live channel allows 100 subscriptions a connection; appointments whose lock ended are let go first.
const MAX_FOLLOWED = 80;

export async function adminView(main) {
  if (!isAdmin()) {
    fill(main, errorBox(new Error('Only admins see the live locks.')));
    return null;
  }
  const heading = h('h1', { tabindex: -1 }, 'Live locks');
  const board = new LockBoard(heading);
  fill(main, h('div', { class: 'page-head' }, heading),
    h('p', { class: 'hint' },
      'Every lock held right now. Force-release ends it; take over ends it and gives it to you.'),
    board.root);
  await board.read();
  const stopRereading = rereadEvery(REREAD_MILLIS, () => board.read());
  return () => {
    stopRereading();
    board.stop();
  };
}

class LockBoard {
  constructor(heading) {
    this.heading = heading;
    this.locks = new Map(); // appointment id -> live lock
    this.rows = new Map(); // appointment id -> table row
    this.titles = new Map();
    this.followed = new Map(); // appointment id -> stop following
    this.stopped = false;
    this.body = h('tbody');
    this.table = h('table', { class: 'data', hidden: true },
      h('thead', {}, h('tr', {}, ['Appointment', 'Holder', 'Since', 'Ends in', 'Actions'].map((name) =>
        h('th', { scope: 'col' }, name)))),
      this.body);
    this.none = h('p', { class: 'empty' }, 'No live locks.');
    this.problem = h('div', { class: 'error-slot' });
    this.root = h('div', { class: 'live-locks', 'aria-live': 'polite' }, this.problem, this.table, this.none);
  }

  /** Adds the locks on appointments not followed yet; followed ones are kept current by their frames. */
  async read() {
    let page;
    try {
      page = await locks.live({ limit: LIMIT });
    } catch (error) {
      fill(this.problem, errorBox(error));
      return;
    }
    fill(this.problem);
    const fresh = page.items.filter((lock) => !this.followed.has(lock.appointmentId));
    await this.learnTitles(fresh);
    if (this.stopped) return;
    fresh.filter((lock) => !this.followed.has(lock.appointmentId)).forEach((lock) => {
      this.show(lock.appointmentId, lock);
      this.follow(lock.appointmentId);
    });
  }

  follow(id) {
    if (this.followed.has(id)) return;
    if (this.followed.size >= MAX_FOLLOWED) this.letGoOfEnded();
    const stop = watchLock(id, (lock) => this.show(id, lock), (frame) => {
      if (frame.type === 'appointment-deleted') this.unfollow(id);
    }, { presence: false });
    this.followed.set(id, stop);
  }

  unfollow(id) {
    this.followed.get(id)?.();
    this.followed.delete(id);
    this.show(id, null);
  }

  letGoOfEnded() {
    [...this.followed.keys()].filter((id) => !this.locks.has(id)).forEach((id) => this.unfollow(id));
  }

  async learnTitles(items) {
    await Promise.all(items.filter((lock) => !this.titles.has(lock.appointmentId)).map(async (lock) => {
      try {
        this.titles.set(lock.appointmentId, (await appointments.read(lock.appointmentId)).title);
      } catch {
        this.titles.set(lock.appointmentId, lock.appointmentId);
      }
    }));
  }

  /** Puts the appointment's lock in its row: a new row, the same row changed, or no row once it ended. */
  show(id, lock) {
    if (this.stopped) return;
    if (!lock) {
      this.locks.delete(id);
      this.removeRow(id);
    } else {
      this.locks.set(id, lock);
      const row = this.rows.get(id) ?? this.addRow(id);
      this.fillRow(row, lock);
    }
    this.table.hidden = this.rows.size === 0;
    this.none.hidden = this.rows.size > 0;
  }

  addRow(id) {
    const cell = (label) => h('td', { 'data-label': label });
    const row = h('tr', { dataset: { appointmentId: id } },
      h('td', { 'data-label': 'Appointment' }, h('a', { href: `#/appointments/${id}` }, this.titles.get(id) ?? id)),
      cell('Holder'), cell('Since'), cell('Ends in'),
      h('td', { 'data-label': 'Actions', class: 'actions' },
        h('button', { type: 'button', class: 'secondary force-release',
          onclick: () => this.act(id, 'force-release') }, 'Force release'),
        h('button', { type: 'button', class: 'danger take-over',
          onclick: () => this.act(id, 'take-over') }, 'Take over')));
    this.rows.set(id, row);
    this.body.append(row);
    return row;
  }

  /** Changes only the cells whose text differs, never the buttons, so nothing loses focus. */
  fillRow(row, lock) {
    const [, holder, since, ends] = row.cells;
    const holderText = `${lock.holder.name} (${lock.holder.email})`;
    if (holder.textContent !== holderText) holder.textContent = holderText;
    const sinceText = formatDateTime(lock.acquiredAt);
    if (since.textContent !== sinceText) since.textContent = sinceText;
    if (ends.firstChild?.dataset?.expiresAt !== lock.expiresAt) fill(ends, countdown(lock.expiresAt));
  }

  /** A row that goes while focus is in it hands focus to the same button a row further, or the heading. */
  removeRow(id) {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    const focused = row.contains(document.activeElement) ? document.activeElement : null;
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    if (!focused) return;
    const same = focused.className && next?.querySelector(`button.${focused.className.split(' ').pop()}`);
    (same ?? this.heading).focus();
  }

  async act(id, action) {
    const lock = this.locks.get(id);
    if (!lock) return;
    const title = this.titles.get(id) ?? id;
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
        const taken = await locks.takeOver(id, answer.reason);
        handOver(taken.lock);
        toast(`You hold the lock on “${title}” now`, 'success');
        location.hash = `#/appointments/${id}`;
      } else {
        await locks.forceRelease(id, answer.reason);
        toast(`Released ${lock.holder.name}'s lock on “${title}”`, 'success');
      }
    } catch (error) {
      toast(describe(error), 'error');
    }
  }

  stop() {
    this.stopped = true;
    this.followed.forEach((stop) => stop());
    this.followed.clear();
  }
}
