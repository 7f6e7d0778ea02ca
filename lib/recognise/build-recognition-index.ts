// Builds the recognition index from the runtime stories: addresses and winnowed text fingerprints of every
// article, inverted from fingerprint hash to articles.
import type { RuntimeStory } from '../index/runtime-types';
import { DEFAULT_PARAMS, type FingerprintParams, fingerprintSet } from '../fingerprint/fingerprint';
import type { RecognitionArticle, RecognitionIndex } from './index-format';
import { addressKey } from './normalise-address';

/** Builds the compact, JSON-serialisable, deterministic recognition index for the given stories. */
export function buildRecognitionIndex(
  stories: RuntimeStory[],
  params: FingerprintParams = DEFAULT_PARAMS,
): RecognitionIndex {
  const articles: RecognitionArticle[] = [];
  const addressSets = new Map<string, Set<number>>();
  const postingsByHash = new Map<number, number[]>();
  stories.forEach((story, storyOrdinal) => {
    for (const article of story.articles) {
      const ordinal = articles.length;
      const hashes = fingerprintSet(article.text, params);
      articles.push([
        storyOrdinal,
        article.id,
        article.revision?.group ?? null,
        article.revision?.number ?? null,
        hashes.length,
      ]);
      for (const url of [article.url, ...article.urls]) {
        const key = url ? addressKey(url) : null;
        if (!key) continue;
        const set = addressSets.get(key) ?? new Set<number>();
        set.add(ordinal);
        addressSets.set(key, set);
      }
      for (const hash of hashes) {
        const list = postingsByHash.get(hash);
        if (list) list.push(ordinal);
        else postingsByHash.set(hash, [ordinal]);
      }
    }
  });

  const addresses: Record<string, number[]> = {};
  for (const key of [...addressSets.keys()].sort()) {
    addresses[key] = [...(addressSets.get(key) ?? [])].sort((a, b) => a - b);
  }

  const sortedHashes = [...postingsByHash.keys()].sort((a, b) => a - b);
  const hashes: number[] = [];
  const postings: number[] = [];
  const counts: number[] = [];
  let previousHash = 0;
  let previousPair = 0;
  sortedHashes.forEach((hash, i) => {
    hashes.push(hash - previousHash);
    previousHash = hash;
    // Ordinals were appended in increasing order, so each list is already ascending.
    const list = postingsByHash.get(hash) ?? [];
    postings.push(...list);
    if (list.length !== 1) {
      counts.push(i - previousPair, list.length);
      previousPair = i;
    }
  });

  return {
    format: 1,
    params: { k: params.k, w: params.w },
    stories: stories.map((s) => s.id),
    articles,
    addresses,
    hashes,
    postings,
    counts,
  };
}
