// A page the reader adds becomes a report: its text as the data format holds it, its outlet, an id of its own; the
// same page again replaces its report; pages that are no article, or too many, are refused with a reason.
import { describe, expect, test } from 'vitest';
import { MAX_REPORTS, normaliseText, readReport, reportAt, reportOf, type Report } from '../../../lib/compare/report';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { fixtureReports, snapshotOf } from './fixture-reports';

const paragraph = 'Rescue teams worked through the night in the town after the earthquake, officials said. ';

function page(url: string, text = paragraph.repeat(5)): PageSnapshot {
  return { url, canonical: null, ogUrl: null, jsonLdUrls: [], text, headline: ' A headline ', published: '2026-11-18' };
}

describe('reportOf', () => {
  test('a fixture page: its outlet, headline, day, canonical address and text, paragraphs kept', () => {
    const made = reportOf(snapshotOf('www.harbourtimes.example'), [], 1000);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const { report } = made;
    expect(report).toMatchObject({
      id: 'harbourtimes-example',
      outlet: 'harbourtimes.example',
      headline: 'Earthquake in Valdoria kills 42 as rescuers search collapsed homes',
      published: '2026-11-18',
      url: 'https://www.harbourtimes.example/world/2026/11/18/valdoria-earthquake-kills-42',
      added: 1000,
    });
    expect(report.text.split('\n\n')).toHaveLength(7);
    expect(report.text.startsWith('A powerful earthquake struck')).toBe(true);
    expect(made.replaces).toBeNull();
  });

  test('the text as the data format holds it: one blank line between paragraphs, lines joined, trimmed', () => {
    expect(normaliseText('  One\nline.\r\n\r\n\n\n  Two.  \n\n')).toBe('One line.\n\nTwo.');
  });

  test('the same page again (by any of its addresses) replaces its report and keeps its id', () => {
    const first = reportOf(page('https://www.example.org/a#top'), [], 1);
    if (!first.ok) throw new Error(first.problem);
    const again = reportOf(
      { ...page('https://www.example.org/a?ref=x'), canonical: 'https://www.example.org/a' },
      [first.report],
      2,
    );
    expect(again).toMatchObject({ ok: true, replaces: first.report.id, report: { id: first.report.id, added: 2 } });
  });

  test('a second report of one outlet gets an id of its own', () => {
    const first = reportOf(page('https://www.example.org/a'), [], 1);
    if (!first.ok) throw new Error(first.problem);
    const second = reportOf(page('https://www.example.org/b'), [first.report], 2);
    expect(second).toMatchObject({ ok: true, report: { id: 'example-org-2', outlet: 'example.org' } });
  });

  test('refuses what is not a news report, and a full comparison, with the reason', () => {
    expect(reportOf(page('https://www.example.org/a', 'Sign in to read.'), [], 1)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('too little article text'),
    });
    expect(reportOf(page('https://www.example.org/a', paragraph.repeat(1000)), [], 1)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('too long'),
    });
    expect(reportOf(page('file:///home/reader/a.html'), [], 1)).toMatchObject({ ok: false });
    const full: Report[] = [];
    for (let i = 0; i < MAX_REPORTS; i++) {
      const made = reportOf(page(`https://www.site${i}.example/a`), full, i);
      if (!made.ok) throw new Error(made.problem);
      full.push(made.report);
    }
    expect(reportOf(page('https://www.more.example/a'), full, 99)).toMatchObject({
      ok: false,
      problem: expect.stringContaining(`at most ${MAX_REPORTS} reports`),
    });
    // The same page of a full comparison is still an update.
    expect(reportOf(page('https://www.site3.example/a'), full, 99)).toMatchObject({ ok: true, replaces: full[3]!.id });
  });
});

describe('readReport', () => {
  test('reads back what was stored, and refuses damaged values', () => {
    const [report] = fixtureReports();
    expect(readReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
    for (const damaged of [
      null,
      'text',
      { ...report, id: 'Not An Id' },
      { ...report, url: 'javascript:alert(1)' },
      { ...report, urls: [42] },
      { ...report, published: 'yesterday' },
      { ...report, text: 'short' },
      { ...report, added: 'now' },
    ])
      expect(readReport(damaged)).toBeNull();
  });

  test('reportAt finds a report by any of its addresses, without the fragment', () => {
    const reports = fixtureReports();
    expect(reportAt(reports, `${reports[1]!.url}#comments`)?.id).toBe(reports[1]!.id);
    expect(reportAt(reports, 'https://www.example.org/')).toBeUndefined();
    expect(reportAt(reports, undefined)).toBeUndefined();
  });
});
