// Every short run of words from the seed copy either parses to a well-formed value or fails with a
// FigureParseError: the index build can rely on no other error and no malformed interval.
import { expect, test } from 'vitest';
import type { RuntimeFact } from '../../../lib/story/runtime-types';
import { formatValue } from '../../../lib/quantity/format-value';
import { findHedges } from '../../../lib/quantity/hedges';
import { FigureParseError, parseFigure } from '../../../lib/quantity/parse-figure';

// Paragraphs of the seed texts (AFP, FRANCE 24, GlobalPost, CNN revision 2), verbatim.
const COPY = `Defence Minister Jean-Yves Le Drian said the 26-day military intervention had killed "several hundred" Islamist militants as its air and ground forces chased them from their northern strongholds into remote mountainous terrain in the far northeast, near the Algerian border.
France's sole fatality so far has been a helicopter pilot who was killed at the start of the military operation, while "two or three" soldiers have suffered light injuries, Le Drian said.
Mali said 11 of its troops were killed and 60 wounded after the battle at Konna last month but it has not since released a new death toll.
The French defence ministry said Kidal -- the last town to fall of those seized by Al Qaeda-linked fighters who occupied northern Mali for 10 months -- was now under the control of French forces and some 1,800 Chadian troops.
A Malian security source confirmed the Tuareg group was in the town 80 kilometres (50 miles) from the Niger border, which Nigerien troops had taken from Islamist occupiers but then left as they continued their advance.
Fance has deployed nearly 4,000 ground troops, as well as warplanes and armoured vehicles in its three-week-old Operation Serval that has broken the Islamist militants’ 10-month grip on northern towns.
It is now due to gradually hand over to a UN-backed African force of some 8,000 troops, known as AFISMA, of which around 3,800 have already been deployed.
“I think that from March, if everything goes according to plan, the number of French troops should fall.”
A child leads his wood filled donkey cart past a destroyed Malian army armoured vehicle on Feb. 5, 2013 in Douentza.
With 4,000 troops, the French military intervention in Mali has reached its "maximum level," he said. Le Drian and other high-ranking French officials confirmed a possible withdrawal of France's 4,000 troops could begin in the next few weeks, although French and Malian troops continue to fight Islamist militants.
France has 2,150 soldiers in Mali and 1,000 more troops supporting the operation from elsewhere.
Last week, French President Francois Hollande visited Timbuktu, just days after French forces had freed the fabled city from Islamist militants.`;

const KINDS: [RuntimeFact['kind'], string][] = [
  ['count', 'people'],
  ['duration', 'days'],
  ['date', 'days'],
  ['distance', 'km'],
  ['duration', 'months'],
];

test('every run of one to six words parses to a well-formed value or throws FigureParseError', () => {
  const words = COPY.split(/\s+/);
  let parsed = 0;
  for (let i = 0; i < words.length; i++) {
    for (let len = 1; len <= 6 && i + len <= words.length; len++) {
      const figure = words.slice(i, i + len).join(' ');
      for (const [kind, unit] of KINDS) {
        let value: ReturnType<typeof parseFigure> | undefined;
        try {
          value = parseFigure(figure, { published: '2013-02-06', kind, unit });
        } catch (error) {
          if (!(error instanceof FigureParseError)) throw new Error(`"${figure}" as ${kind}: ${String(error)}`);
          continue;
        }
        parsed++;
        if (value.kind === 'quantity') {
          expect(
            Number.isFinite(value.lo) && Number.isFinite(value.hi) && value.lo >= 0 && value.lo <= value.hi,
            `${figure} → ${JSON.stringify(value)}`,
          ).toBe(true);
        } else if (value.kind === 'date') {
          expect(
            value.lo <= value.hi && /^\d{4}-\d{2}-\d{2}$/.test(value.hi),
            `${figure} → ${JSON.stringify(value)}`,
          ).toBe(true);
        }
        expect(formatValue(value)).not.toMatch(/NaN|undefined|Infinity/);
        expect(Array.isArray(findHedges(figure))).toBe(true);
      }
    }
  }
  // The copy is full of figures: a parser that rejected everything would pass the loop above.
  expect(parsed).toBeGreaterThan(500);
});
