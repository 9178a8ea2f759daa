// Asking the holder for control, and answering such a request. The frames' request may come as
// `request` (the HTTP API's shape) or as loose fields; both are read.
import { locks } from '../api.js';
import { ask } from '../notify.js';
import { currentUser } from '../session.js';

export function requestOf(frame) {
  const request = frame.request ?? {};
  return {
    id: request.id ?? frame.requestId,
    requester: request.requester ?? frame.requester ?? frame.user ?? null,
    holder: request.holder ?? frame.holder ?? null,
    lapsesAt: request.lapsesAt ?? frame.lapsesAt ?? null,
  };
}

/** Whether a control frame is about a request this user made. */
export function isMyRequest(frame) {
  return requestOf(frame).requester?.id === currentUser()?.id;
}

/** Asks the holder for the lock; answers the open request (whose `lapsesAt` says how long it waits). */
export async function requestControl(appointmentId) {
  const answer = await locks.requestControl(appointmentId);
  return answer.request;
}

/**
 * Shows the holder a Grant / Deny prompt; resolves with "grant", "deny" or null if dismissed (Escape),
 * in which case the request stays open and the editor offers to answer it later.
 */
export function promptHolder(frame) {
  const requester = requestOf(frame).requester;
  return ask({
    title: 'Request for control',
    text: `${requester?.name ?? 'Someone'} asks to edit this appointment. Grant hands them the lock now; `
      + 'save first if you want to keep your changes.',
    className: 'control-prompt',
    choices: [
      { label: 'Deny', value: 'deny', tone: 'secondary' },
      { label: 'Grant', value: 'grant', tone: 'primary' },
    ],
  });
}
