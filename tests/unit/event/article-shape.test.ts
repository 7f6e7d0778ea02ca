import { describe, expect, it } from 'vitest';
import { articleShaped } from '../../../lib/event/article-shape';
import { readPageText } from '../../../lib/event/page-text';

// Paragraphs written for this test: a short report, and a section front listing headlines and cut snippets.
const REPORT = [
  'Flood water reached the lower town on Tuesday night, and the council opened two shelters before midnight.',
  'About 300 residents spent the night in the school gym, the council said in a statement on Wednesday.',
  'The river rose 2.4 metres in six hours, the highest reading at the gauge since it was installed in 1998.',
  'Crews began pumping out basements on Wednesday afternoon as the water started to fall.',
  'The mayor said the town would ask the region for help with the cost of the clean-up.',
  'Schools in the lower town will stay closed until Friday.',
].join('\n\n');

const SECTION_FRONT = [
  'Flood water reaches the lower town as shelters open',
  'Council to ask the region for help with the clean-up costs',
  'River gauge shows the highest reading since it was installed',
  'Crews pump out basements as the water begins to fall across the …',
  'Schools in the lower town to stay closed until the end of the week',
  'Opinion: the town needs a better plan for the next big flood',
].join('\n\n');

// Other stories' headlines above a report, as an extraction may keep them (a "more from us" block).
const HEADLINES_ABOVE_REPORT = `${SECTION_FRONT}\n\n${REPORT}`;

// A section front whose every headline has a one-sentence summary below it.
const FRONT_WITH_SUMMARIES = SECTION_FRONT.split('\n\n')
  .map(
    (headline, i) =>
      `${headline}\n\nA summary of item ${i + 1} in one sentence of a dozen or so words, as fronts give.`,
  )
  .join('\n\n');

describe('whether a page reads as an article', () => {
  it('takes a report whose paragraphs end as sentences for an article', () => {
    expect(articleShaped(REPORT)).toBe(true);
  });

  it('does not take a list of headlines and cut snippets for one', () => {
    expect(articleShaped(SECTION_FRONT)).toBe(false);
  });

  it('takes a report with a block of other headlines above it for an article', () => {
    expect(articleShaped(HEADLINES_ABOVE_REPORT)).toBe(true);
  });

  it('does not take a front of headlines, each with a sentence of summary, for one', () => {
    expect(articleShaped(FRONT_WITH_SUMMARIES)).toBe(false);
  });

  it('gives a text of few paragraphs the benefit of the doubt (a brief)', () => {
    expect(articleShaped(SECTION_FRONT.split('\n\n').slice(0, 3).join('\n\n'))).toBe(true);
  });

  it('is read once per page, on the text without its headline, and the same each time it is asked', () => {
    const list = readPageText({ text: SECTION_FRONT, headline: 'Latest news', published: '2026-03-04' });
    const report = readPageText({ text: REPORT, headline: 'Flood reaches the lower town', published: null });
    expect([list.articleShaped(), list.articleShaped()]).toEqual([false, false]);
    expect([report.articleShaped(), report.articleShaped()]).toEqual([true, true]);
  });
});
