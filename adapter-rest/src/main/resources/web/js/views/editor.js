// One appointment: read-only for everyone, editable by whoever holds its lock. Shows who else is here
// and where their pointers are, counts the lock down by the server's clock, and gives the lock up on
// Save, Cancel, leaving the page and closing the tab.
import { appointments, locks } from '../api.js';
import { h, fill, formatTime } from '../dom.js';
import { isMine } from '../badges.js';
import { millisUntil } from '../clock.js';
import { connectionState, onConnectionState } from '../live.js';
import { watchLock } from '../lock-watch.js';
import { LockSession, takeHandedLock } from '../lock-session.js';
import { currentUser } from '../session.js';
import { confirmAction, errorBox, toast } from '../notify.js';
import { describe } from '../problems.js';
import { clearOnChange } from '../field-errors.js';
import { appointmentFields, appointmentBody, formIsReady, formValues, inputValues, showAppointment, showRefusal,
  showValues } from './appointment-form.js';
import { shareCursors } from './cursors.js';
import { mergedValues, stalePanel } from './stale-save.js';
import { lockPanel } from './lock-panel.js';
import { keptCopy, lostReason } from './lost-lock.js';
import { isMyRequest, promptHolder, requestControl, requestOf } from './control.js';

const LOCK_FRAMES = new Set(['lock-acquired', 'lock-renewed', 'lock-released', 'admin-takeover', 'control-granted']);

export async function editorView(main, { id }) {
  const page = new Editor(id, await appointments.read(id));
  fill(main, page.root);
  return page.start();
}

/** The lock a frame announces as ended: the released one, or the one an admin took over. */
function endedLock(frame) {
  if (frame.type === 'lock-released') return frame.lock ?? null;
  if (frame.type === 'admin-takeover') return frame.previous ?? null;
  return null;
}

class Editor {
  constructor(id, appointment) {
    this.id = id;
    this.read = appointment; // the version edits are based on, sent as If-Match
    this.lock = null;
    this.editing = false;
    this.keepTyped = false; // after losing the lock, the form keeps what was typed until reloaded
    // Only an answer to this tab's request for control opens the form by itself (or a lock this tab was
    // just handed, see takeHandedLock): a lock this user holds in another tab stays that tab's.
    this.enterWhenMine = false;
    this.lastLockFrame = null;
    this.requestPending = false;
    this.deleting = false;
    this.unanswered = new Map(); // request id -> the timer that drops it when it lapses
    this.session = new LockSession(id, {
      onRenewed: (lock) => this.setLock(lock),
      onHeartbeatTrouble: (error) => this.heartbeatTrouble(error),
      onLost: (error) => this.lose(describe(error)),
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
    // The form has no submit button of its own (Save sits with the lock state), so Enter would do nothing.
    this.form.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing || event.target.tagName !== 'INPUT') return;
      event.preventDefault();
      this.form.requestSubmit();
    });
    clearOnChange(this.form);
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
    // Back on the live channel, the server is probably back too: renew now rather than at the next beat.
    let wasLive = connectionState() === 'live';
    this.stopFollowingConnection = onConnectionState((state) => {
      if (state === 'live' && !wasLive && this.session.held) this.session.heartbeat();
      wasLive = state === 'live';
    });
    return () => this.leave();
  }

  async leave() {
    this.stopWatching();
    this.stopFollowingConnection();
    this.cursors.stop();
    this.dropUnanswered();
    this.editing = false;
    await this.session.release();
  }

  setLock(lock) {
    this.lock = lock;
    const stillOurs = isMine(lock) && lock.fencingToken && lock.fencingToken === this.session.lock?.fencingToken;
    if (this.editing && !stillOurs) {
      this.lose(lostReason(this.lastLockFrame, lock));
    } else if (this.editing) {
      this.session.update(lock);
    } else if (isMine(lock) && lock.fencingToken && (this.enterWhenMine || takeHandedLock(lock))) {
      this.startEditing(lock);
    }
    if (!this.requestPending) this.enterWhenMine = false;
    this.drawPanel();
  }

  onFrame(frame) {
    if (LOCK_FRAMES.has(frame.type)) this.lastLockFrame = frame;
    // The frame that ends this tab's lock says why; the form turns read-only at once.
    const ended = endedLock(frame);
    if (this.editing && ended?.fencingToken && ended.fencingToken === this.session.lock?.fencingToken) {
      this.lose(lostReason(frame, null));
    }
    if (frame.type === 'subscribed' || frame.type === 'presence') this.showViewers(frame.watchers ?? []);
    else if (frame.type === 'cursor-update') this.cursors.show(frame);
    else if (frame.type === 'appointment-updated') this.changedElsewhere(frame);
    else if (frame.type === 'appointment-deleted') this.deletedElsewhere(frame);
    else if (frame.type === 'control-requested' && this.editing) this.answerRequest(frame);
    else if (frame.type === 'control-granted' || frame.type === 'control-denied') this.requestAnswered(frame);
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
    this.dropUnanswered();
  }

  async save() {
    if (!this.editing || !formIsReady(this.form, this.errors)) return;
    try {
      const saved = await appointments.update(this.id, appointmentBody(this.form, this.read), this.read.version,
        this.session.lock.fencingToken);
      this.stopEditing();
      await this.session.release();
      this.showRead(saved);
      fill(this.notices);
      toast(`Saved version ${saved.version}`, 'success');
      this.drawPanel();
    } catch (error) {
      if (error.status === 412) await this.showStale();
      else if (error.status === 423) this.session.lose(error);
      else showRefusal(this.form, this.errors, error);
    }
  }

  async showStale() {
    const latest = await appointments.read(this.id);
    const opened = inputValues(this.read);
    fill(this.notices, stalePanel(this.read, latest, formValues(this.form), {
      reload: () => {
        this.showRead(latest);
        fill(this.notices);
      },
      // Three-way: only what this user changed since opening goes on top of the latest version.
      overwrite: () => {
        const merged = mergedValues(opened, formValues(this.form), inputValues(latest));
        this.read = latest;
        fill(this.notices);
        showValues(this.form, merged);
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
    this.deleting = true; // the frames this delete causes are not news to this tab
    try {
      await appointments.remove(this.id, this.read.version, this.session.lock.fencingToken);
      this.session.forget();
      this.editing = false;
      toast(`Deleted “${this.read.title}”`, 'success');
      location.hash = '#/appointments';
    } catch (error) {
      this.deleting = false;
      fill(this.errors, errorBox(error));
    }
  }

  /** The form turns read-only but keeps what was typed, and offers it as a copy. */
  lose(reason) {
    if (!this.editing || this.deleting) return;
    this.session.forget();
    this.stopEditing();
    this.keepTyped = true;
    fill(this.notices, keptCopy(reason, formValues(this.form)));
    this.drawPanel();
  }

  heartbeatTrouble(error) {
    this.warning.hidden = !error;
    this.warning.textContent = error ? `Your lock could not be renewed: ${describe(error)} It is retried `
      + 'shortly; save soon or copy your changes.' : '';
  }

  showRead(appointment) {
    this.read = appointment;
    this.keepTyped = false;
    this.title.textContent = appointment.title;
    showAppointment(this.form, appointment);
  }

  changedElsewhere(frame) {
    if (this.editing || this.keepTyped) return;
    const changed = frame.appointment;
    if (changed && changed.version > this.read.version) this.showRead(changed);
  }

  deletedElsewhere(frame) {
    if (this.deleting) return; // this tab deleted it and says so itself
    this.session.forget();
    this.stopEditing();
    const who = frame.by?.id === currentUser()?.id ? 'You deleted' : `${frame.by?.name ?? 'Someone'} deleted`;
    toast(`${who} “${this.read.title}”`, 'warning');
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

  requestAnswered(frame) {
    this.dropUnanswered(requestOf(frame).id);
    if (!isMyRequest(frame)) return;
    this.requestPending = false;
    if (frame.type === 'control-denied') this.enterWhenMine = false;
    const holder = requestOf(frame).holder?.name ?? this.lock?.holder?.name ?? 'The holder';
    this.notice('control-outcome', `${holder} ${frame.type === 'control-granted' ? 'granted you' : 'kept'} control.`);
    this.drawPanel();
  }

  /** The holder's Grant / Deny prompt. Dismissed, the request waits beside the form to be answered. */
  async answerRequest(frame) {
    const { id: requestId, requester } = requestOf(frame);
    this.dropUnanswered(requestId);
    const answer = await promptHolder(frame);
    if (!this.editing) return;
    if (answer === null) {
      this.offerAnswer(frame);
      return;
    }
    if (answer !== 'grant') {
      await this.tell(() => locks.deny(this.id, requestId), `You kept control; ${requester?.name} was told.`);
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

  /** A request whose prompt was dismissed: a notice that opens the prompt again until it lapses. */
  offerAnswer(frame) {
    const { id: requestId, requester, lapsesAt } = requestOf(frame);
    const name = requester?.name ?? 'Someone';
    const until = lapsesAt ? ` until ${formatTime(lapsesAt)}` : '';
    const notice = h('div', { class: 'notice info unanswered-request', role: 'status', dataset: { requestId } },
      h('p', {}, `${name} is waiting for your answer${until}; without one the request lapses.`),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary answer-request',
        onclick: () => this.answerRequest(frame) }, `Answer ${name}'s request`)));
    this.notices.prepend(notice);
    const timer = setTimeout(() => this.dropUnanswered(requestId), lapsesAt ? millisUntil(lapsesAt) : 60_000);
    this.unanswered.set(requestId, timer);
  }

  /** Forgets one unanswered request (answered or lapsed), or all of them. */
  dropUnanswered(requestId) {
    const ids = requestId ? [requestId] : [...this.unanswered.keys()];
    ids.forEach((id) => {
      clearTimeout(this.unanswered.get(id));
      this.unanswered.delete(id);
      this.notices.querySelector(`.unanswered-request[data-request-id="${id}"]`)?.remove();
    });
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
