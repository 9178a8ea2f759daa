// One appointment: read-only for everyone, editable by whoever holds its lock. Shows who else is here
// and where their pointers are, counts the lock down by the server's clock, and gives the lock up on
// Save, Cancel, leaving the page and closing the tab.
import { appointments, locks } from '../api.js';
import { h, fill } from '../dom.js';
import { isMine } from '../badges.js';
import { watchLock } from '../lock-watch.js';
import { LockSession } from '../lock-session.js';
import { currentUser } from '../session.js';
import { confirmAction, errorBox, toast } from '../notify.js';
import { appointmentFields, appointmentBody, formValues, showAppointment } from './appointment-form.js';
import { shareCursors } from './cursors.js';
import { stalePanel } from './stale-save.js';
import { lockPanel } from './lock-panel.js';
import { keptCopy, lostReason } from './lost-lock.js';
import { isMyRequest, promptHolder, requestControl, requestOf } from './control.js';

export async function editorView(main, { id }) {
  const page = new Editor(id, await appointments.read(id));
  fill(main, page.root);
  return page.start();
}

class Editor {
  constructor(id, appointment) {
    this.id = id;
    this.read = appointment; // the version edits are based on, sent as If-Match
    this.lock = null;
    this.editing = false;
    this.keepTyped = false; // after losing the lock, the form keeps what was typed until reloaded
    this.enterWhenMine = true; // on arrival, and after asking for control, a lock that is ours opens the form
    this.lastFrame = null;
    this.requestPending = false;
    this.session = new LockSession(id, {
      onRenewed: (lock) => this.setLock(lock),
      onHeartbeatTrouble: (error) => this.heartbeatTrouble(error),
      onLost: (error) => this.lose(error.message),
    });
    this.build();
  }

  build() {
    this.title = h('h1', {}, this.read.title);
    this.panel = h('section', { class: 'lock-panel', 'aria-live': 'polite', 'aria-label': 'Edit lock' });
    this.warning = h('p', { class: 'notice warning heartbeat-warning', role: 'alert', hidden: true });
    this.notices = h('div', { class: 'notices' });
    this.errors = h('div', { class: 'error-slot' });
    this.fieldset = h('fieldset', { class: 'fields', disabled: true }, appointmentFields());
    this.form = h('form', { class: 'appointment-form', novalidate: true, 'aria-label': 'Appointment' }, this.fieldset);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.surface = h('div', { class: 'editor-surface card' }, this.form);
    this.viewers = h('ul', { class: 'viewer-list' });
    this.root = h('div', { class: 'editor', dataset: { appointmentId: this.id } },
      h('div', { class: 'page-head' }, h('a', { href: '#/appointments' }, '← Appointments'), this.title,
        h('a', { href: `#/history/${this.id}` }, 'History')),
      this.panel, this.warning, this.notices, this.errors,
      h('div', { class: 'editor-body' }, this.surface,
        h('aside', { class: 'viewers card', 'aria-label': 'Viewing now' }, h('h2', {}, 'Viewing now'), this.viewers)));
    showAppointment(this.form, this.read);
    fill(this.viewers, h('li', { class: 'empty' }, 'Shown once the live channel connects.'));
    this.drawPanel();
  }

  start() {
    this.cursors = shareCursors(this.id, this.surface);
    this.stopWatching = watchLock(this.id, (lock) => this.setLock(lock), (frame) => this.onFrame(frame));
    return () => this.leave();
  }

  async leave() {
    this.stopWatching();
    this.cursors.stop();
    this.editing = false;
    await this.session.release();
  }

  setLock(lock) {
    this.lock = lock;
    if (this.editing && !isMine(lock)) {
      this.lose(lostReason(this.lastFrame, lock));
    } else if (this.editing && lock?.fencingToken) {
      this.session.lock = lock;
    } else if (!this.editing && isMine(lock) && lock.fencingToken && this.enterWhenMine) {
      this.startEditing(lock);
    }
    // Only the first answer after arriving, or the answers while a request for control is open, may open
    // the form by themselves; a lock this user takes in another tab stays that tab's.
    if (!this.requestPending) this.enterWhenMine = false;
    this.drawPanel();
  }

  onFrame(frame) {
    this.lastFrame = frame;
    if (frame.type === 'subscribed' || frame.type === 'presence') this.showViewers(frame.watchers ?? []);
    else if (frame.type === 'cursor-update') this.cursors.show(frame);
    else if (frame.type === 'appointment-updated') this.changedElsewhere();
    else if (frame.type === 'appointment-deleted') this.deletedElsewhere();
    else if (frame.type === 'control-requested' && this.editing) this.answerRequest(frame);
    else if (frame.type === 'control-granted' && isMyRequest(frame)) this.outcome('granted you control', frame);
    else if (frame.type === 'control-denied' && isMyRequest(frame)) this.outcome('kept control', frame);
  }

  drawPanel() {
    fill(this.panel, lockPanel({
      lock: this.lock,
      editing: this.editing,
      onEdit: () => this.edit(),
      onCancel: () => this.cancel(),
      onDelete: () => this.remove(),
      onRequestControl: () => this.askForControl(),
      requestPending: this.requestPending,
    }));
  }

  async edit() {
    fill(this.errors);
    try {
      this.startEditing(await this.session.acquire());
      this.drawPanel();
    } catch (error) {
      fill(this.errors, errorBox(error));
    }
  }

  startEditing(lock) {
    if (!this.session.held) this.session.hold(lock);
    this.lock = lock;
    this.editing = true;
    this.enterWhenMine = false;
    this.fieldset.disabled = false;
    this.form.elements.title.focus();
  }

  stopEditing() {
    this.editing = false;
    this.fieldset.disabled = true;
    this.warning.hidden = true;
  }

  async save() {
    if (!this.editing) return;
    fill(this.errors);
    try {
      const saved = await appointments.update(this.id, appointmentBody(this.form), this.read.version,
        this.session.lock.fencingToken);
      this.stopEditing();
      await this.session.release();
      this.showRead(saved);
      fill(this.notices);
      toast(`Saved version ${saved.version}`, 'success');
    } catch (error) {
      if (error.status === 412) await this.showStale();
      else if (error.status === 423) this.session.lose(error);
      else fill(this.errors, errorBox(error));
    }
  }

  async showStale() {
    const latest = await appointments.read(this.id);
    fill(this.notices, stalePanel(this.read, latest, formValues(this.form), {
      reload: () => {
        this.showRead(latest);
        fill(this.notices);
      },
      overwrite: () => {
        this.read = latest;
        fill(this.notices);
        this.save();
      },
    }));
    this.notices.querySelector('button').focus();
  }

  async cancel() {
    this.stopEditing();
    await this.session.release();
    this.showRead(this.read);
    fill(this.notices);
    this.drawPanel();
  }

  async remove() {
    if (!await confirmAction('Delete appointment', `Delete “${this.read.title}” for everyone?`, 'Delete')) return;
    try {
      await appointments.remove(this.id, this.read.version, this.session.lock.fencingToken);
      this.session.forget();
      this.editing = false;
      toast(`Deleted “${this.read.title}”`, 'success');
      location.hash = '#/appointments';
    } catch (error) {
      fill(this.errors, errorBox(error));
    }
  }

  /** The form turns read-only but keeps what was typed, and offers it as a copy. */
  lose(reason) {
    if (!this.editing) return;
    this.session.forget();
    this.stopEditing();
    this.keepTyped = true;
    fill(this.notices, keptCopy(reason, formValues(this.form)));
    this.drawPanel();
  }

  heartbeatTrouble(error) {
    this.warning.hidden = !error;
    this.warning.textContent = error ? `Your lock could not be renewed: ${error.message} It is retried shortly; `
      + 'save soon or copy your changes.' : '';
  }

  showRead(appointment) {
    this.read = appointment;
    this.keepTyped = false;
    this.title.textContent = appointment.title;
    showAppointment(this.form, appointment);
  }

  async changedElsewhere() {
    if (this.editing || this.keepTyped) return;
    this.showRead(await appointments.read(this.id));
  }

  deletedElsewhere() {
    this.session.forget();
    this.stopEditing();
    toast(`“${this.read.title}” was deleted`, 'warning');
    location.hash = '#/appointments';
  }

  showViewers(watchers) {
    this.cursors.keepOnly(watchers);
    fill(this.viewers, watchers.length ? watchers.map((watcher) => h('li', { dataset: { userId: watcher.id } },
      watcher.name, watcher.id === currentUser()?.id ? ' (you)' : '')) : h('li', { class: 'empty' }, 'Nobody'));
  }

  async askForControl() {
    fill(this.errors);
    try {
      const request = await requestControl(this.id);
      this.requestPending = true;
      this.enterWhenMine = true;
      const holder = this.lock?.holder?.name ?? 'the holder';
      this.notice('control-outcome', `Asked ${holder} for control; waiting for an answer.`);
      const waits = Date.parse(request.lapsesAt) - Date.parse(request.requestedAt);
      setTimeout(() => this.requestLapsed(), Math.max(0, waits));
    } catch (error) {
      fill(this.errors, errorBox(error));
    }
    this.drawPanel();
  }

  requestLapsed() {
    if (!this.requestPending) return;
    this.requestPending = false;
    this.enterWhenMine = false;
    this.notice('control-outcome', 'Your request for control lapsed without an answer.');
    this.drawPanel();
  }

  outcome(words, frame) {
    this.requestPending = false;
    if (frame.type === 'control-denied') this.enterWhenMine = false;
    const holder = requestOf(frame).holder?.name ?? this.lock?.holder?.name ?? 'The holder';
    this.notice('control-outcome', `${holder} ${words}.`);
    this.drawPanel();
  }

  async answerRequest(frame) {
    const { id: requestId, requester } = requestOf(frame);
    const answer = await promptHolder(frame);
    if (answer !== 'grant') {
      const told = `You kept control; ${requester?.name} was told.`;
      if (answer === 'deny') await this.tell(() => locks.deny(this.id, requestId), told);
      return;
    }
    const lock = this.session.lock;
    const typed = formValues(this.form);
    this.session.forget();
    this.stopEditing();
    const handed = `You handed control to ${requester?.name}.`;
    const granted = await this.tell(() => locks.approve(this.id, requestId), handed);
    if (granted) {
      // The outcome notice stays; the copy of what was typed goes below it, replacing an older copy.
      this.notices.querySelectorAll('.lost-lock').forEach((old) => old.remove());
      this.notices.append(keptCopy('Your unsaved changes are kept.', typed));
      this.keepTyped = true;
    } else if (lock) {
      this.startEditing(lock);
    }
    this.drawPanel();
  }

  async tell(call, words) {
    try {
      await call();
      this.notice('control-outcome', words);
      return true;
    } catch (error) {
      fill(this.errors, errorBox(error));
      return false;
    }
  }

  notice(kind, text) {
    this.notices.querySelectorAll(`.${kind}`).forEach((old) => old.remove());
    this.notices.prepend(h('p', { class: `notice info ${kind}`, role: 'status' }, text));
  }
}
