// Runs axe-core on a rendered view in happy-dom and returns its violations in a readable form.
import axe from 'axe-core';

/**
 * Rules that need painted colours over real layout, which happy-dom does not compute (it would only report them
 * as incomplete). Contrast has to be checked in a real browser.
 */
export const LAYOUT_RULES = ['color-contrast', 'color-contrast-enhanced'];

/** Violations of axe's WCAG 2 A/AA and best-practice rules, as "rule: target" strings. */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {
    rules: Object.fromEntries(LAYOUT_RULES.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}
