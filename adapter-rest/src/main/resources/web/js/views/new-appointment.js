// Creating an appointment; afterwards the editor opens it.
import { appointments } from '../api.js';
import { h, fill } from '../dom.js';
import { toast } from '../notify.js';
import { clearOnChange } from '../field-errors.js';
import { appointmentFields, showAppointment, appointmentBody, formIsReady, showRefusal } from './appointment-form.js';

const HOUR_MILLIS = 3_600_000;

export function newAppointmentView(main) {
  const errors = h('div', { class: 'error-slot' });
  const form = h('form', { class: 'card appointment-form', novalidate: true, 'aria-labelledby': 'new-title' },
    h('h1', { id: 'new-title' }, 'New appointment'),
    h('div', { class: 'fields' }, appointmentFields()),
    errors,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Create'),
      h('a', { class: 'button secondary', href: '#/appointments' }, 'Cancel')));
  const nextHour = Math.ceil(Date.now() / HOUR_MILLIS) * HOUR_MILLIS;
  showAppointment(form, { startDate: new Date(nextHour).toISOString(),
    endDate: new Date(nextHour + HOUR_MILLIS).toISOString() });

  clearOnChange(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!formIsReady(form, errors)) return;
    try {
      const created = await appointments.create(appointmentBody(form));
      toast(`Created “${created.title}”`, 'success');
      location.hash = `#/appointments/${created.id}`;
    } catch (error) {
      showRefusal(form, errors, error);
    }
  });
  fill(main, form);
  form.elements.title.focus();
}
