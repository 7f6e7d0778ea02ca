// The next task and the next frame, asked of a window that may be closing: one being closed throws when asked for
// either, and the sidebar's steps must then end quietly instead of throwing into the page's console.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { nextFrame, nextTask } from '../../../lib/ui/closing-window';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('nextTask', () => {
  test('runs the function in a later task and returns its timer', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    expect(nextTask(then)).toBeDefined();
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  test('on a window being closed, runs nothing and does not throw', () => {
    vi.stubGlobal('setTimeout', () => {
      throw new Error('NS_ERROR_NOT_INITIALIZED');
    });
    const then = vi.fn();
    expect(nextTask(then)).toBeUndefined();
    expect(then).not.toHaveBeenCalled();
  });
});

describe('nextFrame', () => {
  test('asks the window for a frame and returns the request', () => {
    const then = vi.fn();
    const win = { requestAnimationFrame: (cb: () => void) => (cb === then ? 7 : 0) } as unknown as Window;
    expect(nextFrame(win, then)).toBe(7);
  });

  test('on a window being closed, returns undefined and does not throw', () => {
    const win = {
      requestAnimationFrame: () => {
        throw new Error('NS_ERROR_NOT_INITIALIZED');
      },
    } as unknown as Window;
    expect(nextFrame(win, vi.fn())).toBeUndefined();
  });
});
