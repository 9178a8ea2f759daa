// Who is signed in in this browser. The token lives in localStorage so a reload keeps the session.

const KEY = 'syncpoint.session';
const listeners = new Set();

let current = load();

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY));
    return saved && new Date(saved.expiresAt) > new Date() ? saved : null;
  } catch {
    return null;
  }
}

export function currentSession() {
  return current;
}

export function currentUser() {
  return current?.user ?? null;
}

export function isAdmin() {
  return current?.user?.role === 'admin';
}

/** Keeps the answer of sign-in or sign-up: `{user, token, expiresAt}`. */
export function startSession(session) {
  current = session;
  localStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener(current));
}

export function endSession() {
  current = null;
  localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener(null));
}

export function onSessionChange(listener) {
  listeners.add(listener);
}
