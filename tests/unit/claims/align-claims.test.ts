// alignClaims on named copy: the fact each figure reports or none, the reviewed outlets it agrees and differs with,
// and "none" wherever saying something would be a false statement.
import { describe, expect, test } from 'vitest';
import { align, factOf, mali } from './helpers';

const BRIEF = `PARIS, Feb 6 (Test Wire) - France's offensive in Mali has killed hundreds of Islamist fighters, Defence Minister Jean-Yves Le Drian said on Tuesday, and about 4,000 French troops will start leaving in March.

Some 1,800 Chadian troops now hold Kidal with French forces. The 8,000 pledged African troops are arriving slowly; rebel ranks are estimated at 3,000 fighters. Mali says 11 of its soldiers were killed and 60 wounded, while France's sole fatality is a helicopter pilot.`;

describe('a report of the story in other words', () => {
  const alignments = align(BRIEF, '2013-02-06');

  test('each figure is aligned with the fact it reports', () => {
    expect(factOf(alignments, 'hundreds')).toBe('militants-killed');
    expect(factOf(alignments, 'on Tuesday')).toBe('toll-day');
    expect(factOf(alignments, 'about 4,000')).toBe('french-troops-in-mali');
    expect(factOf(alignments, 'in March')).toBe('withdrawal-start');
    expect(factOf(alignments, 'Some 1,800')).toBe('chadian-troops-kidal');
    expect(factOf(alignments, '11')).toBe('malian-soldiers-killed');
    expect(factOf(alignments, '60')).toBe('malian-soldiers-wounded');
    expect(factOf(alignments, 'sole')).toBe('french-soldiers-killed');
  });

  test('look-alike figures align with nothing they do not report', () => {
    // "8,000 pledged African troops" is not "French troops in Mali"; an estimate of the rebels' strength is not a toll.
    expect(factOf(alignments, '8,000')).not.toBe('french-troops-in-mali');
    expect(factOf(alignments, '3,000')).toBeNull();
  });

  test('agreement is computed as the statuses are: by the interval logic', () => {
    const troops = alignments.find((a) => a.claim.figure.text === 'about 4,000')!;
    expect(troops.value).toMatchObject({ kind: 'quantity', lo: 3600, hi: 4400, unit: 'people' });
    expect(troops.agrees).toEqual(expect.arrayContaining(['cnn-r1', 'afp', 'globalpost', 'france24']));
    // CNN's second revision also says 2,150 in its body: that claim differs.
    expect(troops.differs).toEqual(['cnn-r2']);
    expect(troops.confidence).toBeGreaterThan(0);
    expect(troops.reason).toMatch(/^fits french-troops-in-mali/);
  });

  test('a speaker fact, and a status with the statement it makes', () => {
    const speaker = alignments.find((a) => a.claim.kind === 'attribution' && a.fact === 'toll-speaker');
    expect(speaker?.value).toEqual({ kind: 'statement', value: 'Jean-Yves Le Drian (defence minister)' });
    const kidal = alignments.find((a) => a.fact === 'kidal-status');
    expect(kidal?.value).toEqual({ kind: 'statement', value: 'under French-led control' });
  });
});

describe('a figure that differs is aligned, and differs', () => {
  test('2,500 French troops against 4,000', () => {
    const a = align(
      'About 2,500 French soldiers are now deployed in Mali, the defence ministry said on Wednesday, and the first ' +
        'will leave in March. Defence Minister Jean-Yves Le Drian said hundreds of militants had been killed.',
      '2013-02-06',
    );
    const troops = a.find((x) => x.claim.figure.text === 'About 2,500')!;
    expect(troops.fact).toBe('french-troops-in-mali');
    expect(troops.agrees).toEqual([]);
    expect(troops.differs).toEqual(expect.arrayContaining(['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24']));
  });
});

describe('another time in the same text', () => {
  test('figures of another time in a sentence of their own align with nothing', () => {
    const a = align(
      BRIEF.replace(
        'Mali says 11',
        'In Afghanistan, between 2001 and 2012, France lost more than 80 soldiers. Mali says 11',
      ),
      '2013-02-06',
    );
    expect(factOf(a, 'more than 80')).toBeNull();
  });
});

describe('a second story works from its data alone', () => {
  test('the engine learns the facts of a story it has never seen', async () => {
    const { floodStory } = await import('./flood-story');
    const a = align(
      'Officials in Kelmor said on Friday that some 2,000 residents had been evacuated after the river burst its ' +
        'banks, and that three people had died. Repairs to the dam could take about six weeks, an engineer said.',
      '2021-03-12',
      floodStory(),
    );
    expect(factOf(a, 'some 2,000')).toBe('evacuated');
    expect(factOf(a, 'three')).toBe('dead');
    expect(factOf(a, 'about six weeks')).toBe('repair-time');
    // The flood story knows nothing of troops: the Mali words mean nothing to it.
    expect(mali.facts.some((f) => f.id === 'evacuated')).toBe(false);
  });
});
