// Typed calls from the content script to the background; a background that cannot answer means "no match".
import { browser } from 'wxt/browser';
import type { ContentToBackground, ContentToBackgroundReplies } from '@/lib/messages';
import { replyOf } from '@/lib/message-replies';
import type { PageSnapshot } from '@/lib/extract/page-snapshot';

async function send<T extends ContentToBackground>(
  message: T,
): Promise<ContentToBackgroundReplies[T['type']] | undefined> {
  try {
    return (await replyOf(browser.runtime.sendMessage(message))) as ContentToBackgroundReplies[T['type']];
  } catch {
    // The extension was reloaded or the background failed: the page simply stays unannotated.
    return undefined;
  }
}

/**
 * Asks the background whether this page is an indexed article. `withApp`: this frame has no sidebar app yet, and the
 * background is to start loading it with a story's answer (`loadApp` then waits for that load). A background that
 * could not answer gives no match, marked `unanswered`.
 */
export async function recognise(
  page: PageSnapshot,
  withApp: boolean,
): Promise<ContentToBackgroundReplies['recognise'] & { unanswered?: true }> {
  return (await send({ type: 'recognise', page, app: withApp })) ?? { answer: { kind: 'none' }, unanswered: true };
}

/** Asks the background to load the sidebar app and its page styles into this frame. */
export async function loadApp(): Promise<boolean> {
  return (await send({ type: 'load-app' }))?.ok ?? false;
}
