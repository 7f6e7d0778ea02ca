// The comparison's test reports: the fixture pages of an invented earthquake (tests/fixtures/sites, kind
// "comparison"), read as the extension reads a page the reader adds (extractPage, then reportOf).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { type Report, reportOf } from '../../../lib/compare/report';
import { extractPage } from '../../../lib/extract/extract-page';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { loadSites, pageUrl, type SitePage, sitesDir } from '../../e2e/harness/sites';

/** The three reports the reader adds, in order, and the fourth outlet's report of the same event. */
export const REPORT_HOSTS = ['www.harbourtimes.example', 'www.dailyledger.example', 'www.northerncourier.example'];
export const FOURTH_HOST = 'www.coastalpost.example';

/** The fixture page on a host. */
export function sitePage(host: string): SitePage {
  const page = loadSites().find((p) => p.kind === 'comparison' && p.host === host);
  if (!page) throw new Error(`sites.json lists no comparison page on ${host}`);
  return page;
}

/** A fixture page as the content script reads it. */
export function snapshotOf(host: string): PageSnapshot {
  const page = sitePage(host);
  const { document } = parseHTML(readFileSync(join(sitesDir, page.file), 'utf8'));
  return extractPage(document as unknown as Document, pageUrl(page));
}

/** The three reports, added one after the other from `start` (ms), a minute apart. */
export function fixtureReports(start = Date.UTC(2026, 10, 18, 12)): Report[] {
  const reports: Report[] = [];
  REPORT_HOSTS.forEach((host, i) => {
    const made = reportOf(snapshotOf(host), reports, start + i * 60_000);
    if (!made.ok) throw new Error(`${host}: ${made.problem}`);
    reports.push(made.report);
  });
  return reports;
}
