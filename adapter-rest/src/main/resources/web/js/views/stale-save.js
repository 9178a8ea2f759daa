// What a stale save shows: the fields someone else changed since this editor read the appointment,
// next to the values typed here, with the two ways on. Saving over it is a three-way merge of what was
// opened, what was typed and what is there now: only the fields this user changed are put on top of
// the latest version, so nobody else's change to a field this user never touched is undone.
import { h } from '../dom.js';
import { FIELDS, inputValues } from './appointment-form.js';

/**
 * The values to save over `latest`: the user's where they changed the field since `read`, the latest
 * otherwise. All three and the answer are the inputs' text values, keyed by field name.
 */
export function mergedValues(opened, mine, now) {
  return Object.fromEntries(FIELDS.map(({ name }) => [name, mine[name] !== opened[name] ? mine[name] : now[name]]));
}

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
  const both = (name) => mine[name] !== before[name] && mine[name] !== now[name];
  const row = ({ name, label }) => h('tr',
    { dataset: { field: name, both: both(name) }, class: both(name) ? 'both' : null },
    h('th', { scope: 'row' }, label), h('td', {}, before[name]), h('td', {}, now[name]), h('td', {}, mine[name]),
    h('td', { class: 'outcome' }, both(name) ? h('strong', {}, 'You both changed it: yours is saved')
      : 'Theirs is kept: you did not change it'));
  return h('section', { class: 'notice warning stale-save', role: 'alert', 'aria-labelledby': 'stale-title' },
    h('h2', { id: 'stale-title' }, `Someone saved version ${latest.version} while you edited version ${read.version}`),
    changed.length === 0 ? h('p', {}, 'No field you can see changed.')
      : h('table', { class: 'changes' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'When you opened it'), h('th', {}, 'Now'),
          h('th', {}, 'Yours'), h('th', {}, 'If you save yours'))),
        h('tbody', {}, changed.map(row))),
    h('p', {}, '“Save mine over it” saves the fields you changed on top of the latest version and keeps '
      + 'everything else as it is now.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary reload-latest', onclick: actions.reload },
        'Reload the latest version'),
      h('button', { type: 'button', class: 'secondary overwrite', onclick: actions.overwrite },
        'Save mine over it')));
}
