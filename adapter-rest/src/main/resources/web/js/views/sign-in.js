// Sign in and sign up. Both answer a session, which starts the live channel and opens the appointments.
import { auth } from '../api.js';
import { h, fill } from '../dom.js';
import { errorBox } from '../notify.js';
import { startSession } from '../session.js';

export function signInView(main) {
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Sign in'),
    field('Email', h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true })),
    field('Password', h('input', { name: 'password', type: 'password', autocomplete: 'current-password',
      required: true })),
    h('div', { class: 'error-slot' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign in')),
    h('p', {}, 'New here? ', h('a', { href: '#/signup' }, 'Create an account')));
  form.addEventListener('submit', (event) =>
    submit(event, form, () => auth.signIn(form.email.value, form.password.value)));
  fill(main, form);
  form.email.focus();
}

export function signUpView(main) {
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'sign-up-title' },
    h('h1', { id: 'sign-up-title' }, 'Create an account'),
    field('Name', h('input', { name: 'name', autocomplete: 'name', required: true })),
    field('Email', h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true })),
    field('Password', h('input', { name: 'password', type: 'password', autocomplete: 'new-password',
      required: true })),
    h('div', { class: 'error-slot' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create account')),
    h('p', {}, 'Have an account? ', h('a', { href: '#/signin' }, 'Sign in')));
  form.addEventListener('submit', (event) =>
    submit(event, form, () => auth.signUp(form.elements.name.value, form.email.value, form.password.value)));
  fill(main, form);
  form.elements.name.focus();
}

function field(label, input) {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

async function submit(event, form, call) {
  event.preventDefault();
  const slot = form.querySelector('.error-slot');
  fill(slot);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    startSession(await call());
    location.hash = '#/appointments';
  } catch (error) {
    fill(slot, errorBox(error));
  } finally {
    button.disabled = false;
  }
}
