// The live channel (/ws): one WebSocket per tab that signs in with the session's token, keeps the
// appointments the open views watch subscribed, and reconnects by itself, resubscribing each of them.
import { observeServerNow } from './clock.js';
import { currentSession, endSession } from './session.js';

const PING_EVERY_MILLIS = 20_000;
const CURSOR_EVERY_MILLIS = 60; // the server keeps at most one per 50 ms; stay a little under that
const RETRY_DELAYS_MILLIS = [500, 1000, 2000, 4000, 8000];
const BAD_TOKEN = 4401;
// These carry the serving node's clock rather than the store's, which is the one locks expire by.
const NODE_CLOCK_FRAMES = new Set(['authenticated', 'presence', 'cursor-update', 'pong']);

let socket = null;
let state = 'offline';
let attempts = 0;
let retryTimer = null;
let pingTimer = null;
let wanted = false;
const watched = new Map(); // appointmentId -> { views: Set of {handler, presence}, shown: boolean | null }
const stateListeners = new Set();
const frameListeners = new Set();
const lastCursorSent = new Map();

export function connectionState() {
  return state;
}

/** Calls `listener(state)` now and on every change: offline, connecting, live or reconnecting. */
export function onConnectionState(listener) {
  stateListeners.add(listener);
  listener(state);
  return () => stateListeners.delete(listener);
}

/** Every frame the server sends, for views that care about more than one appointment. */
export function onFrame(listener) {
  frameListeners.add(listener);
  return () => frameListeners.delete(listener);
}

function setState(next) {
  state = next;
  stateListeners.forEach((listener) => listener(next));
}

export function connect() {
  wanted = true;
  if (socket) return;
  open();
}

export function disconnect() {
  wanted = false;
  clearTimeout(retryTimer);
  clearInterval(pingTimer);
  if (socket) socket.close(1000, 'signed out');
  socket = null;
  setState('offline');
}

function open() {
  const token = currentSession()?.token;
  if (!token) return;
  setState(attempts === 0 ? 'connecting' : 'reconnecting');
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const opened = new WebSocket(`${scheme}://${location.host}/ws`);
  socket = opened;
  opened.addEventListener('open', () => opened.send(JSON.stringify({ type: 'auth', token })));
  opened.addEventListener('message', (message) => receive(opened, message));
  opened.addEventListener('close', (closed) => lost(opened, closed.code));
}

function receive(from, message) {
  let frame;
  try {
    frame = JSON.parse(message.data);
  } catch {
    return;
  }
  if (!NODE_CLOCK_FRAMES.has(frame.type)) observeServerNow(frame.serverNow);
  if (frame.type === 'authenticated') {
    attempts = 0;
    setState('live');
    clearInterval(pingTimer);
    pingTimer = setInterval(() => send({ type: 'ping' }), PING_EVERY_MILLIS);
    // Whatever happened while we were away, subscribing again answers with the current state first.
    watched.forEach((entry, appointmentId) => send(subscribeFrame(appointmentId, entry.shown)));
  }
  frameListeners.forEach((listener) => listener(frame));
  const entry = frame.appointmentId && watched.get(frame.appointmentId);
  if (entry) [...entry.views].forEach((view) => view.handler(frame));
}

function lost(which, code) {
  if (which !== socket) return;
  socket = null;
  clearInterval(pingTimer);
  if (code === BAD_TOKEN) {
    endSession();
    return;
  }
  if (!wanted) return;
  setState('reconnecting');
  const delay = RETRY_DELAYS_MILLIS[Math.min(attempts, RETRY_DELAYS_MILLIS.length - 1)];
  attempts += 1;
  retryTimer = setTimeout(open, delay);
}

function send(frame) {
  if (socket && socket.readyState === WebSocket.OPEN && state === 'live') {
    socket.send(JSON.stringify(frame));
    return true;
  }
  return false;
}

/**
 * Receives every frame about one appointment until the returned function is called. The first watcher
 * subscribes and the last one to leave unsubscribes, so two views may watch the same appointment.
 *
 * With `presence: false` the watcher only follows the appointment's events: this user is not listed as
 * viewing it and shares no cursor there. The connection has one subscription per appointment, so it
 * counts as viewing while any of its watchers does, and subscribes again whenever that changes.
 */
export function watch(appointmentId, handler, { presence = true } = {}) {
  let entry = watched.get(appointmentId);
  if (!entry) {
    entry = { views: new Set(), shown: null };
    watched.set(appointmentId, entry);
  }
  const view = { handler, presence };
  entry.views.add(view);
  subscribeAsNeeded(appointmentId, entry);
  return () => {
    if (!entry.views.delete(view) || watched.get(appointmentId) !== entry) return;
    if (entry.views.size > 0) {
      subscribeAsNeeded(appointmentId, entry);
      return;
    }
    watched.delete(appointmentId);
    send({ type: 'unsubscribe', appointmentId });
  };
}

function subscribeAsNeeded(appointmentId, entry) {
  const shown = [...entry.views].some((view) => view.presence);
  if (shown === entry.shown) return;
  entry.shown = shown;
  send(subscribeFrame(appointmentId, shown));
}

// Viewing is the protocol's default, so a viewer's frame leaves the field out.
function subscribeFrame(appointmentId, shown) {
  return shown ? { type: 'subscribe', appointmentId } : { type: 'subscribe', appointmentId, presence: false };
}

/** Shares where the pointer is over the editor, as fractions 0..1 of its box; extra moves are dropped. */
export function sendCursor(appointmentId, x, y) {
  const now = Date.now();
  if (now - (lastCursorSent.get(appointmentId) ?? 0) < CURSOR_EVERY_MILLIS) return;
  lastCursorSent.set(appointmentId, now);
  send({ type: 'cursor-position', appointmentId, x, y });
}
