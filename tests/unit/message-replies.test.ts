// Replies to messages sent with the browser's own API, read as webextension-polyfill reads them.
import { describe, expect, it } from 'vitest';
import { replyOf } from '../../lib/message-replies';

describe('replyOf', () => {
  it('passes a reply on unchanged', async () => {
    const reply = { answer: { kind: 'none' } };
    await expect(replyOf(Promise.resolve(reply))).resolves.toBe(reply);
    await expect(replyOf(Promise.resolve(undefined))).resolves.toBeUndefined();
  });

  it("rejects with the listener's message when the polyfill answered with its error", async () => {
    const sent = Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'the index could not be read' });
    await expect(replyOf(sent)).rejects.toThrow('the index could not be read');
  });

  it('resolves to undefined when no listener answered (Chromium closes the port)', async () => {
    const sent = Promise.reject(new Error('The message port closed before a response was received.'));
    await expect(replyOf(sent)).resolves.toBeUndefined();
  });

  it('passes every other error on', async () => {
    const sent = Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(replyOf(sent)).rejects.toThrow('Receiving end does not exist');
  });

  it('reads a reply that only looks like an error as a reply', async () => {
    const reply = { __mozWebExtensionPolyfillReject__: 'yes', message: 'x' };
    await expect(replyOf(Promise.resolve(reply))).resolves.toBe(reply);
  });
});
