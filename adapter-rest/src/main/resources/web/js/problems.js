// What went wrong, in words for the people using the page. The server's problem+json says it precisely
// but for programs: field names, ISO instants in UTC. Known problems are told again from their fields,
// with times in this browser's locale and as time left; anything else keeps the server's own detail with
// its instants and field names made readable.
import { formatCountdown, formatDateTime, formatTime } from './dom.js';
import { millisUntil } from './clock.js';

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;

// The API's field names, as the appointment form labels them.
export const FIELD_LABELS = {
  title: 'Title',
  startDate: 'Starts',
  endDate: 'Ends',
  status: 'Status',
  location: 'Location',
  organizer: 'Organizer',
  attendees: 'Attendees',
  description: 'Description',
};
const FIELD_NAMES = new RegExp(`\\b(${Object.keys(FIELD_LABELS).join('|')})\\b`, 'g');

/** "in 4:32 (at 20:16)": how long until an instant by the server's clock, and when that is here. */
export function timeLeft(expiresAt) {
  return `in ${formatCountdown(millisUntil(expiresAt))} (at ${formatTime(expiresAt)})`;
}

/** A sentence for an error from the API (an ApiError) or from anywhere else. */
export function describe(error) {
  const problem = error?.problem ?? {};
  const told = retold(error?.kind, problem);
  if (told) return told;
  const violations = fieldViolations(error);
  if (violations.length) return sentence(violations.map((violation) => violation.message).join('; '));
  return sentence(readable(error?.message ?? String(error)));
}

function retold(kind, problem) {
  const holder = problem.holder?.name;
  if (kind === 'held-by-other' && holder) {
    return `${holder} is editing this appointment; their lock ends ${timeLeft(problem.expiresAt)} unless `
      + 'they renew it. Ask them for control, or try again once it is free.';
  }
  if (kind === 'edit-lock-required' && holder) {
    return `${holder} is editing this appointment (their lock ends ${timeLeft(problem.expiresAt)}); `
      + 'only the person editing may change it.';
  }
  if (kind === 'edit-lock-required') {
    return 'You no longer hold the lock on this appointment; choose Edit to take it again before saving.';
  }
  if (kind === 'already-requested' && problem.request?.lapsesAt) {
    return `You already asked for control; ${problem.request.holder?.name ?? 'the holder'} has until `
      + `${formatTime(problem.request.lapsesAt)} to answer.`;
  }
  if (kind === 'stale-appointment-version' && problem.actualVersion) {
    return `Someone saved version ${problem.actualVersion} after you opened version ${problem.expectedVersion}; `
      + 'open the appointment again to see their change, then try again.';
  }
  if (kind === 'request-not-open' && problem.request?.state) {
    return `That request for control is no longer open: it was ${problem.request.state}.`;
  }
  return null;
}

/**
 * The problem's `violations`, each as {field, message} with the field as the form names it
 * ("attendees[2]" is the attendees field) and the message in the form's labels.
 */
export function fieldViolations(error) {
  const violations = error?.problem?.violations;
  if (!Array.isArray(violations)) return [];
  return violations.map((violation) => ({
    field: String(violation.field ?? '').replace(/\[\d+\]$/, ''),
    message: sentence(readable(violation.message ?? '').replace(FIELD_NAMES, (name) => FIELD_LABELS[name])),
  }));
}

function readable(text) {
  return text.replace(INSTANT, (instant) => formatDateTime(instant));
}

function sentence(text) {
  const trimmed = text.trim();
  if (!trimmed) return 'Something went wrong.';
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
