// The text map: what text it reads, how it folds it, and how offsets map back to nodes.
import { describe, expect, test } from 'vitest';
import { buildTextMap, rangeOf } from '../../../lib/anchor/text-map';
import { pageOf } from './quote-of';

describe('buildTextMap', () => {
  test('reads block boundaries as one space and folds whitespace, quotes and dashes', () => {
    const doc = pageOf(
      '<div id="r"><h1>Title</h1><p>One&nbsp;“two”\n  three</p><p>four – <i>five</i><br>six</p></div>',
    );
    const map = buildTextMap(doc.getElementById('r')!);
    expect(map.text).toBe('Title One "two" three four - five six');
    expect(map.nodeOf.length).toBe(map.text.length);
  });

  test('maps folded offsets back onto the right text nodes', () => {
    const doc = pageOf('<div id="r"><p>ab  <b>cd</b>e</p></div>');
    const map = buildTextMap(doc.getElementById('r')!);
    expect(map.text).toBe('ab cde');
    const range = rangeOf(map, 1, 5)!;
    expect(range.toString()).toBe('b  cd');
    expect(range.endContainer.textContent).toBe('cd');
  });

  test('skips non-prose and hidden subtrees but keeps text around them', () => {
    const doc = pageOf(
      '<div id="r">a<style>p{}</style><noscript>n</noscript><template>t</template><span style="display: ' +
        'none">h</span>b</div>',
    );
    expect(buildTextMap(doc.getElementById('r')!).text).toBe('ab');
  });
});
