// The fields of an appointment, shared by the create page and the editor, and the conversions between
// the API's JSON and what the inputs show.
import { h, fill, toLocalInput, fromLocalInput } from '../dom.js';
import { errorBox } from '../notify.js';
import { fieldViolations } from '../problems.js';
import { clearFieldErrors, showFieldErrors } from '../field-errors.js';

export const FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'startDate', label: 'Starts' },
  { name: 'endDate', label: 'Ends' },
  { name: 'status', label: 'Status' },
  { name: 'location', label: 'Location' },
  { name: 'organizer', label: 'Organizer' },
  { name: 'attendees', label: 'Attendees' },
  { name: 'description', label: 'Description' },
];

export function appointmentFields() {
  const field = (label, input, wide = false) => h('label', { class: `field${wide ? ' wide' : ''}` },
    h('span', {}, label), input);
  return [
    field('Title', h('input', { name: 'title', required: true, maxlength: 200 }), true),
    field('Starts', h('input', { name: 'startDate', type: 'datetime-local', required: true })),
    field('Ends', h('input', { name: 'endDate', type: 'datetime-local', required: true })),
    field('Status', h('select', { name: 'status' },
      ['scheduled', 'completed', 'cancelled'].map((status) => h('option', { value: status }, status)))),
    field('Location', h('input', { name: 'location' })),
    field('Organizer', h('input', { name: 'organizer' })),
    field('Attendees (comma-separated)', h('input', { name: 'attendees' }), true),
    field('Description', h('textarea', { name: 'description', rows: 4 }), true),
  ];
}

/** Puts an appointment from the API into the form's inputs. */
export function showAppointment(form, appointment) {
  showValues(form, inputValues(appointment));
}

/** Puts the inputs' text values, keyed by field name, into the form. */
export function showValues(form, values) {
  for (const { name } of FIELDS) form.elements[name].value = values[name];
}

/** The inputs' values as text, keyed by field name: what a person sees and compares. */
export function inputValues(appointment) {
  return {
    title: appointment.title ?? '',
    startDate: appointment.startDate ? toLocalInput(appointment.startDate) : '',
    endDate: appointment.endDate ? toLocalInput(appointment.endDate) : '',
    status: appointment.status ?? 'scheduled',
    location: appointment.location ?? '',
    organizer: appointment.organizer ?? '',
    attendees: (appointment.attendees ?? []).join(', '),
    description: appointment.description ?? '',
  };
}

export function formValues(form) {
  return Object.fromEntries(FIELDS.map(({ name }) => [name, form.elements[name].value]));
}

/**
 * The JSON body of a create or update, from the form. Given `base`, the appointment the form was filled
 * from, a field left as it shows `base` sends base's stored value exactly, not its rounding in the input.
 */
export function appointmentBody(form, base = null) {
  const values = formValues(form);
  const body = {
    title: values.title,
    description: values.description,
    startDate: fromLocalInput(values.startDate),
    endDate: fromLocalInput(values.endDate),
    status: values.status,
    location: values.location,
    organizer: values.organizer,
    attendees: values.attendees.split(',').map((name) => name.trim()).filter(Boolean),
  };
  if (!base) return body;
  const shown = inputValues(base);
  return Object.fromEntries(Object.entries(body).map(([name, value]) =>
    [name, values[name] === shown[name] ? base[name] ?? value : value]));
}

/** What the page can tell is wrong before asking the server, as {field, message} in the form's words. */
export function checkAppointment(form) {
  const { title, startDate, endDate } = formValues(form);
  const problems = [];
  if (!title.trim()) problems.push({ field: 'title', message: 'Enter a title.' });
  if (!startDate) problems.push({ field: 'startDate', message: 'Choose when it starts.' });
  if (!endDate) problems.push({ field: 'endDate', message: 'Choose when it ends.' });
  if (startDate && endDate && Date.parse(endDate) <= Date.parse(startDate)) {
    problems.push({ field: 'endDate', message: 'Ends must be after Starts.' });
  }
  return problems;
}

/** Checks the form before it is sent; answers whether it may go, showing what is wrong beside the fields. */
export function formIsReady(form, slot) {
  clearFieldErrors(form);
  fill(slot);
  const problems = checkAppointment(form);
  showFieldErrors(form, problems);
  return problems.length === 0;
}

/** A refused create or save: the server's complaints about fields beside them, anything else in `slot`. */
export function showRefusal(form, slot, error) {
  const violations = fieldViolations(error);
  if (violations.length === 0) {
    fill(slot, errorBox(error));
    return;
  }
  const elsewhere = showFieldErrors(form, violations);
  if (elsewhere.length) fill(slot, errorBox(new Error(elsewhere.map((violation) => violation.message).join(' '))));
}
