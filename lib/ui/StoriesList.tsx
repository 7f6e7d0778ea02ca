// The stories Parallax knows, one entry each: title, dates, how many facts are disputed, where the story comes from,
// and every article with links to read it (the publisher's address, an archived copy where the index has one).
import type { ComponentChildren } from 'preact';
import { PackRemoval } from './PackRemoval';
import type { ArticleListing, StoryListing } from './stories-model';

/** An installed pack as the list names it. */
export interface PackRef {
  id: string;
  title: string;
  /** Titles of every story the pack holds (removing the pack removes them all). */
  stories: string[];
}

/** Props of the list; it only calls back, the caller removes and reports. */
export interface StoriesListProps {
  stories: StoryListing[];
  /** Installed packs by id, to name a pack story's source. */
  packs: ReadonlyMap<string, PackRef>;
  /** Removes an installed pack; without it the list shows no remove button (the welcome page). */
  onRemovePack?(packId: string): Promise<void>;
  /** Level of each story's heading (the list sits under an h2). */
  headingLevel?: 3 | 4;
}

function ArticleItem({ article }: { article: ArticleListing }) {
  const who = <span class="px-sr"> ({article.outlet})</span>;
  return (
    <li class="px-story-article">
      <p>
        <strong>{article.outlet}</strong>
        {article.date ? <span class="px-muted"> · {article.date}</span> : null}
      </p>
      {article.headline ? <p class="px-story-headline">{article.headline}</p> : null}
      {article.wireNote ? <p class="px-muted">{article.wireNote}</p> : null}
      {article.read || article.archive ? (
        <p class="px-row px-story-links">
          {article.read ? (
            <a href={article.read.href} target="_blank" rel="noopener noreferrer">
              Read it at {article.read.site}
              {who}
            </a>
          ) : null}
          {article.archive ? (
            <a href={article.archive.href} target="_blank" rel="noopener noreferrer">
              Archived copy at {article.archive.site}
              {who}
            </a>
          ) : null}
        </p>
      ) : (
        <p class="px-muted">No public address is known for this text.</p>
      )}
      {article.replacedBy ? (
        <p class="px-muted">The publisher has since replaced it at this address with {article.replacedBy}.</p>
      ) : null}
    </li>
  );
}

function Source({
  story,
  packs,
  onRemovePack,
}: { story: StoryListing } & Pick<StoriesListProps, 'packs' | 'onRemovePack'>) {
  if (story.source.kind === 'bundled') return <p class="px-muted">Comes with Parallax.</p>;
  const pack = packs.get(story.source.pack);
  const title = pack?.title ?? story.source.pack;
  const remove = onRemovePack;
  return (
    <div class="px-stack">
      {story.automatic ? (
        <p class="px-muted">
          <span class="px-tag px-tag-auto">Automatic</span> Your own comparison, kept: Parallax’s engine grouped the
          figures of the reports you added; no one has reviewed them.
        </p>
      ) : (
        <p class="px-muted">From the story pack “{title}”.</p>
      )}
      {remove && pack ? <PackRemoval pack={pack} onRemove={() => remove(pack.id)} /> : null}
    </div>
  );
}

function Heading({ level, id, children }: { level: 3 | 4; id: string; children: ComponentChildren }) {
  return level === 3 ? <h3 id={id}>{children}</h3> : <h4 id={id}>{children}</h4>;
}

/** The list itself, `aria-label`led "Stories Parallax knows". */
export function StoriesList({ stories, packs, onRemovePack, headingLevel = 3 }: StoriesListProps) {
  if (stories.length === 0) return <p>Parallax knows no story yet.</p>;
  return (
    <ul class="px-stories" aria-label="Stories Parallax knows">
      {stories.map((story) => {
        const heading = `px-story-${story.source.kind === 'pack' ? `${story.source.pack}-` : ''}${story.id}`;
        return (
          <li key={heading} class="px-story-entry">
            <article aria-labelledby={heading} class="px-stack">
              <Heading level={headingLevel} id={heading}>
                {story.title}
              </Heading>
              <p>
                {story.dates} ·{' '}
                <strong class={story.disputed > 0 ? 'px-disputed-count' : undefined}>{story.disputedText}</strong>
              </p>
              {story.summary ? <p>{story.summary}</p> : null}
              <Source story={story} packs={packs} onRemovePack={onRemovePack} />
              <ul class="px-story-articles" aria-label={`Articles of “${story.title}”`}>
                {story.articles.map((a) => (
                  <ArticleItem key={a.id} article={a} />
                ))}
              </ul>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
