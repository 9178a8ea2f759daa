// What a stale save shows: the fields someone else changed since this editor read the appointment,
// next to the values typed here, with the two ways on.
import { h } from '../dom.js';
import { FIELDS, inputValues } from './appointment-form.js';

/**
 * @param read the appointment as this editor read it
 * @param latest the appointment as the server has it now
 * @param mine the form's values (as text)
 * @param actions {reload(), overwrite()}
 */
export function stalePanel(read, latest, mine, actions) {
  const before = inputValues(read);
  const now = inputValues(latest);
  const changed = FIELDS.filter(({ name }) => before[name] !== now[name]);
  return h('section', { class: 'notice warning stale-save', role: 'alert', 'aria-labelledby': 'stale-title' },
    h('h2', { id: 'stale-title' }, `Someone saved version ${latest.version} while you edited version ${read.version}`),
    changed.length === 0 ? h('p', {}, 'No field you can see changed.')
      : h('table', { class: 'changes' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'When you opened it'), h('th', {}, 'Now'),
          h('th', {}, 'Yours'))),
        h('tbody', {}, changed.map(({ name, label }) => h('tr', { dataset: { field: name } },
          h('th', { scope: 'row' }, label), h('td', {}, before[name]), h('td', {}, now[name]),
          h('td', {}, mine[name]))))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary reload-latest', onclick: actions.reload },
        'Reload the latest version'),
      h('button', { type: 'button', class: 'secondary overwrite', onclick: actions.overwrite },
        'Save mine over it')));
}
