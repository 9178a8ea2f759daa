// Other viewers' pointers over the editor. Positions travel as fractions of the editor's box, so they
// land in the same place on screens of different sizes.
import { h } from '../dom.js';
import { sendCursor } from '../live.js';
import { currentUser } from '../session.js';

const IDLE_MILLIS = 10_000;

export function shareCursors(appointmentId, surface) {
  const markers = new Map(); // user id -> { element, timer }
  const overlay = h('div', { class: 'cursor-layer', 'aria-hidden': 'true' });
  surface.append(overlay);

  const onMove = (event) => {
    const box = surface.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    const y = (event.clientY - box.top) / box.height;
    if (x >= 0 && x <= 1 && y >= 0 && y <= 1) sendCursor(appointmentId, x, y);
  };
  surface.addEventListener('pointermove', onMove);

  const remove = (userId) => {
    const marker = markers.get(userId);
    if (!marker) return;
    clearTimeout(marker.timer);
    marker.element.remove();
    markers.delete(userId);
  };

  return {
    /** Shows a cursor-update frame; the marker disappears after ten idle seconds, as on the server. */
    show(frame) {
      const user = frame.user;
      if (!user || user.id === currentUser()?.id) return;
      if (frame.gone) {
        remove(user.id);
        return;
      }
      let marker = markers.get(user.id);
      if (!marker) {
        marker = { element: h('div', { class: 'cursor', dataset: { userId: user.id } }, h('span', {}, user.name)) };
        markers.set(user.id, marker);
        overlay.append(marker.element);
      }
      marker.element.style.left = `${Math.min(1, Math.max(0, frame.x)) * 100}%`;
      marker.element.style.top = `${Math.min(1, Math.max(0, frame.y)) * 100}%`;
      clearTimeout(marker.timer);
      marker.timer = setTimeout(() => remove(user.id), IDLE_MILLIS);
    },
    /** Drops the markers of people no longer watching. */
    keepOnly(watchers) {
      const staying = new Set(watchers.map((watcher) => watcher.id));
      [...markers.keys()].filter((id) => !staying.has(id)).forEach(remove);
    },
    stop() {
      surface.removeEventListener('pointermove', onMove);
      [...markers.keys()].forEach(remove);
    },
  };
}
