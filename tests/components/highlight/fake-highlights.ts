// A stand-in for the CSS Custom Highlight API (which happy-dom lacks) that records what is painted.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Records its ranges like a real Highlight. */
export class FakeHighlight {
  ranges = new Set<AbstractRange>();
  priority = 0;
  get size(): number {
    return this.ranges.size;
  }
  add(range: AbstractRange): this {
    this.ranges.add(range);
    return this;
  }
  clear(): void {
    this.ranges.clear();
  }
}

/** A registry that is a plain Map, as CSS.highlights is. */
export class FakeRegistry extends Map<string, FakeHighlight> {}

/** Installs the fake API on `win`; returns the registry and a function that removes the fake again. */
export function installFakeHighlights(win: Window): { registry: FakeRegistry; uninstall(): void } {
  const registry = new FakeRegistry();
  const w = win as unknown as { CSS?: object; Highlight?: unknown };
  // happy-dom's CSS is a getter returning a fresh object each time: replace it with one that has a registry.
  const original = Object.getOwnPropertyDescriptor(w, 'CSS');
  Object.defineProperty(w, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  Object.defineProperty(w, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return {
    registry,
    uninstall() {
      delete w.CSS;
      if (original !== undefined) Object.defineProperty(w, 'CSS', original);
      delete w.Highlight;
    },
  };
}

/** Puts the body of a stored publisher page (tests/fixtures/sites) into `doc`; its scripts do not run. */
export function loadSitePage(doc: Document, file: string): void {
  const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites', file), 'utf8');
  doc.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;
}

/** The texts of a highlight's ranges, in the order they were added. */
export function textsOf(h: FakeHighlight | undefined): string[] {
  return h === undefined ? [] : [...h.ranges].map((r) => (r as Range).toString());
}
