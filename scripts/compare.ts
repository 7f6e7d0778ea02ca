// `npm run compare -- PAGE.html [--url ADDRESS]`: the figures of a saved page, each with the fact of the story it
// reports (or null) and the reviewed articles whose figures agree or differ with it. The story is the indexed
// article's when the page is one, else the story the page reports (an event match), else null.
// Prints {"story": id|null, "claims": [{"quote","figure","value","fact","agrees","differs"}]} on stdout.
import { alignText } from '../lib/claims/align-claims';
import { extractClaims } from '../lib/claims/extract-claims';
import { comparedClaims, type ComparedClaim } from '../lib/event/page-figures';
import { bestEventReading, candidateEntries } from '../lib/event/read-event-page';
import { recognise } from '../lib/recognise/recognise';
import { loadLocalIndex, parsePageArgs, readSavedPage } from './support/local-index';

const USAGE = 'usage: npm run compare -- PAGE.html [--url ADDRESS]';
const { page, url } = parsePageArgs(process.argv.slice(2), USAGE);
const snapshot = readSavedPage(page, url);
const index = loadLocalIndex();
const meta = { text: snapshot.text, headline: snapshot.headline ?? null, published: snapshot.published ?? null };

function answer(): { story: string | null; claims: ComparedClaim[] } {
  const match = recognise(snapshot, index.recognition);
  const matched = match ? index.story(match.story) : null;
  if (match && matched) {
    // An indexed article: its figures against the other articles' (its own reviewed claims are the page itself).
    const article = matched.articles.find((a) => a.id === match.article);
    const published = (meta.published ?? article?.published ?? null)?.slice(0, 10) ?? null;
    const text = meta.headline ? `${meta.headline}\n\n${meta.text}` : meta.text;
    const { alignments } = alignText(extractClaims(text, { published }), matched, { published, requireStory: false });
    return { story: match.story, claims: comparedClaims(alignments, text, [match.article]) };
  }
  const event = bestEventReading(meta, candidateEntries(meta, index.recognition, index.entry));
  if (event)
    return { story: event.entry.story.id, claims: comparedClaims(event.reading.alignments, event.reading.text) };
  const text = meta.headline ? `${meta.headline}\n\n${meta.text}` : meta.text;
  const claims = extractClaims(text, { published: meta.published });
  return {
    story: null,
    claims: claims.map((c) => ({
      quote: c.sentence.text.trim(),
      figure: c.figure.text,
      value: c.value,
      fact: null,
      agrees: [],
      differs: [],
    })),
  };
}

process.stdout.write(`${JSON.stringify(answer())}\n`);
