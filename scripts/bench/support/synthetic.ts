// Synthetic stories for the scale benchmarks: deterministic generated prose over a 30,000-word vocabulary drawn
// with a skew (common words and phrases recur across articles as in news text), five articles a story (two
// revisions of one), and ten facts quoting three of them, so story files have a realistic size and read back whole.
import type { RuntimeArticle, RuntimeFact, RuntimeStory } from '../../../lib/story/runtime-types';

/** A deterministic text generator. */
export function generator(seed: number) {
  let s = seed >>> 0;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'da', 'pe', 'gu', 'ze', 'shi', 'tor', 'bel', 'an'];
  const vocabulary = Array.from({ length: 30000 }, (_, i) => {
    let word = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / 16)) word += syllables[n % 16];
    return word;
  });
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  const sentence = () => `${Array.from({ length: 12 + Math.floor(random() * 18) }, word).join(' ')}.`;
  const paragraph = () => Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(' ');
  const article = () => Array.from({ length: 8 + Math.floor(random() * 10) }, paragraph).join('\n\n');
  return { random, article, paragraph };
}

function article(id: string, text: string, url: string, revision: RuntimeArticle['revision']): RuntimeArticle {
  return {
    id,
    publisher: `Publisher ${id}`,
    wire: null,
    site: null,
    headline: `Headline of ${id}`,
    url,
    urls: [url],
    published: '2013-02-06',
    updated: null,
    revision,
    language: 'en',
    text,
  };
}

/** A quote of about twelve words from a text, its first word as the figure (a statement every outlet shares). */
function claimFrom(a: RuntimeArticle, at: number, value: string): RuntimeFact['claims'][number] {
  const words = a.text.split(' ');
  const start = Math.min(at, Math.max(0, words.length - 13));
  const exact = words.slice(start, start + 12).join(' ');
  const offset = a.text.indexOf(exact);
  const figureText = exact.split(' ')[0] ?? '';
  return {
    article: a.id,
    quote: {
      exact,
      prefix: a.text.slice(Math.max(0, offset - 32), offset),
      suffix: a.text.slice(offset + exact.length, offset + exact.length + 32),
    },
    figure: { start: 0, end: figureText.length },
    figureText,
    value: { kind: 'statement', value },
    display: value,
    attribution: null,
    hedges: [],
  };
}

/** Story number i of a synthetic index (the same story for the same i and generator state). */
export function syntheticStory(i: number, gen: ReturnType<typeof generator>): RuntimeStory {
  const first = gen.article();
  // The second revision keeps most paragraphs of the first and rewrites some.
  const second = first
    .split('\n\n')
    .map((p) => (gen.random() < 0.3 ? gen.paragraph() : p))
    .join('\n\n');
  const url = `https://news-${i % 97}.test/story/${i}`;
  const articles = [
    article('r1', first, url, { group: 'g', number: 1 }),
    article('r2', second, url, { group: 'g', number: 2 }),
    article('a', gen.article(), `https://wire-${i % 31}.test/${i}`, null),
    article('b', gen.article(), `https://site-${i % 53}.test/${i}`, null),
    article('c', gen.article(), `https://paper-${i % 71}.test/${i}`, null),
  ];
  const facts: RuntimeFact[] = Array.from({ length: 10 }, (_, f) => ({
    id: `fact-${f}`,
    label: `Fact ${f}`,
    kind: 'status',
    status: 'consistent',
    computedStatus: 'consistent',
    override: null,
    flags: { changedBetweenRevisions: [], selfContradictions: [] },
    claims: [articles[2]!, articles[3]!, articles[4]!].map((a) => claimFrom(a, 13 * f, `state ${f}`)),
  }));
  return {
    id: `story-${i}`,
    title: `Synthetic story ${i}`,
    summary: 'A generated story for measuring scale.',
    dates: { start: '2013-02-05', end: '2013-02-06' },
    articles,
    facts,
  };
}
