// Which figures get marked, and what the card says about them.
import { describe, expect, test } from 'vitest';
import { cardContent, targetsFor } from '../../../lib/highlight/targets';
import { articles, facts } from './story-facts';

describe('targetsFor', () => {
  test('takes only the article own claims of disputed facts by default', () => {
    const targets = targetsFor(facts, 'globalpost', false);
    expect(targets.map((t) => t.claimId)).toEqual(['french-troops#3', 'french-troops#4']);
    expect(targets.every((t) => t.tone === 'disputed' && t.article === 'globalpost')).toBe(true);
  });

  test('adds consistent facts quietly when asked, never single-source ones', () => {
    const targets = targetsFor(facts, 'globalpost', true);
    expect(targets.map((t) => [t.claimId, t.tone])).toEqual([
      ['french-troops#3', 'disputed'],
      ['french-troops#4', 'disputed'],
      ['malian-soldiers-killed#1', 'agreed'],
    ]);
  });
});

describe('cardContent', () => {
  test('lists the other articles figures by outlet, without this article and without repeats', () => {
    const fact = facts[0]!;
    const target = targetsFor(facts, 'globalpost', false)[0]!;
    const content = cardContent(fact, target, articles);
    expect(content).toEqual({
      factId: 'french-troops',
      label: 'French troops in Mali',
      tone: 'disputed',
      figure: '4,000',
      others: [
        { outlet: 'CNN, revision 1', figures: ['4,000'] },
        { outlet: 'CNN, revision 2', figures: ['2,150'] },
        { outlet: 'AFP', figures: ['Nearly 4,000'] },
      ],
    });
  });

  test('falls back to the article id when the article is unknown', () => {
    const content = cardContent(facts[0]!, targetsFor(facts, 'afp', false)[0]!, []);
    expect(content.others.map((o) => o.outlet)).toEqual(['cnn-r1', 'cnn-r2', 'globalpost']);
  });
});
