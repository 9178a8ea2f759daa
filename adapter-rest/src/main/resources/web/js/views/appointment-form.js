// The fields of an appointment, shared by the create page and the editor, and the conversions between
// the API's JSON and what the inputs show.
import { h, toLocalInput, fromLocalInput } from '../dom.js';

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
  const values = inputValues(appointment);
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

/** The JSON body of a create or update, from the form; the server checks it and names what is wrong. */
export function appointmentBody(form) {
  const values = formValues(form);
  return {
    title: values.title,
    description: values.description,
    startDate: fromLocalInput(values.startDate),
    endDate: fromLocalInput(values.endDate),
    status: values.status,
    location: values.location,
    organizer: values.organizer,
    attendees: values.attendees.split(',').map((name) => name.trim()).filter(Boolean),
  };
}
