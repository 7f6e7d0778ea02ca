// `npm run detect -- PAGE.html [--url ADDRESS] [--explain]`: says whether a saved page is one of the indexed
// articles ("match") or, when it is none, a report of an indexed story in its own words ("event"). Only the JSON
// answer goes to stdout; notes, and with --explain the evidence, go to stderr.
import { detectEvent } from '../lib/event/read-event-page';
import { explainRecognition, formatExplanation } from '../lib/recognise/explain';
import { recognise } from '../lib/recognise/recognise';
import { loadLocalIndex, parsePageArgs, readSavedPage } from './support/local-index';

const USAGE = 'usage: npm run detect -- PAGE.html [--url ADDRESS] [--explain]';
const { page, url, flags } = parsePageArgs(process.argv.slice(2), USAGE, ['--explain']);
const snapshot = readSavedPage(page, url);
const index = loadLocalIndex();
const match = recognise(snapshot, index.recognition);
if (flags.has('--explain')) process.stderr.write(formatExplanation(explainRecognition(snapshot, index.recognition)));
// An indexed article is that article: the event is looked for only on a page that is none of them.
const event = match
  ? null
  : detectEvent(
      { text: snapshot.text, headline: snapshot.headline ?? null, published: snapshot.published ?? null },
      index.recognition,
      index.entry,
    );
process.stdout.write(
  `${JSON.stringify({
    match: match && {
      story: match.story,
      article: match.article,
      revision: match.revision,
      score: match.score,
      method: match.method,
    },
    event: event && { story: event.match.story, score: event.match.score, facts: event.match.facts },
  })}\n`,
);
