// The page fixtures and report texts as the content script would read them, for tests that run every one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../../../lib/extract/extract-page';
import type { PageSnapshot } from '../../../../lib/extract/page-snapshot';
import { REPO } from './stories';

/** The page fixture as the content script reads it (fixtures.test.ts reads it the same way). */
export function fixturePage(slug: string): PageSnapshot {
  const dir = join(REPO, 'tests/fixtures/pages', slug);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string | null };
  const { document } = parseHTML(readFileSync(join(dir, 'page.html'), 'utf8'));
  return extractPage(document as unknown as Document, expected.url ?? `file:///fixtures/${slug}/page.html`);
}

/** A report text as a page at its own address, with the headline and day its metadata records. */
export function reportPage(name: string): PageSnapshot {
  const base = join(REPO, 'tests/fixtures', name);
  const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as {
    url?: string;
    headline?: string | null;
    published?: string | null;
  };
  const text = readFileSync(`${base}.txt`, 'utf8');
  return {
    url: meta.url ?? 'https://example.invalid/',
    canonical: null,
    ogUrl: null,
    jsonLdUrls: [],
    text,
    headline: meta.headline ?? null,
    published: meta.published ?? null,
  };
}
