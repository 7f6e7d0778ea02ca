// A task after this one, asked of a page's window that may be closing: Firefox throws NS_ERROR_NOT_INITIALIZED when a
// window being closed is asked for a timer, and the error lands in the console of a page the reader is leaving.

/** Runs `then` in the next task and returns its timer; on a window being closed, runs nothing and returns undefined. */
export function nextTask(then: () => void): ReturnType<typeof setTimeout> | undefined {
  try {
    return setTimeout(then, 0);
  } catch {
    // The page is going away: nothing is left to do for it.
    return undefined;
  }
}
