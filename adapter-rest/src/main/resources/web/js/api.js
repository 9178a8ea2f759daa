// The HTTP API under /api/v1. Every failure becomes an ApiError carrying the server's problem+json, so
// views show its `detail` and never a raw status or stack trace.
import { observeServerNow } from './clock.js';
import { currentSession, endSession } from './session.js';

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The stable problem slug, e.g. "held-by-other" for urn:syncpoint:problem:held-by-other. */
  get kind() {
    return (this.problem.type || '').split(':').pop();
  }
}

function headers(extra = {}) {
  const token = currentSession()?.token;
  return {
    Accept: 'application/json, application/problem+json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...extra,
  };
}

async function request(method, path, { body, headers: extra, keepalive } = {}) {
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers: headers(body === undefined ? extra : { 'Content-Type': 'application/json', ...extra }),
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive,
    });
  } catch {
    throw new ApiError(0, { detail: 'The server cannot be reached; check your connection and try again.' });
  }
  const payload = await readBody(response);
  if (!response.ok) {
    // A token that expired or was signed with an old secret: the only way forward is to sign in again.
    if (response.status === 401 && currentSession() && !path.startsWith('/auth/sign')) endSession();
    throw new ApiError(response.status, payload ?? {});
  }
  observeServerNow(payload?.serverNow);
  return { body: payload, etag: response.headers.get('ETag') };
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { detail: `The server answered ${response.status} without a readable explanation.` };
  }
}

const get = async (path) => (await request('GET', path)).body;
const post = async (path, body = {}) => (await request('POST', path, { body })).body;
const query = (params) => {
  const kept = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return kept.length ? '?' + new URLSearchParams(kept).toString() : '';
};
const appointment = (id) => `/appointments/${encodeURIComponent(id)}`;
const writeHeaders = (version, fencingToken) => ({
  'If-Match': `"${version}"`,
  'X-Fencing-Token': String(fencingToken),
});

export const auth = {
  signIn: (email, password) => post('/auth/signin', { email, password }),
  signUp: (name, email, password) => post('/auth/signup', { name, email, password }),
  session: () => get('/auth/session'),
};

export const appointments = {
  list: (params = {}) => get('/appointments' + query(params)),
  inRange: (from, to, params = {}) => get('/appointments/date-range' + query({ from, to, ...params })),
  read: async (id) => (await request('GET', appointment(id))).body,
  create: (details) => post('/appointments', details),
  update: async (id, details, version, fencingToken) =>
    (await request('PUT', appointment(id), { body: details, headers: writeHeaders(version, fencingToken) })).body,
  remove: (id, version, fencingToken) =>
    request('DELETE', appointment(id), { headers: writeHeaders(version, fencingToken) }),
};

export const locks = {
  status: (id) => get(appointment(id) + '/lock-status'),
  acquire: (id) => post(appointment(id) + '/acquire-lock'),
  heartbeat: (id, fencingToken) => post(appointment(id) + '/heartbeat', { fencingToken }),
  release: (id, fencingToken) => post(appointment(id) + '/release-lock', { fencingToken }),
  forceRelease: (id, reason) => post(appointment(id) + '/force-release-lock', { reason }),
  takeOver: (id, reason) => post(appointment(id) + '/admin-takeover', { reason }),
  live: (params = {}) => get('/admin/locks' + query(params)),
  requestControl: (id) => post(appointment(id) + '/request-control'),
  approve: (id, requestId) => post(`${appointment(id)}/request-control/${encodeURIComponent(requestId)}/approve`),
  deny: (id, requestId) => post(`${appointment(id)}/request-control/${encodeURIComponent(requestId)}/deny`),
};

/**
 * Releases a lock with a request the browser finishes even while the page unloads. sendBeacon cannot
 * carry the Authorization header, so this is a keepalive fetch, whose answer nobody waits for.
 */
export function releaseWhileLeaving(id, fencingToken) {
  const token = currentSession()?.token;
  if (!token) return;
  fetch(BASE + appointment(id) + '/release-lock', {
    method: 'POST',
    keepalive: true,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fencingToken }),
  }).catch(() => {});
}

export const history = {
  forAppointment: (id, params = {}) => get(appointment(id) + '/lock-history' + query(params)),
  overall: (params = {}) => get('/lock-history' + query(params)),
  statistics: (id) => get(id ? appointment(id) + '/lock-statistics' : '/lock-statistics'),
};
