// Runs axe-core on a rendered view in happy-dom and returns its violations in a readable form.
import axe from 'axe-core';

/**
 * Rules that need real layout or rendering, which happy-dom does not compute: colour contrast reads painted
 * colours, and whether a scrollable region needs focus depends on real overflow. Contrast is checked by the
 * e2e runs in real browsers.
 */
export const LAYOUT_RULES = ['color-contrast', 'color-contrast-enhanced', 'scrollable-region-focusable'];

/** Violations of axe's WCAG 2 A/AA and best-practice rules, as "rule: target" strings. */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {
    rules: Object.fromEntries(LAYOUT_RULES.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
