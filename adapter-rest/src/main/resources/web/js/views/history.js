// History of lock changes, for one appointment or all of them: statistics, a chart of activity over
// time and a table filtered by action and time.
import { appointments, history } from '../api.js';
import { h, fill, contentWidth, formatDateTime, formatDuration, fromLocalInput } from '../dom.js';
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
    const titles = id ? null : await appointmentTitles(page.items);
    fill(statistics, statisticCards(stats));
    // Drawn as wide as it is shown, so its labels keep their size on a phone instead of shrinking with it.
    fill(chart, activityChart(page.items, contentWidth(chart)),
      h('figcaption', {}, legend(), h('span', { class: 'rows-shown' }, `${page.items.length} rows shown`)));
    fill(rows, historyTable(page.items, titles), pager(id, params, page));
  } catch (error) {
    fill(rows, errorBox(error));
  }
  return null;
}

/**
 * The titles of the appointments these rows are about, by id. One read of the appointments answers
 * most; any it did not reach are read one by one, and those gone are marked as deleted.
 */
async function appointmentTitles(items) {
  const titles = new Map();
  const wanted = [...new Set(items.map((row) => row.appointmentId))];
  if (!wanted.length) return titles;
  let complete = false;
  try {
    const page = await appointments.list({ limit: PAGE });
    page.items.forEach((appointment) => titles.set(appointment.id, appointment.title));
    complete = !page.hasMore;
  } catch {
    // Without the list every title below is read on its own.
  }
  await Promise.all(wanted.filter((id) => !titles.has(id)).map(async (id) => {
    titles.set(id, complete ? null : await appointmentTitle(id, null));
  }));
  return titles;
}

async function appointmentTitle(id, missing = 'a deleted appointment') {
  try {
    return (await appointments.read(id)).title;
  } catch {
    return missing;
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

/** The rows; with `titles` (over all appointments) each names its appointment, or says it was deleted. */
function historyTable(items, titles) {
  if (!items.length) return h('p', { class: 'empty' }, 'No history rows match.');
  const columns = ['When', 'Action', 'Holder', 'By', 'Held for', 'Token', 'Note'];
  if (titles) columns.push('Appointment');
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
      titles ? h('td', { 'data-label': 'Appointment' }, appointmentLink(row.appointmentId, titles)) : null))));
}

function appointmentLink(id, titles) {
  const title = titles.get(id);
  return h('a', { href: `#/history/${id}`, class: title ? null : 'deleted', title: id },
    title ?? `deleted appointment ${id.slice(0, 8)}`);
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
