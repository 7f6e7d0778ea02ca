// Preact's effects after a frame, scheduled through a window that may be closing: asking it for a frame or cancelling
// one may throw, and the effects must run all the same, without an error.
import { options } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { safeAfterPaint } from '../../../lib/ui/safe-after-paint';

const before = options.requestAnimationFrame;
afterEach(() => {
  options.requestAnimationFrame = before;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function fakeWindow(throws: boolean) {
  const frames: (() => void)[] = [];
  const cancelled: number[] = [];
  const win = {
    requestAnimationFrame: (cb: () => void) => {
      if (throws) throw new Error('NS_ERROR_NOT_INITIALIZED');
      frames.push(cb);
      return frames.length;
    },
    cancelAnimationFrame: (id: number) => {
      if (throws) throw new Error('NS_ERROR_NOT_INITIALIZED');
      cancelled.push(id);
    },
  } as unknown as Window;
  return { win, frames, cancelled };
}

/** The scheduler installed on a fake window (see fakeWindow), and effects to schedule through it. */
function installed(throws: boolean) {
  const fake = fakeWindow(throws);
  safeAfterPaint(fake.win);
  const effects = vi.fn();
  return { ...fake, effects, schedule: () => options.requestAnimationFrame!(effects) };
}

describe('safeAfterPaint', () => {
  test('effects run in a task after the frame, and the timer that stood in for it is stopped', () => {
    vi.useFakeTimers();
    const { frames, effects, schedule } = installed(false);
    schedule();
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(effects).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(effects).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(effects).toHaveBeenCalledTimes(1);
  });

  test('a frame that never comes: effects run on the timer, and the frame is cancelled', () => {
    vi.useFakeTimers();
    const { cancelled, effects, schedule } = installed(false);
    schedule();
    vi.advanceTimersByTime(34);
    expect(effects).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(effects).toHaveBeenCalledTimes(1);
    expect(cancelled).toEqual([1]);
  });

  test('a window that throws when asked for a frame or to cancel one: nothing throws, effects run once', () => {
    vi.useFakeTimers();
    const { effects, schedule } = installed(true);
    expect(schedule).not.toThrow();
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
    expect(effects).toHaveBeenCalledTimes(1);
  });

  test('a window that cannot give a timer either: scheduling the effects does not throw', () => {
    const { schedule } = installed(true);
    vi.stubGlobal('setTimeout', () => {
      throw new Error('NS_ERROR_NOT_INITIALIZED');
    });
    expect(schedule).not.toThrow();
  });
});
