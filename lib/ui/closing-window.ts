// Timers and frames asked of a page's window that may be closing: Firefox throws NS_ERROR_NOT_INITIALIZED when a
// window being closed is asked for either, and the error lands in the console of a page the reader is leaving.

/** Runs `then` after `ms` (the next task by default) and returns its timer; on a window being closed, undefined. */
export function nextTask(then: () => void, ms = 0): ReturnType<typeof setTimeout> | undefined {
  try {
    return setTimeout(then, ms);
  } catch {
    // The page is going away: nothing is left to do for it.
    return undefined;
  }
}

/** Runs `then` before the window's next frame and returns the request; on a window being closed, undefined. */
export function nextFrame(win: Window, then: () => void): number | undefined {
  try {
    return win.requestAnimationFrame(then);
  } catch {
    return undefined;
  }
}
