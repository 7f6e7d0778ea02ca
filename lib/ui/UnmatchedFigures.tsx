// Beside a report of the reader's comparison: the figures only this report gives (or that the engine could not
// match to another report's with confidence), listed in its own words and not compared.
import type { RuntimeStory } from '../story/runtime-types';
import { QuoteText } from './QuoteText';

/** Props: the comparison's story and the report this page is. */
export interface UnmatchedFiguresProps {
  story: RuntimeStory;
  articleId: string | null;
}

/** "Only in this report": this report's figures that are not compared, or nothing when it has none. */
export function UnmatchedFigures({ story, articleId }: UnmatchedFiguresProps) {
  const figures = (story.automatic?.unmatched ?? []).filter((u) => u.article === articleId);
  if (figures.length === 0) return null;
  return (
    <section class="px-auto px-unmatched" aria-labelledby="px-unmatched-heading">
      <h3 id="px-unmatched-heading">Only in this report</h3>
      <p class="px-auto-note">
        Figures Parallax found in no other report you added, or could not match to another’s with confidence: they are
        not compared.
      </p>
      <ul class="px-auto-list">
        {figures.map((u, i) => (
          <li key={`${u.fact}-${i}`} class="px-auto-item">
            <p class="px-auto-label">
              <strong>{u.label}</strong>
            </p>
            <p class="px-quote-line">
              <QuoteText claim={u} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
