// Every claim of the reviewed index anchors on its publisher's stored page, inside the article, on its own figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorFigure } from '../../../lib/anchor/anchor-quote';
import { foldString } from '../../../lib/anchor/normalise';
import { buildTextMap } from '../../../lib/anchor/text-map';
import { buildIndex } from '../../../lib/index/build-index';
import { pageOf } from './quote-of';

const REPO = join(import.meta.dirname, '../../..');
const SITES = join(REPO, 'tests/fixtures/sites');
const built = buildIndex(REPO, null);
if (!built.ok) throw new Error(`the index does not build: ${JSON.stringify(built.errors[0])}`);
const claims = built.index.stories.flatMap((s) => s.facts.flatMap((f) => f.claims.map((c) => ({ fact: f.id, ...c }))));

interface Site {
  file: string;
  article: string | null;
  kind: string;
}
// The publishers' own pages (and an archive capture of one): republished copies may trim paragraphs.
const pages = [
  ...new Map(
    (JSON.parse(readFileSync(join(SITES, 'sites.json'), 'utf8')) as Site[])
      .filter((s) => s.article !== null && (s.kind === 'story' || s.kind === 'archive'))
      .map((s) => [s.file, s.article!]),
  ).entries(),
];

describe('the index on the stored publisher pages', () => {
  test('covers every article of the index', () => {
    const articles = new Set(built.index.stories.flatMap((s) => s.articles.map((a) => a.id)));
    expect(new Set(pages.map(([, article]) => article))).toEqual(articles);
  });

  for (const [file, article] of pages) {
    test(`${file}: every ${article} claim anchors on its figure inside <article>`, () => {
      const doc = pageOf(/<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(join(SITES, file), 'utf8'))![1]!);
      const root = doc.querySelector('article')!;
      const map = buildTextMap(root);
      const own = claims.filter((c) => c.article === article);
      expect(own.length).toBeGreaterThan(0);
      const wrong = own.flatMap((c) => {
        const range = anchorFigure(root, c, map);
        if (range === null) return [`${c.fact}: not found`];
        const text = foldString(range.toString()).text;
        return text === foldString(c.figureText).text ? [] : [`${c.fact}: found "${text}" for "${c.figureText}"`];
      });
      expect(wrong).toEqual([]);
    });
  }
});
