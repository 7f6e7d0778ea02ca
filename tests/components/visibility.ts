// An IntersectionObserver for happy-dom, which has one that never reports: the test says what is in view (every
// observed element, none, or chosen ones) and the observer reports it asynchronously, as a browser does.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';

type Callback = (entries: IntersectionObserverEntry[], observer: IntersectionObserver) => void;

const observers = new Set<FakeIntersectionObserver>();
let inView: 'all' | 'none' | Set<Element> = 'all';

function visible(target: Element): boolean {
  return inView === 'all' || (inView !== 'none' && inView.has(target));
}

function entry(target: Element, isIntersecting: boolean): IntersectionObserverEntry {
  const box = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0 } as DOMRectReadOnly;
  return {
    target,
    isIntersecting,
    intersectionRatio: isIntersecting ? 1 : 0,
    boundingClientRect: box,
    intersectionRect: box,
    rootBounds: null,
    time: 0,
  } as IntersectionObserverEntry;
}

class FakeIntersectionObserver {
  readonly root: Element | null;
  readonly rootMargin: string;
  readonly thresholds = [0];
  readonly targets = new Set<Element>();
  constructor(
    private readonly callback: Callback,
    options: IntersectionObserverInit = {},
  ) {
    this.root = (options.root as Element | null | undefined) ?? null;
    this.rootMargin = options.rootMargin ?? '0px';
    observers.add(this);
  }
  observe(target: Element): void {
    if (this.targets.has(target)) return;
    this.targets.add(target);
    this.report([target]);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
    observers.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** Tells the callback, in a later task, whether each of `targets` is in view now. */
  report(targets: Element[]): void {
    setTimeout(() => {
      const still = targets.filter((t) => this.targets.has(t));
      if (still.length > 0 && observers.has(this))
        this.callback(
          still.map((t) => entry(t, visible(t))),
          this as unknown as IntersectionObserver,
        );
    }, 0);
  }
}

type WithObserver = { IntersectionObserver?: unknown };
let original: unknown;

/** Replaces the window's IntersectionObserver; by default everything observed is in view. */
export function installVisibility(): void {
  inView = 'all';
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  // The sidebar looks it up on its document's window, which happy-dom keeps apart from the test's global.
  const win = document.defaultView as unknown as WithObserver;
  original = win.IntersectionObserver;
  win.IntersectionObserver = FakeIntersectionObserver;
}

/** Says what is in view from now on and reports it to every observer. */
export function setInView(next: 'all' | 'none' | Element[]): void {
  inView = Array.isArray(next) ? new Set(next) : next;
  for (const o of observers) o.report([...o.targets]);
}

/** Puts the window's own IntersectionObserver back. */
export function uninstallVisibility(): void {
  observers.clear();
  vi.unstubAllGlobals();
  (document.defaultView as unknown as WithObserver).IntersectionObserver = original;
}

/** For every test of the file: the observer replaced with nothing in view, then everything put back. */
export function nothingInViewEachTest(): void {
  beforeEach(() => {
    installVisibility();
    setInView('none');
  });
  afterEach(() => {
    cleanup();
    uninstallVisibility();
    vi.useRealTimers();
  });
}

/** Runs `body` with no IntersectionObserver on the document's window, as in an old browser. */
export async function withoutObserver(body: () => Promise<void>): Promise<void> {
  uninstallVisibility();
  const win = document.defaultView as unknown as WithObserver;
  const saved = win.IntersectionObserver;
  win.IntersectionObserver = undefined;
  try {
    await body();
  } finally {
    win.IntersectionObserver = saved;
  }
}
