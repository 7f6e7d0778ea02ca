// The next task, asked of a window that may be closing: one being closed throws when asked for a timer, and the
// sidebar's steps must then end quietly instead of throwing into the page's console.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { nextTask } from '../../../lib/ui/next-task';

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
