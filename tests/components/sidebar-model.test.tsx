// The sidebar's pure helpers: quote splitting when offsets are wrong, dates, revision changes, row order.
import { describe, expect, test } from 'vitest';
import {
  factBrief,
  factView,
  formatDate,
  formatDateRange,
  outletRows,
  pageSite,
  quoteParts,
  revisionChanges,
  wireNote,
} from '../../lib/ui/sidebar-model';
import { articles, claim, story } from './fixtures/story';

const people = { kind: 'quantity', lo: 4000, hi: 4000, unit: 'people' } as const;

describe('quoteParts', () => {
  test('cuts the quote at the figure offsets', () => {
    const c = claim(
      'afp',
      'Nearly 4,000 French troops are currently deployed in Mali',
      'Nearly 4,000',
      people,
      '4,000',
    );
    expect(quoteParts(c)).toEqual({
      before: '',
      figure: 'Nearly 4,000',
      after: ' French troops are currently deployed in Mali',
    });
  });

  test('falls back to the figure text when the offsets do not match the quote', () => {
    const c = claim('cnn-r1', 'France says it has 4,000 soldiers in Mali.', '4,000', people, '4,000');
    const shifted = { ...c, figure: { start: 2, end: 7 } };
    expect(quoteParts(shifted)).toEqual({
      before: 'France says it has ',
      figure: '4,000',
      after: ' soldiers in Mali.',
    });
    const outOfRange = { ...c, figure: { start: 40, end: 400 } };
    expect(quoteParts(outOfRange).figure).toBe('4,000');
  });

  test('shows the whole quote unemphasised when the figure cannot be found', () => {
    const c = claim('cnn-r1', 'France says it has 4,000 soldiers in Mali.', '4,000', people, '4,000');
    expect(quoteParts({ ...c, figureText: '5,000', figure: { start: 0, end: 0 } })).toEqual({
      before: 'France says it has 4,000 soldiers in Mali.',
      figure: '',
      after: '',
    });
  });
});

describe('dates', () => {
  test('formats days, date-times and ranges without shifting time zones', () => {
    expect(formatDate('2013-02-06')).toBe('6 February 2013');
    expect(formatDate('2013-02-06T23:30:00-05:00')).toBe('6 February 2013');
    expect(formatDate(null)).toBeNull();
    expect(formatDateRange('2013-02-05', '2013-02-06')).toBe('5–6 February 2013');
    expect(formatDateRange('2013-01-31', '2013-02-02')).toBe('31 January – 2 February 2013');
    expect(formatDateRange('2012-12-31', '2013-01-01')).toBe('31 December 2012 – 1 January 2013');
    expect(formatDateRange('2013-02-06', '2013-02-06')).toBe('6 February 2013');
  });
});

describe('story helpers', () => {
  test('factView: the facts this article reports first, disputed first among them, then by weight', () => {
    const view = factView(story, 'cnn-r2');
    expect(view.facts.map((f) => f.id)).toEqual([
      'french-troops', // reported here, disputed
      'militants-killed',
      'african-soldiers', // reported here, agreed counts: five articles before three
      'malian-soldiers-killed',
      'offensive-length', // not reported here: a count (4) before a duration (3)
      'chadian-troops', // not reported here, one outlet
    ]);
    expect(view.disputedHere.map((f) => f.id)).toEqual(['french-troops']);
    expect([...view.reported].sort()).toEqual(['african-soldiers', 'french-troops', 'militants-killed']);
  });

  test('factView: a page that reports none of the disputed facts leads with what it does report', () => {
    const view = factView(story, 'globalpost');
    expect(view.facts[0]!.id).toBe('french-troops');
    const afp = factView(story, 'afp', new Set(['chadian-troops']));
    expect(afp.facts[0]!.id).toBe('chadian-troops');
    expect(afp.disputedHere).toEqual([]);
  });

  test('revisionChanges: the same change is described from either revision', () => {
    for (const id of ['cnn-r1', 'cnn-r2']) {
      const changes = revisionChanges(story, id);
      expect(changes.map((c) => c.fact.id)).toEqual(['french-troops']);
      expect(changes[0]?.steps.map((s) => [s.revision, s.figures])).toEqual([
        [1, ['4,000']],
        [2, ['4,000', '2,150']],
      ]);
    }
    expect(revisionChanges(story, 'afp')).toEqual([]);
  });

  test('outletRows: the reader’s article first, others in story order, claims grouped per article', () => {
    const fact = story.facts.find((f) => f.id === 'french-troops');
    if (!fact) throw new Error('fixture');
    const rows = outletRows(story, fact, 'globalpost');
    expect(rows.map((r) => [r.article.id, r.claims.length, r.isOwn])).toEqual([
      ['globalpost', 1, true],
      ['cnn-r1', 1, false],
      ['cnn-r2', 2, false],
      ['afp', 1, false],
      ['france24', 1, false],
    ]);
  });
});

describe('where the reader is', () => {
  const afp = articles.find((a) => a.id === 'afp')!;

  test('a wire report names the site the page is on, not "unknown"', () => {
    const page = pageSite(
      'https://www.astroawani.com/berita-dunia/hundreds-rebels-killed-france-leave-mali-march-6430?x=1',
    );
    expect(page).toEqual({ host: 'astroawani.com', via: null });
    expect(wireNote(afp, page)).toBe('AFP wire report, republished by astroawani.com');
    expect(
      wireNote(afp, pageSite('https://news.yahoo.com/french-led-forces-killed-hundreds-mali-rebels-061200000.html')),
    ).toBe('AFP wire report, republished by news.yahoo.com');
  });

  test('an archived copy names the original site and the archive', () => {
    const page = pageSite('https://web.archive.org/web/20130206000000/http://www.astroawani.com/berita-dunia/x');
    expect(page).toEqual({ host: 'astroawani.com', via: 'web.archive.org' });
    expect(wireNote(afp, page)).toBe('AFP wire report, republished by astroawani.com (this copy from web.archive.org)');
  });

  test('without a page address, what the index knows', () => {
    expect(wireNote(afp, null)).toBe('AFP wire report; the publishing site is unknown');
    expect(pageSite(undefined)).toBeNull();
    expect(pageSite('about:blank')).toBeNull();
    expect(pageSite('not a url')).toBeNull();
  });

  test('an outlet’s own article carries no wire note, wherever it is read', () => {
    expect(
      wireNote(articles.find((a) => a.id === 'globalpost')!, pageSite('https://www.pri.org/stories/x')),
    ).toBeNull();
  });
});

describe('factBrief', () => {
  const troops = story.facts.find((f) => f.id === 'french-troops')!;

  test('each outlet with its own figures, the reader’s article first and named as such', () => {
    expect(factBrief(troops, outletRows(story, troops, 'afp'))).toBe(
      'AFP (this article): Nearly 4,000; CNN, revision 1: 4,000; CNN, revision 2: 4,000, 2,150; GlobalPost: 4,000; ' +
        'FRANCE 24: nearly 4,000',
    );
  });

  test('a phrase (a status, who said something) names the outlets only', () => {
    const status = { ...troops, kind: 'status' as const };
    expect(factBrief(status, outletRows(story, status, 'globalpost'))).toBe(
      'Reported by GlobalPost (this article), CNN, revision 1, CNN, revision 2, AFP, FRANCE 24',
    );
  });
});
