// Validates every story's reviewed files and the coverage of their texts, collecting all errors at once.
import type { CheckedStory, DataError, StorySource } from './data-types';
import { checkArticles, checkStoryHead } from './check-articles';
import { checkFacts, checkNotClaims } from './check-facts';
import { storyCoverage } from './coverage';

/** How strict the checks are: the data build refuses drafts; only a throwaway evaluation index allows them. */
export interface ValidateOptions {
  /**
   * Accept facts marked "draft" (the engine's guesses), and skip the coverage lint, which asks a reviewer's
   * completeness of a draft. Only `npm run eval:events` builds such an index, in a temporary folder.
   */
  allowDrafts?: boolean;
}

/** Every story that passed, and every problem found (a story with any problem is left out). */
export interface Validation {
  stories: CheckedStory[];
  errors: DataError[];
}

/** Checks one story's files: head, articles, facts, not-claims, then coverage of every text. */
export function validateStory(source: StorySource, options: ValidateOptions = {}): Validation {
  const errors: DataError[] = [];
  const head = checkStoryHead(source, errors);
  const order = head?.articleIds ?? source.articles.map((a) => a.id).sort();
  const articles = checkArticles(source, order, errors);
  const known = new Set(source.articles.map((a) => a.id));
  const facts = checkFacts(`${source.dir}/facts.json`, source.facts, articles, known, errors, options.allowDrafts);
  const notClaims = checkNotClaims(`${source.dir}/not-claims.json`, source.notClaims, articles, known, errors);
  if (errors.length > 0 || !head) return { stories: [], errors };
  const story: CheckedStory = {
    id: head.id,
    dir: source.dir,
    title: head.title,
    summary: head.summary,
    dates: head.dates,
    articles,
    facts,
    notClaims,
  };
  // Coverage is only meaningful once every claim and not-claim is where it says it is.
  if (options.allowDrafts) return { stories: [story], errors: [] };
  const coverage = storyCoverage(story);
  return coverage.errors.length > 0 ? { stories: [], errors: coverage.errors } : { stories: [story], errors: [] };
}

/** Checks all stories, and that story and article ids are unique across the index. */
export function validateStories(sources: readonly StorySource[], options: ValidateOptions = {}): Validation {
  const stories: CheckedStory[] = [];
  const errors: DataError[] = [];
  const storyIds = new Map<string, string>();
  const articleIds = new Map<string, string>();
  for (const source of sources) {
    const result = validateStory(source, options);
    errors.push(...result.errors);
    for (const story of result.stories) {
      const other = storyIds.get(story.id);
      if (other)
        errors.push({
          file: `${source.dir}/story.json`,
          item: 'story',
          reason: `duplicate story id "${story.id}" (also ${other})`,
        });
      storyIds.set(story.id, source.dir);
      for (const a of story.articles) {
        const where = articleIds.get(a.id);
        if (where) {
          errors.push({
            file: `${source.dir}/articles/${a.id}.json`,
            item: `article "${a.id}"`,
            reason: `duplicate article id (also in ${where})`,
          });
        }
        articleIds.set(a.id, source.dir);
      }
      stories.push(story);
    }
  }
  return { stories: errors.length > 0 ? [] : stories, errors };
}

/** One line per error: `file: item: reason`. */
export function formatError(error: DataError): string {
  return `${error.file}: ${error.item}: ${error.reason}`;
}
