// Preact runs a render's effects after the next frame, asking the window for one (or waiting 35 ms, whichever comes
// first). A window being closed throws when asked for a frame, a timer or to cancel either (Firefox:
// NS_ERROR_NOT_INITIALIZED), and the error lands in the console of a page the reader is leaving. This schedules the
// effects the same way, with those calls caught: a window that cannot give a frame runs the effects on the timer.
import { options } from 'preact';
import { nextFrame, nextTask } from './closing-window';

// Preact's own wait for a frame before it runs effects anyway (a 30 Hz frame).
const FRAME_TIMEOUT_MS = 35;

/** Makes every later render of this Preact copy schedule its effects through `win`, without throwing. */
export function safeAfterPaint(win: Window): void {
  options.requestAnimationFrame = (callback) => {
    const done = () => {
      try {
        clearTimeout(timer);
        if (frame !== undefined) win.cancelAnimationFrame(frame);
      } catch {
        // The window is going away: neither comes.
      }
      nextTask(callback);
    };
    // A window that gives no timer is being closed: nothing is scheduled. One that gives no frame has the timer.
    const timer = nextTask(done, FRAME_TIMEOUT_MS);
    const frame = timer === undefined ? undefined : nextFrame(win, done);
  };
}
