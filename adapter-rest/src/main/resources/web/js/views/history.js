// History of lock changes, for one appointment or all of them: statistics, a chart of activity over
// time and a table filtered by action and time.
import { appointments, history } from '../api.js';
import { h, fill, formatDateTime, formatDuration, fromLocalInput } from '../dom.js';
import { activityChart, ACTIONS } from '../chart.js';
import { errorBox } from '../notify.js';

const PAGE = 100;

export async function historyView(main, { id, params }) {
  const title = id ? await appointmentTitle(id) : 'All appointments';
  const filters = filterForm(id, params);
  const statistics = h('section', { class: 'statistics', 'aria-label': 'Statistics' });
  const chart = h('figure', { class: 'chart card' });
  const rows = h('div', { class: 'history-rows' });
  fill(main,
    h('div', { class: 'page-head' }, h('h1', {}, `History · ${title}`),
      id ? h('a', { href: `#/appointments/${id}` }, 'Open appointment') : null),
    statistics, chart, filters, rows);

  const query = {
    action: params.get('action'),
    from: params.get('from') ? new Date(fromLocalInput(params.get('from'))).toISOString() : undefined,
    to: params.get('to') ? new Date(fromLocalInput(params.get('to'))).toISOString() : undefined,
    offset: params.get('offset') ?? 0,
    limit: PAGE,
  };
  try {
    const [stats, page] = await Promise.all([
      history.statistics(id),
      id ? history.forAppointment(id, query) : history.overall(query),
    ]);
    fill(statistics, statisticCards(stats));
    fill(chart, activityChart(page.items), h('figcaption', {}, legend(), ` ${page.items.length} rows shown`));
    fill(rows, historyTable(page.items, !id), pager(id, params, page));
  } catch (error) {
    fill(rows, errorBox(error));
  }
  return null;
}

async function appointmentTitle(id) {
  try {
    return (await appointments.read(id)).title;
  } catch {
    return 'a deleted appointment';
  }
}

function filterForm(id, params) {
  const base = id ? `#/history/${id}` : '#/history';
  const form = h('form', { class: 'toolbar history-filter' },
    h('label', {}, 'Action ', h('select', { name: 'action' }, h('option', { value: '' }, 'any'),
      ACTIONS.map((action) => h('option', { value: action, selected: params.get('action') === action }, action)))),
    h('label', {}, 'From ', h('input', { type: 'datetime-local', name: 'from', value: params.get('from') ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'datetime-local', name: 'to', value: params.get('to') ?? '' })),
    h('button', { type: 'submit', class: 'secondary' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams([...new FormData(form)].filter(([, value]) => value));
    location.hash = `${base}?${chosen}`;
  });
  return form;
}

function statisticCards(stats) {
  const card = (label, value) => h('div', { class: 'stat card' }, h('span', { class: 'value' }, value),
    h('span', { class: 'label' }, label));
  return [
    ...Object.entries(stats.counts).map(([action, count]) => card(action.replace('_', ' '), count)),
    card('conflicts refused', stats.conflicts),
    card('mean hold', formatDuration(stats.meanHoldMillis)),
    card('p95 hold', formatDuration(stats.p95HoldMillis)),
    card('users', stats.distinctUsers),
  ];
}

function legend() {
  return h('span', { class: 'legend' }, ACTIONS.map((action) =>
    h('span', { class: `key ${action}` }, action.replace('_', ' '))));
}

function historyTable(items, withAppointment) {
  if (!items.length) return h('p', { class: 'empty' }, 'No history rows match.');
  const columns = ['When', 'Action', 'Holder', 'By', 'Held for', 'Token', 'Note'];
  if (withAppointment) columns.push('Appointment');
  return h('table', { class: 'data history' },
    h('thead', {}, h('tr', {}, columns.map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, items.map((row) => h('tr', { dataset: { action: row.action } },
      h('td', { 'data-label': 'When' }, formatDateTime(row.at)),
      h('td', { 'data-label': 'Action' }, h('span', { class: `action ${row.action}` }, row.action.replace('_', ' '))),
      h('td', { 'data-label': 'Holder' }, row.holder.name),
      h('td', { 'data-label': 'By' }, row.actor?.name ?? ''),
      h('td', { 'data-label': 'Held for' }, row.heldForMillis === null ? '' : formatDuration(row.heldForMillis)),
      h('td', { 'data-label': 'Token' }, row.fencingToken),
      h('td', { 'data-label': 'Note' }, [row.grantKind, row.reason].filter(Boolean).join(' · ')),
      withAppointment ? h('td', { 'data-label': 'Appointment' },
        h('a', { href: `#/history/${row.appointmentId}` }, row.appointmentId.slice(0, 8))) : null))));
}

function pager(id, params, page) {
  if (!page.hasMore && page.offset === 0) return null;
  const at = (offset) => {
    const next = new URLSearchParams(params);
    next.set('offset', offset);
    return `${id ? `#/history/${id}` : '#/history'}?${next}`;
  };
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page.offset > 0 ? h('a', { href: at(Math.max(0, page.offset - PAGE)) }, '← Newer') : null,
    h('span', {}, `${page.offset + 1}–${page.offset + page.items.length} of ${page.total}`),
    page.hasMore ? h('a', { href: at(page.offset + PAGE) }, 'Older →') : null);
}
