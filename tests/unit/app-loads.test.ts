// The sidebar app loaded with a story's answer: the frame's own request for the app gets that load, never a second
// injection, and a load begun for another page of the frame, or for another frame, is never handed out.
import { describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createAppLoads } from '../../entrypoints/background/app-loads';

type Sender = Browser.runtime.MessageSender;
const frame = (tabId: number, frameId = 0, url = 'https://www.cnn.com/a.html'): Sender =>
  ({ tab: { id: tabId } as Browser.tabs.Tab, frameId, url }) as Sender;

/** A load that counts its calls and answers with the number of the call. */
function counting() {
  const calls: Sender[] = [];
  const loads = createAppLoads(async (sender: Sender) => {
    calls.push(sender);
    return calls.length;
  });
  return { calls, loads };
}

describe('a load begun with the answer', () => {
  test('is the one the frame gets when it asks: the app is injected once', async () => {
    const { calls, loads } = counting();
    loads.answered(frame(1), true);
    expect(calls).toHaveLength(1);
    expect(await loads.request(frame(1))).toBe(1);
    expect(calls).toHaveLength(1);
  });

  test('is handed out once: a later request loads again', async () => {
    const { calls, loads } = counting();
    loads.answered(frame(1), true);
    await loads.request(frame(1));
    expect(await loads.request(frame(1))).toBe(2);
    expect(calls).toHaveLength(2);
  });

  test('the same page asking twice before it asks for the app starts one load', async () => {
    const { calls, loads } = counting();
    loads.answered(frame(1), true);
    loads.answered(frame(1), true);
    expect(await loads.request(frame(1))).toBe(1);
    expect(calls).toHaveLength(1);
  });
});

describe('a load is never handed to another page', () => {
  test('another tab, another frame or another address loads its own', async () => {
    const { calls, loads } = counting();
    loads.answered(frame(1), true);
    expect(await loads.request(frame(2))).toBe(2);
    expect(await loads.request(frame(1, 3))).toBe(3);
    expect(await loads.request(frame(1, 0, 'https://www.cnn.com/b.html'))).toBe(4);
    expect(await loads.request(frame(1))).toBe(1);
    expect(calls).toHaveLength(4);
  });

  test('an answer that begins nothing (no story, or the app already there) drops the waiting load', async () => {
    const { calls, loads } = counting();
    loads.answered(frame(1), true);
    loads.answered(frame(1), false);
    expect(await loads.request(frame(1))).toBe(2);
    expect(calls).toHaveLength(2);
  });

  test('without a tab nothing is begun, and a request loads', async () => {
    const { calls, loads } = counting();
    loads.answered({} as Sender, true);
    expect(calls).toHaveLength(0);
    expect(await loads.request({} as Sender)).toBe(1);
  });
});

test('loads never asked for are dropped, the oldest first, beyond 32', async () => {
  const { calls, loads } = counting();
  for (let tab = 1; tab <= 40; tab++) loads.answered(frame(tab), true);
  expect(calls).toHaveLength(40);
  // The first eight were dropped: asking loads again. The last 32 are handed out.
  expect(await loads.request(frame(1))).toBe(41);
  expect(await loads.request(frame(9))).toBe(9);
  expect(await loads.request(frame(40))).toBe(40);
});
