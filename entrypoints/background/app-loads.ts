// The sidebar app loaded into a frame as soon as the background knows the page is a story's: the injection starts
// beside the answer instead of after the content script has read it and asked, one round trip between the page and
// the background sooner. The content script still asks, and is answered when the app and its page styles are in.
import type { Browser } from 'wxt/browser';

/** Loads the app and the page styles into a sender's frame (tab-checks.ts `loadAppInto`). */
type Load<R> = (sender: Browser.runtime.MessageSender) => Promise<R>;

// Loads begun for frames that have not asked yet, at most this many: a page closed before it asked leaves its entry
// behind until a newer one pushes it out.
const MAX_PENDING = 32;

// A frame's page, as near as every browser can say (Firefox gives no document id): its tab, frame and address.
function frameKey(sender: Browser.runtime.MessageSender): string | null {
  const tabId = sender.tab?.id;
  return tabId === undefined ? null : `${tabId}:${sender.frameId ?? 0}:${sender.url ?? ''}`;
}

/** Loads begun early, by frame, each handed to the frame's own request for the app. */
export function createAppLoads<R>(load: Load<R>) {
  const pending = new Map<string, Promise<R>>();
  return {
    /**
     * A frame's page was answered. With `begin` (a story's answer to a frame without the app), the load of the app
     * starts now, unless one begun for the same page still waits to be asked for (the page asked twice); otherwise
     * a waiting load is dropped.
     */
    answered(sender: Browser.runtime.MessageSender, begin: boolean): void {
      const key = frameKey(sender);
      if (key === null) return;
      if (!begin) {
        pending.delete(key);
        return;
      }
      if (pending.has(key)) return;
      pending.set(key, load(sender));
      for (const oldest of pending.keys()) {
        if (pending.size <= MAX_PENDING) break;
        pending.delete(oldest);
      }
    },
    /** The frame asks for the app: the load begun for it, or a new one. */
    request(sender: Browser.runtime.MessageSender): Promise<R> {
      const key = frameKey(sender);
      const begun = key === null ? undefined : pending.get(key);
      if (key !== null) pending.delete(key);
      return begun ?? load(sender);
    },
  };
}
