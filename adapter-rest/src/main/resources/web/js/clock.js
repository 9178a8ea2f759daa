// The server's clock as seen from this browser. Locks expire by the server's time (DESIGN rule 1), so
// every countdown uses the offset learnt from the latest `serverNow` rather than the local clock.

let offsetMillis = 0;

/** Learns the offset from a `serverNow` the server just sent; ignores missing values. */
export function observeServerNow(serverNow) {
  if (!serverNow) return;
  const parsed = Date.parse(serverNow);
  if (!Number.isNaN(parsed)) offsetMillis = parsed - Date.now();
}

export function serverNow() {
  return Date.now() + offsetMillis;
}

/** Milliseconds until `expiresAt` by the server's clock; never negative. */
export function millisUntil(expiresAt) {
  return Math.max(0, Date.parse(expiresAt) - serverNow());
}
