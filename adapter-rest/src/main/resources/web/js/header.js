// The top bar: navigation, who is signed in with their role, and the live channel's state.
import { onConnectionState } from './live.js';

const STATE_TEXT = { offline: 'offline', connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…' };

export function showHeader(session) {
  document.querySelector('.main-nav').hidden = !session;
  document.querySelector('.who').hidden = !session;
  // Signed out, nothing of the previous user stays in the page, even hidden.
  document.querySelector('.user-name').textContent = session?.user.name ?? '';
  const role = document.querySelector('.role-badge');
  role.textContent = session?.user.role ?? '';
  role.dataset.role = session?.user.role ?? '';
  document.querySelectorAll('[data-admin-only]').forEach((item) => {
    item.hidden = session?.user.role !== 'admin';
  });
}

onConnectionState((state) => {
  const badge = document.querySelector('.connection');
  badge.dataset.state = state;
  badge.textContent = STATE_TEXT[state] ?? state;
});
