// What the index build and a story pack store for a story's event recognition: its signature (in the story's file)
// and the words it is looked up by (in the recognition index).
import type { RuntimeStory } from '../story/runtime-types';
import { type StorySignature, storySignature } from './signature';
import { storyHeadlineTerms } from './headline-terms';
import { eventTerms } from './terms';

/** A story with its signature and its lookup words. */
export interface SignedStory {
  story: RuntimeStory;
  signature: StorySignature;
  terms: string[];
}

/** Signs a story for event recognition: its names, then its headlines' words. */
export function signStory(story: RuntimeStory): SignedStory {
  const signature = storySignature(story);
  const words = storyHeadlineTerms(story.articles);
  return { story, signature, terms: [...eventTerms(signature), ...words] };
}
