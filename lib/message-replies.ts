// Replies read the way webextension-polyfill reads them, in the contexts built on the browser's own extension API
// (the content script and the extension's pages) while the background still answers through the polyfill.

// Chromium's words when every listener returned without answering; the polyfill resolves such a send to undefined.
const NO_ANSWER = 'The message port closed before a response was received.';

interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(reply: unknown): reply is PolyfillRejection {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    (reply as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true
  );
}

/**
 * The reply of a message sent with the browser's own API, as the polyfill would give it: a listener that failed
 * (which the polyfill answers with `{__mozWebExtensionPolyfillReject__, message}`) rejects with its message, and a
 * send no listener answered resolves to undefined; every other reply and error is passed on unchanged.
 */
export async function replyOf(sent: Promise<unknown>): Promise<unknown> {
  let reply: unknown;
  try {
    reply = await sent;
  } catch (error) {
    if ((error as { message?: unknown } | null)?.message === NO_ANSWER) return undefined;
    throw error;
  }
  if (isPolyfillRejection(reply)) throw new Error(String(reply.message));
  return reply;
}
