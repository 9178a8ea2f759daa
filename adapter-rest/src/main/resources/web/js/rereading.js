// Views that show many appointments cannot hear about every change live (no event announces a new lock
// or appointment to someone who does not watch it yet), so they read again now and then and on focus.

/** Calls `read()` every `millis` and whenever the window regains focus; the answer stops both. */
export function rereadEvery(millis, read) {
  const timer = setInterval(read, millis);
  window.addEventListener('focus', read);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', read);
  };
}
