// Starts the UI: the header, the live channel and a hash router. Each view is a function that draws
// into <main> and returns its clean-up, which runs before the next view is drawn, so leaving the editor
// releases its lock like Cancel does.
import { connect, disconnect } from './live.js';
import { currentSession, endSession, onSessionChange } from './session.js';
import { showHeader } from './header.js';
import { errorBox } from './notify.js';
import { fill } from './dom.js';
import { signInView, signUpView } from './views/sign-in.js';
import { appointmentsView } from './views/appointments.js';
import { newAppointmentView } from './views/new-appointment.js';
import { editorView } from './views/editor.js';
import { historyView } from './views/history.js';
import { adminView } from './views/admin.js';

const PUBLIC = ['signin', 'signup'];

const routes = [
  [/^signin$/, signInView],
  [/^signup$/, signUpView],
  [/^appointments$/, appointmentsView],
  [/^appointments\/new$/, newAppointmentView],
  [/^appointments\/([0-9a-f-]{36})$/, editorView],
  [/^history$/, historyView],
  [/^history\/([0-9a-f-]{36})$/, historyView],
  [/^admin$/, adminView],
];

let cleanUp = null;
let drawing = 0;

/** "#/appointments?view=week" → { path: "appointments", params: URLSearchParams } */
function currentRoute() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { path: path || 'appointments', params: new URLSearchParams(search) };
}

async function draw() {
  const turn = ++drawing;
  const { path, params } = currentRoute();
  if (!currentSession() && !PUBLIC.includes(path)) {
    location.hash = '#/signin';
    return;
  }
  if (cleanUp) {
    const leaving = cleanUp;
    cleanUp = null;
    await leaving();
  }
  const main = document.getElementById('main');
  const match = routes.map(([pattern, view]) => [path.match(pattern), view]).find(([found]) => found);
  document.querySelectorAll('[data-nav]').forEach((link) =>
    link.toggleAttribute('aria-current', path.startsWith(link.dataset.nav)));
  if (!match) {
    fill(main, errorBox(new Error(`There is no page "${path}" here.`)));
    return;
  }
  const [found, view] = match;
  try {
    const done = await view(main, { id: found[1], params });
    if (turn === drawing) cleanUp = done ?? null;
    else if (done) await done();
  } catch (error) {
    fill(main, errorBox(error));
  }
}

onSessionChange((session) => {
  showHeader(session);
  if (session) {
    connect();
  } else {
    disconnect();
    location.hash = '#/signin';
  }
});

// The open view cleans up (releasing a held lock) while the token still works, then the session ends.
document.querySelector('.sign-out').addEventListener('click', async () => {
  drawing++;
  if (cleanUp) {
    const leaving = cleanUp;
    cleanUp = null;
    await leaving();
  }
  endSession();
});

window.addEventListener('hashchange', draw);
showHeader(currentSession());
if (currentSession()) connect();
draw();
