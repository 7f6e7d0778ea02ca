// The first thing the sidebar says beside a report of the reader's own comparison: it is automatic, how it was made,
// and the reports it compares (this page among them).
import type { RuntimeStory } from '../story/runtime-types';
import { ArticleLinks } from './ArticleLinks';

/** Props: the comparison's story, the report this page is, and whether the reader kept the comparison. */
export interface ComparisonNoticeProps {
  story: RuntimeStory;
  articleId: string | null;
  kept: boolean;
}

/** "Automatic · Your comparison of 3 reports", one line on how it was made, and the reports. */
export function ComparisonNotice({ story, articleId, kept }: ComparisonNoticeProps) {
  const n = story.articles.length;
  return (
    <section class="px-event px-comparison" aria-labelledby="px-comparison-heading">
      <h3 id="px-comparison-heading">
        <span class="px-tag px-tag-auto">Automatic</span> Your comparison of {n} reports
      </h3>
      <p>
        Parallax’s engine grouped the figures of the {n} reports you added; no one has reviewed them. Only figures two
        or more reports give, grouped with confidence, are compared as facts.
      </p>
      <ArticleLinks story={story} current={articleId} label="Reports you compared" />
      <p class="px-muted">
        {kept
          ? 'You kept this comparison: Parallax shows it again beside each of these reports.'
          : 'Keep it from Parallax’s toolbar button to see it again beside each of these reports.'}
      </p>
    </section>
  );
}
