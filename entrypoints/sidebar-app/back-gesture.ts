// The platform's "close" request (Android's back gesture or button, Escape on a desktop) for the open sheet,
// through the CloseWatcher API where the browser has it (Chromium 126+, Firefox 149+). Without it the back
// gesture keeps its usual meaning: the page's history is never written to make the sheet closable.

interface CloseWatcherLike {
  onclose: (() => void) | null;
  destroy(): void;
}

type WithCloseWatcher = Window & { CloseWatcher?: new () => CloseWatcherLike };

/** Arms a close request handler while the sheet is open; arming twice keeps one handler. */
export function createBackGesture(win: Window, onBack: () => void) {
  let watcher: CloseWatcherLike | null = null;
  return {
    /** Whether this browser can tell the sheet about a close request. */
    supported: typeof (win as WithCloseWatcher).CloseWatcher === 'function',
    arm(): void {
      const Watcher = (win as WithCloseWatcher).CloseWatcher;
      if (watcher || typeof Watcher !== 'function') return;
      try {
        const next = new Watcher();
        next.onclose = () => {
          if (watcher !== next) return;
          watcher = null;
          onBack();
        };
        watcher = next;
      } catch {
        // A page that broke the constructor: the sheet still closes by swipe, button and Escape.
      }
    },
    disarm(): void {
      const old = watcher;
      watcher = null;
      old?.destroy();
    },
  };
}
