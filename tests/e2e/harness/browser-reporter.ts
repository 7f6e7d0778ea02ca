// Prints, before the first file of each end-to-end project, which browser that part of the run drives (its
// version line and executable), so a log says at the top of each part which browser its results belong to.
import type { Reporter, TestModule } from 'vitest/node';
import { describeBrowser, type E2eBrowser } from './browsers';

/** A vitest reporter that adds one header line per end-to-end project; the default reporter does the rest. */
export default class BrowserReporter implements Reporter {
  private readonly announced = new Set<string>();

  onTestModuleStart(testModule: TestModule): void {
    const project = testModule.project;
    const browser = project.config.env?.PARALLAX_E2E_BROWSER as E2eBrowser | undefined;
    if (!browser || this.announced.has(project.name)) return;
    this.announced.add(project.name);
    process.stdout.write(`\n=== ${project.name}: ${describeBrowser(browser)}\n\n`);
  }
}
