// A text read once: its sentences (tokens, names, attributions) and every claim in it. Whatever else needs the
// sentences (the names an event match weighs) takes them from here rather than reading the text again.
import { type ExtractOptions, extractClaims, type ReadSentence, readSentences } from './extract-claims';
import type { Claim } from './types';

/** A text with its sentences and claims, as read against its publication day. */
export interface TextReading {
  text: string;
  /** The ISO day the claims' relative dates were read from, or null. */
  published: string | null;
  sentences: ReadSentence[];
  claims: Claim[];
}

/** Reads a text once: sentences, then claims from those sentences. */
export function readText(text: string, options: ExtractOptions): TextReading {
  const sentences = readSentences(text);
  return { text, published: options.published, sentences, claims: extractClaims(text, options, sentences) };
}
