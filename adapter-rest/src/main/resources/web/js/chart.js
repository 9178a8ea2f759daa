// Lock activity over time as a hand-drawn SVG bar chart: one bar per time slot, stacked by action.
const SVG = 'http://www.w3.org/2000/svg';
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 280;
const HEIGHT = 180;
const PAD = { left: 32, right: 8, top: 8, bottom: 22 };
const tickTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });
const SLOTS = 24;
export const ACTIONS = ['acquired', 'released', 'expired', 'force_released', 'transferred'];

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Counts rows per slot and action between the oldest and newest row. */
function bucket(rows) {
  const times = rows.map((row) => Date.parse(row.at));
  const first = Math.min(...times);
  const span = Math.max(Math.max(...times) - first, 60_000);
  const width = span / SLOTS;
  const slots = Array.from({ length: SLOTS }, (_, index) => ({ start: first + index * width, counts: {} }));
  rows.forEach((row, index) => {
    const slot = slots[Math.min(SLOTS - 1, Math.floor((times[index] - first) / width))];
    slot.counts[row.action] = (slot.counts[row.action] ?? 0) + 1;
  });
  return slots;
}

/**
 * The chart for `rows`, drawn `width` units wide: give it the width it is shown at, so one unit is one
 * pixel and its labels read at their size on any screen.
 */
export function activityChart(rows, width = DEFAULT_WIDTH) {
  const wide = Math.max(MIN_WIDTH, Math.round(width) || DEFAULT_WIDTH);
  const chart = svg('svg', { viewBox: `0 0 ${wide} ${HEIGHT}`, class: 'activity-chart', role: 'img',
    'aria-label': `Lock activity over time: ${rows.length} history rows` });
  if (rows.length === 0) return chart;
  const slots = bucket(rows);
  const highest = Math.max(1, ...slots.map((slot) => Object.values(slot.counts).reduce((a, b) => a + b, 0)));
  const plotWidth = wide - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const barWidth = plotWidth / SLOTS;
  chart.append(svg('line', { x1: PAD.left, x2: wide - PAD.right, y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom,
    class: 'axis' }));
  chart.append(svg('text', { x: PAD.left - 4, y: PAD.top + 10, class: 'tick', 'text-anchor': 'end' }, highest));
  slots.forEach((slot, index) => {
    let y = HEIGHT - PAD.bottom;
    for (const action of ACTIONS) {
      const count = slot.counts[action] ?? 0;
      if (!count) continue;
      const height = (count / highest) * plotHeight;
      y -= height;
      const bar = svg('rect', { x: PAD.left + index * barWidth + 1, y, width: barWidth - 2, height,
        class: `bar ${action}` });
      bar.append(svg('title', {}, `${count} ${action} from ${new Date(slot.start).toLocaleString()}`));
      chart.append(bar);
    }
  });
  const label = (time, x, anchor) =>
    svg('text', { x, y: HEIGHT - 6, class: 'tick', 'text-anchor': anchor }, tickTime.format(new Date(time)));
  chart.append(label(slots[0].start, PAD.left, 'start'), label(Date.parse(rows[0].at), wide - PAD.right, 'end'));
  return chart;
}
