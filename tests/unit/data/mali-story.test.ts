// The reviewed Mali story as a fact-checker would check it: every quote verbatim and anchored, every figure
// read as recorded, every number in the texts accounted for, and the statuses that matter, spelled out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../lib/index/build-index';
import { CONTEXT_LENGTH, occurrences } from '../../../lib/story/locate-quote';
import { scanTokens, uncoveredTokens } from '../../../lib/index/coverage';
import { formatError } from '../../../lib/index/validate-stories';
import type { RuntimeFact, RuntimeStory } from '../../../lib/story/runtime-types';
import { parseFigure } from '../../../lib/quantity/parse-figure';
import { findHedges } from '../../../lib/quantity/hedges';

const REPO = join(import.meta.dirname, '..', '..', '..');
const DIR = join(REPO, 'data/stories/mali-offensive-2013');

const result = buildIndex(REPO, null);
if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
const story: RuntimeStory = result.index.stories[0]!;
const fact = (id: string): RuntimeFact => {
  const f = story.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const article = (id: string) => story.articles.find((a) => a.id === id)!;

interface RawClaim { article: string; figure: string; value: unknown; hedges: string[] }
interface RawFact { id: string; kind: RuntimeFact['kind']; unit?: string; claims: RawClaim[] }
const rawFacts = (JSON.parse(readFileSync(join(DIR, 'facts.json'), 'utf8')) as { facts: RawFact[] }).facts;
// The day a text with no known publication day reads its relative dates from (see its metadata's reason).
const datedBy = (id: string): string | null =>
  (JSON.parse(readFileSync(join(DIR, 'articles', `${id}.json`), 'utf8')) as { datedBy?: { date: string } }).datedBy?.date ?? null;
const rawNotClaims = (JSON.parse(readFileSync(join(DIR, 'not-claims.json'), 'utf8')) as { notClaims: { article: string; quote: string }[] }).notClaims;

describe('the Mali story data', () => {
  test('builds without a single error', () => {
    expect(story.id).toBe('mali-offensive-2013');
    expect(story.articles.map((a) => a.id)).toEqual(['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24']);
    expect(story.facts).toHaveLength(rawFacts.length);
  });

  test('every quote is verbatim in its article, and its prefix and suffix are the text around it', () => {
    for (const f of story.facts) {
      for (const c of f.claims) {
        const text = article(c.article).text;
        const starts = occurrences(text, c.quote.exact).filter(
          (s) => text.slice(Math.max(0, s - c.quote.prefix.length), s) === c.quote.prefix && text.startsWith(c.quote.suffix, s + c.quote.exact.length),
        );
        expect(starts, `${f.id} ${c.article}: ${c.quote.exact}`).toHaveLength(1);
        const start = starts[0]!;
        expect(c.quote.prefix.length).toBe(Math.min(CONTEXT_LENGTH, start));
        expect(c.quote.suffix.length).toBe(Math.min(CONTEXT_LENGTH, text.length - start - c.quote.exact.length));
      }
    }
  });

  test('every figure lies inside its quote', () => {
    for (const f of story.facts) {
      for (const c of f.claims) {
        expect(c.figure.start).toBeGreaterThanOrEqual(0);
        expect(c.figure.end).toBeLessThanOrEqual(c.quote.exact.length);
        expect(c.quote.exact.slice(c.figure.start, c.figure.end), f.id).toBe(c.figureText);
      }
    }
  });

  test('every recorded value is what parseFigure reads, and every recorded hedge what findHedges finds', () => {
    let parsed = 0;
    for (const f of rawFacts) {
      for (const c of f.claims) {
        expect(findHedges(c.figure).sort(), `${f.id} ${c.article} "${c.figure}"`).toEqual([...c.hedges].sort());
        if (f.kind === 'status' || f.kind === 'attribution') {
          expect(typeof c.value).toBe('string');
          continue;
        }
        const a = article(c.article);
        const published = a.published?.slice(0, 10) ?? datedBy(a.id);
        expect(published, a.id).not.toBeNull();
        const v = parseFigure(c.figure, { published: published!, kind: f.kind, unit: f.unit ?? '' });
        const [lo, hi] = c.value as [number | string, number | string];
        if (v.kind === 'date') expect([v.lo, v.hi], `${f.id} ${c.article} "${c.figure}"`).toEqual([lo, hi]);
        else if (v.kind === 'quantity') {
          expect(v.unit).toBe(f.unit);
          expect([v.lo, v.hi], `${f.id} ${c.article} "${c.figure}"`).toEqual([lo, hi]);
        } else throw new Error(`${f.id}: a ${f.kind} figure parsed to a statement`);
        parsed++;
      }
    }
    expect(parsed).toBeGreaterThan(60);
  });

  test('coverage is 100%: every number, number word, date and duration is a claim figure or a reviewed not-claim', () => {
    let tokens = 0;
    for (const a of story.articles) {
      const covering = [
        ...story.facts.flatMap((f) => f.claims.filter((c) => c.article === a.id).map((c) => {
          const start = occurrences(a.text, c.quote.exact).find((s) => a.text.slice(Math.max(0, s - c.quote.prefix.length), s) === c.quote.prefix)!;
          return { start: start + c.figure.start, end: start + c.figure.end };
        })),
        ...rawNotClaims.filter((n) => n.article === a.id).map((n) => {
          const start = a.text.indexOf(n.quote);
          return { start, end: start + n.quote.length };
        }),
      ];
      tokens += scanTokens(a.text).length;
      expect(uncoveredTokens(a.text, covering).map((t) => t.text), a.id).toEqual([]);
    }
    expect(tokens).toBeGreaterThan(80);
  });

  test('texts are article text only: no promos, navigation, captions or site furniture', () => {
    for (const a of story.articles) {
      expect(a.text, a.id).not.toMatch(/Read more|Read a version of this story|Don't miss|Date created|Latest update|Pascal Guyot|Feb\. 5, 2013/);
      expect(a.text, a.id).not.toMatch(/\n\n\n|\r/);
    }
    expect(article('cnn-r1').text).toContain('"hundreds"');
    expect(article('cnn-r2').text).toContain('“hundreds”');
    expect(article('globalpost').text).toContain('confirmed\u00a0a possible\u00a0withdrawal');
  });
});

describe('article metadata: only what the sources establish', () => {
  test('the two CNN texts are revisions 1 and 2 of one article at one address', () => {
    const [r1, r2] = [article('cnn-r1'), article('cnn-r2')];
    expect(r1.revision).toEqual({ group: 'cnn-mali-conflict', number: 1 });
    expect(r2.revision).toEqual({ group: 'cnn-mali-conflict', number: 2 });
    expect(r1.urls).toEqual(r2.urls);
    expect(r1.url).toBe('https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html');
  });

  test('the AFP copy: AFP credited, its site unknown, its publication time unknown', () => {
    const afp = article('afp');
    expect([afp.publisher, afp.wire, afp.site, afp.published, afp.updated]).toEqual(['AFP', 'AFP', 'unknown', null, null]);
  });

  test('no invented times: days only where an address or the page gives them', () => {
    expect(story.articles.map((a) => [a.id, a.published, a.updated])).toEqual([
      ['cnn-r1', '2013-02-06', null],
      ['cnn-r2', '2013-02-06', null],
      ['afp', null, null],
      ['globalpost', '2013-02-06', null],
      ['france24', '2013-02-06', '2013-02-06'],
    ]);
  });

  test('hosts.json lists the host of every article address', () => {
    expect(JSON.parse(result.ok ? result.hostsJson : '[]')).toEqual(['www.astroawani.com', 'www.cnn.com', 'www.france24.com', 'www.pri.org']);
  });
});

describe('statuses a fact-checker would sign', () => {
  test('French troops in Mali: disputed; CNN r2 contradicts itself; the figure changed between CNN revisions', () => {
    const f = fact('french-troops-in-mali');
    expect(f.status).toBe('disputed');
    expect(f.override).toBeNull();
    expect(f.flags.selfContradictions).toEqual(['cnn-r2']);
    expect(f.flags.changedBetweenRevisions).toEqual(['cnn-r1', 'cnn-r2']);
    expect(f.claims.filter((c) => c.article === 'cnn-r2').map((c) => c.display)).toEqual(['4,000', '2,150']);
  });

  test('militants killed: consistent ("hundreds" and "several hundred" differ only in precision)', () => {
    const f = fact('militants-killed');
    expect(f.status).toBe('consistent');
    expect(new Set(f.claims.map((c) => c.article))).toEqual(new Set(['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24']));
  });

  test('Kidal: disputed (CNN: still under the militants\' grip; AFP and GlobalPost: taken)', () => {
    expect(fact('kidal-status').status).toBe('disputed');
  });

  test('the day Le Drian gave the toll: disputed (CNN and GlobalPost Tuesday, FRANCE 24 Wednesday)', () => {
    const f = fact('toll-day');
    expect(f.status).toBe('disputed');
    expect(f.claims.map((c) => [c.article, c.display])).toEqual([
      ['cnn-r1', '5 Feb 2013'], ['cnn-r2', '5 Feb 2013'], ['globalpost', '5 Feb 2013'], ['france24', '6 Feb 2013'],
    ]);
  });

  test('who said "some terrorist havens" remain: disputed (CNN: Fabius; FRANCE 24\'s body: Le Drian)', () => {
    const f = fact('havens-quote-speaker');
    expect(f.status).toBe('disputed');
    expect(f.claims.map((c) => [c.article, c.display])).toEqual([
      ['cnn-r1', 'Laurent Fabius (foreign minister)'],
      ['cnn-r2', 'Laurent Fabius (foreign minister)'],
      ['france24', 'Laurent Fabius (foreign minister)'],
      ['france24', 'Jean-Yves Le Drian (defence minister)'],
    ]);
    // FRANCE 24 gives the statement to Fabius in its opening and to Le Drian in its body.
    expect(f.flags.selfContradictions).toEqual(['france24']);
  });

  test('who said troop numbers would fall from March: disputed, FRANCE 24 against itself and three outlets', () => {
    const f = fact('troops-fall-quote-speaker');
    expect(f.status).toBe('disputed');
    expect(f.flags.selfContradictions).toEqual(['france24']);
    expect(f.claims.filter((c) => c.display.startsWith('Laurent Fabius')).map((c) => c.article)).toEqual(['cnn-r2', 'afp', 'globalpost', 'france24', 'france24']);
  });

  test('durations that differ only in precision are consistent, not disputes', () => {
    expect(fact('offensive-length').status).toBe('consistent');
    expect(fact('islamists-held-north').status).toBe('consistent');
    expect(fact('intervention-start').status).toBe('consistent');
    expect(fact('withdrawal-start').status).toBe('consistent');
  });

  test('African troops: consistent, and unchanged between CNN revisions (same figure, moved to the highlights)', () => {
    const f = fact('african-troops-deployed');
    expect(f.status).toBe('consistent');
    expect(f.flags.changedBetweenRevisions).toEqual([]);
  });

  test('two revisions of one CNN article are one source', () => {
    expect(fact('sandstorms-duration').status).toBe('single-source');
    expect(fact('hollande-timbuktu-visit').status).toBe('single-source');
  });

  test('exactly these facts are disputed, and they come first in the sidebar order', () => {
    const disputed = story.facts.filter((f) => f.status === 'disputed').map((f) => f.id);
    // The troop count first (a count), the day of a statement last (a reviewer weighed it 1).
    expect(disputed).toEqual(['french-troops-in-mali', 'kidal-status', 'troops-fall-quote-speaker', 'havens-quote-speaker', 'toll-day']);
    const firstOther = story.facts.findIndex((f) => f.status !== 'disputed');
    expect(firstOther).toBe(disputed.length);
  });

  test('no fact is overridden: every status shown is the computed one', () => {
    expect(story.facts.filter((f) => f.override !== null || f.status !== f.computedStatus)).toEqual([]);
  });
});
