// readFigures, the grammar of news figures: what is a figure and what is not, each figure's value as written, the
// interval its hedge allows, its unit, change, kind and what it counts (tests/fixtures/quantities/README.md).
import { describe, expect, test } from 'vitest';
import { type Figure, readFigures } from '../../../lib/claims/read-figures';

const PUB = '2013-02-06';
const figures = (text: string, published: string | null = PUB, country: string | null = null) =>
  readFigures(text, { published, country });
const one = (text: string, figure: string, published: string | null = PUB, country: string | null = null): Figure => {
  const found = figures(text, published, country).find((f) => f.text === figure);
  if (!found)
    throw new Error(
      `no figure "${figure}" in: ${figures(text, published)
        .map((f) => f.text)
        .join(' | ')}`,
    );
  return found;
};

describe('not quantities', () => {
  test.each([
    ['The FTSE 100 fell 1.2% on the day.', ['1.2%']],
    ['At 10:15 p.m. on Friday, 12 people were killed.', ['Friday', '12']],
    ['A Boeing 737 and the S&P 500 were in the news; COVID-19 and the G20 too.', []],
    ['He finished third and it was the first time; the 21st century began.', []],
    ['Call 911 or +44 20 7946 0000, or see Section 8 and page 5.', []],
    ['Rovers beat United 3-1 on Saturday.', ['3-1', 'Saturday']],
    ['Tickets for the 2012 Olympics went on sale; one of the organisers said so.', []],
    ['Anyone with information should call Crime Stoppers on 1800 333 000 or the helpline 1930.', []],
    ['Call the dispatch centre at 937-225-4557.', []],
    ['They had spoken on the phone 20 minutes before.', ['20 minutes']],
    ['Residents at 1400 Oak Street and at 44 E. Bruce Ave. were told to boil water.', []],
    ['You either 1) cut the topics, or 2) cut the quality.', []],
    ["Savings moved into 401(k)s and Apple's iLife '11 suite during 9/11, says BBC Two.", []],
    ['The draw for the round of 16 was made; Delta 4 Heavy rose; it ran the 100m butterfly.', []],
    ["She took the women's 10,000m title; 150px wide.", []],
    ['2002 World Cup, we won bronze; it cost $400 million (1999 dollars).', ['$400 million']],
    ['A third US car maker said so, and a single-class cabin seats 800.', ['800']],
    ['It had, at one point, fallen; according to one critic, one thing is clear.', []],
    ['Two Syrian teams were to compete, one national and one made up of refugees.', ['Two']],
    ['Police say one person was killed and one injured.', ['one', 'one']],
    ['The mid-sized 787 will carry 300 people; the toll rose to a record-breaking 300.', ['300', '300']],
    ["The Standard & Poor's 500 index lost 26 points.", ['26']],
    ["The Standard & Poor's 500 plunged by 30.27 points.", ['30.27']],
    ["Boeing on Tuesday delivered the final 717 jet built. The 717 program's demise was sad.", ['Tuesday']],
    ['Ron Jefferson told KSLA News 12. (Source: Cody Jennings/KSLA News 12)', []],
    ['The poll would leave Labour 38 seats short of a majority.', ['38']],
    ['The 787-8 holds 250 passengers; the first 787, said the 787 project manager.', ['250']],
    ['Report damage on 0800 326 243 or phone the council on 021 492 4000.', []],
    ['A 9mm semi-automatic handgun was recovered; it bought version 5.', []],
    ['One victim was airlifted and the other was taken by ambulance, said one officer.', []],
    ['The deal is a good one, as either one could fail; our One Ford plan works.', []],
    ['One such measure is a licence, in what one officer described as a war.', []],
    ['She told 24-Hour News 8 that a couple was married; once the talks end, it is more than once.', []],
    ['The trust opened a 24-bed lounge on Level 2.', ['24-bed']],
    ['The 10-year Treasury rose; 10-year gilts and two-year swap rates fell; its half-year result beat.', []],
    ['He got a 10-year sentence after a five-year inquiry.', ['10-year', 'five-year']],
    ['He was shot in the 600 and 700 blocks, about three blocks east, with a 9 mm, semi-automatic handgun.', ['three']],
    ['Ahmad, of 1915 Birch St., was charged; England won the one-day international.', []],
    ['Pryce won by 11 votes, 1,402 to 1,391.', ['11', '1,402 to 1,391']],
    [
      'The Boeing 787 flew on Tuesday. The first 787 carried 250 people; Whitford scored 137.',
      ['Tuesday', '250', '137'],
    ],
    ["The Boeing 787 flew; Whitford's 137 off 124 balls won it.", ['137', '124']],
    ['He loaded a 20-gauge shotgun, 13 WTHR reported; call 1-507-334-4391.', []],
    ['Deputies were dispatched at 1938 hours to 42-44 Surf Parade.', []],
    ['Police say one person was killed, and the other suspect fled.', ['one']],
    ['Call 101, quoting log 1432. Sources told 7News; the 1News-Verian poll; see bit.ly/2cwCJjj now.', []],
    ['Lund beat Frenchman Hugo Marceau 6-4 to win.', ['6-4']],
    ['Cases rose by almost a third last year, for a third straight year.', ['a third', 'last year']],
    ['A court sentenced the leader of a smuggling ring to 18 years; ring 101 or phone 111.', ['18 years']],
    ['Photo: Metro Video Image 1 of 6 A boy, 5, was shot. © 2016 Midwest Communications', ['5']],
    ['It will raise £25bn a year by 2029-30.', ['£25bn', '2029-30']],
    ['Photo: Chronicle Image 1 of / 3 Caption Close Image 2 of 3', []],
    ['Call the helpline on 1800 684 490.', []],
    ['It flies the 737-800 and seats 150-200 people.', ['150-200']],
    ['Labor won 51 in 2020.', ['51', '2020']],
    ['The meeting opened at 14:32:05 and closed at 10:15 p.m.', []],
    ['The home at 440 11th Street South was searched.', []],
    ['Call 0300 123 2040, or send a text message anonymously to 50411.', []],
    ['It is permitted under the Gold Reserve Act of 1934; Santos became the Brazilian Champion of 2004.', []],
  ])('%s', (text, expected) => {
    expect(figures(text).map((f) => f.text)).toEqual(expected);
  });

  test('a score is one figure of kind score', () => {
    expect(one('Rovers beat United 3-1 on Saturday.', '3-1')).toMatchObject({
      value: [3, 1],
      kind: 'score',
      unit: null,
    });
  });
});

describe('values as written, units and kinds', () => {
  test.each<[string, string, Partial<Figure>]>([
    ['Shares traded between $41 and $45.', 'between $41 and $45', { value: [41, 45], unit: 'USD', kind: 'money' }],
    ['Some three to four thousand people came.', 'three to four thousand', { value: [3000, 4000], unit: 'person' }],
    ['It may cut between 0.1 and 0.3 million jobs.', 'between 0.1 and 0.3 million', { value: [100_000, 300_000] }],
    ['The final vote count in the Senate was 52-35.', '52-35', { value: [52, 35], kind: 'score' }],
    ['A trough should bring temperatures down by 10 to 15 degrees.', '10 to 15 degrees', { value: [10, 15] }],
    ['He was jailed for 3 1/2 to 15 years.', '3 1/2 to 15 years', { value: [3.5, 15], unit: 'year' }],
    ['It was 1/2 mile away.', '1/2 mile', { value: 0.5, unit: 'mile' }],
    ['The suspect is 6-foot-3 and 190 pounds.', '6-foot-3', { value: 75, unit: 'inch' }],
    ['The suspect is 6-foot-3 and 190 pounds.', '190 pounds', { value: 190, unit: 'pound', kind: 'measure' }],
    ['It cost 190 pounds.', '190 pounds', { value: 190, unit: 'GBP', kind: 'money' }],
    ['She won the final in 1:54.31.', '1:54.31', { value: 114.31, unit: 'second', kind: 'duration' }],
    ['He finished in 5:24:17.', '5:24:17', { value: 19_457, unit: 'second', kind: 'duration' }],
    ['The Fed made a quarter-point cut.', 'quarter-point', { value: 0.25, unit: 'percentage point', change: 'down' }],
    ['Two-in-three voters agreed.', 'Two-in-three', { value: 0.6667, kind: 'ratio' }],
    ['The rupee fell 14 paise.', '14 paise', { value: 0.14, unit: 'INR' }],
    ['The kiwi bought 89.45 Australian cents.', '89.45 Australian cents', { value: 0.8945, unit: 'AUD' }],
    ['The firm lost R63.8-million and R9.2m.', 'R63.8-million', { value: 63_800_000, unit: 'ZAR' }],
    ['The firm lost R63.8-million and R9.2m.', 'R9.2m', { value: 9_200_000, unit: 'ZAR' }],
    ['The SGD1.75-billion terminal opens in January.', 'SGD1.75-billion', { value: 1_750_000_000, unit: 'SGD' }],
    ['It spent Rs500 crore and USD2bn.', 'Rs500 crore', { value: 5_000_000_000, unit: 'INR' }],
    ['It spent Rs500 crore and USD2bn.', 'USD2bn', { value: 2_000_000_000, unit: 'USD' }],
    ['About 1,2 million households have no connection.', '1,2 million', { value: 1_200_000 }],
    ['A crowd of 1,01,566 was in attendance.', '1,01,566', { value: 101_566 }],
    ['The price of 95 inland rises to R24,38 a litre; Brent was $81,40.', 'R24,38', { value: 24.38, unit: 'ZAR' }],
    ['The price of 95 inland rises to R24,38 a litre; Brent was $81,40.', '$81,40', { value: 81.4, unit: 'USD' }],
    ['The levy of 11c/l remains.', '11c', { value: 0.11, unit: 'USD' }],
    ['It cost R1,250,000, or R1,250, not R9.2m.', 'R1,250', { value: 1250, unit: 'ZAR' }],
    ['The dollar slipped 0.4 of a US cent to 64.62 US cents.', '0.4 of a US cent', { value: 0.004, unit: 'USD' }],
    ['The dollar fell half a US cent.', 'half a US cent', { value: 0.005, unit: 'USD' }],
    ['Kids spend $40 or $50 on a record.', '$40 or $50', { value: [40, 50], unit: 'USD' }],
    ['It cost a few hundred dollars.', 'a few hundred dollars', { value: [200, 500], unit: 'USD' }],
    ['He was shot at least once.', 'once', { value: 1, change: '>' }],
    ['We saw a couple police officers running.', 'a couple', { value: 2, change: '~' }],
    ['She is 5 feet 1 inch tall.', '5 feet 1 inch', { value: 61, unit: 'inch' }],
    ['We have had an inch and a half of rain.', 'an inch and a half', { value: 1.5, unit: 'inch' }],
    ['Prices fell 12 or 13 percent.', '12 or 13 percent', { value: [12, 13], unit: 'percent', change: 'down' }],
    ['The Category 4 storm hit the coast.', '4', { value: 4, unit: null, kind: 'count' }],
    ['The animal lived about 95 million years ago.', 'about 95 million years ago', { value: null, change: '~' }],
    ['Ford will cut production in the third quarter.', 'third quarter', { value: ['2013-07-01', '2013-09-30'] }],
    ['85 per cent of its $11.4-million budget', '$11.4-million', { value: 11_400_000, unit: 'USD' }],
    ['It was sold for R310 000.', 'R310 000', { value: 310_000, unit: 'ZAR' }],
    ['The dollar bought 64.05 US cents.', '64.05 US cents', { value: 0.6405, unit: 'USD' }],
    ['It will seat 200 to 300 people.', '200 to 300', { value: [200, 300] }],
    ['Temperatures near absolute zero (-447F) were reached.', '-447F', { value: -447, unit: 'degree Fahrenheit' }],
    ['The scheme was passed by 24 votes to five.', '24 votes to five', { value: [24, 5], kind: 'score' }],
    ['The index fell 8,26% by noon.', '8,26%', { value: 8.26, unit: 'percent' }],
    ['The one penny fall in its shares', 'one penny', { value: 0.01, unit: 'USD', kind: 'money' }],
    ['Auckland won by seven tries to two.', 'seven tries to two', { value: [7, 2], kind: 'score' }],
    ['India were 37 for one after 12 overs.', '37 for one', { value: [37, 1], kind: 'score' }],
    ['It may cost 2 to 2.5 billion dollars.', '2 to 2.5 billion dollars', { value: [2e9, 2.5e9], unit: 'USD' }],
    ['It was 2-3 km away.', '2-3 km', { value: [2, 3], unit: 'kilometre', kind: 'measure' }],
    ['The deal is worth $4.2M.', '$4.2M', { value: 4_200_000, unit: 'USD', kind: 'money' }],
    ['It paid $US12,480,000 in fees.', '$US12,480,000', { value: 12_480_000, unit: 'USD' }],
    ['It paid US$12,480,000 in fees.', 'US$12,480,000', { value: 12_480_000, unit: 'USD' }],
    ['It raised £1.5bn and €40m.', '£1.5bn', { value: 1_500_000_000, unit: 'GBP' }],
    ['It raised £1.5bn and €40m.', '€40m', { value: 40_000_000, unit: 'EUR' }],
    ['The scheme costs Rs 11.75 crore.', 'Rs 11.75 crore', { value: 117_500_000, unit: 'INR' }],
    ['A pint costs 412p.', '412p', { value: 4.12, unit: 'GBP' }],
    ['The index fell 1.2%.', '1.2%', { value: 1.2, unit: 'percent', change: 'down', kind: 'percent' }],
    ['Support rose 3.5 percentage points.', '3.5 percentage points', { value: 3.5, unit: 'percentage point' }],
    ['Tens of thousands marched.', 'Tens of thousands', { value: [20_000, 99_999] }],
    ['Dozens of people were hurt.', 'Dozens', { value: [24, 99], unit: 'person' }],
    ['Several hundred homes flooded.', 'Several hundred', { value: [300, 999] }],
    ['Twenty-three people were killed.', 'Twenty-three', { value: 23, unit: 'person', kind: 'count' }],
    ['A quarter of a million people live there.', 'A quarter of a million', { value: 250_000 }],
    ['Two-thirds of voters backed it.', 'Two-thirds', { value: 0.6667, kind: 'fraction', unit: null }],
    ['One in five adults smoke.', 'One in five', { value: 0.2, kind: 'ratio' }],
    ['Overnight it was -5C in the valley.', '-5C', { value: -5, unit: 'degree Celsius', kind: 'measure' }],
    ['A 25-year-old man was arrested.', '25-year-old', { value: 25, unit: 'year', kind: 'age' }],
    ['After a 26-day siege, talks began.', '26-day', { value: 26, unit: 'day', kind: 'duration' }],
    ['It is 80 kilometres (50 miles) from the capital.', '80 kilometres', { value: 80, unit: 'kilometre' }],
    ['It is 80 kilometres (50 miles) from the capital.', '50 miles', { value: 50, unit: 'mile' }],
    ['He was jailed for six years and eight months.', 'six years and eight months', { value: 80, unit: 'month' }],
    ['The study took four and a half years.', 'four and a half years', { value: 4.5, unit: 'year' }],
    ['Roughly nine in 10 cases were unvaccinated.', 'nine in 10', { value: 0.9, kind: 'ratio', change: '~' }],
    ['A vial listed for $274.70 in 2023.', '$274.70', { value: 274.7, unit: 'USD' }],
    ['It rose over the last couple of days.', 'couple of days', { value: 2, unit: 'day', change: '~' }],
    ['It raises the tax rate by 1.5 cents.', '1.5 cents', { value: 0.015, unit: 'USD', change: 'up' }],
    ['The river peaked at 4.1m on Monday.', '4.1m', { value: 4.1, unit: 'metre', kind: 'measure' }],
    ['The show drew 2.7m viewers.', '2.7m', { value: 2_700_000 }],
    ['The Eagles routed the Chiefs 40-22.', '40-22', { value: [40, 22], kind: 'score' }],
    ['The opposition holds a 36 to 14 majority.', '36 to 14', { value: [36, 14], kind: 'score' }],
    ['The order covers 18 777s.', '18', { value: 18 }],
    ['The jobs make up 20 to 25 percent of staff.', '20 to 25 percent', { value: [20, 25], change: '=' }],
    ['Shares plunged from about $42 to four cents.', 'four cents', { value: 0.04, unit: 'USD' }],
    ['A record gust of 183km/h hit the coast.', '183km/h', { value: 183, unit: 'kilometre per hour' }],
    ['It dipped to 22.6 deg C overnight.', '22.6 deg C', { value: 22.6, unit: 'degree Celsius' }],
    ['He stole books worth millions of dollars.', 'millions of dollars', { unit: 'USD', kind: 'money' }],
    ['The prize is 10 million Swedish Kronor.', '10 million Swedish Kronor', { value: 10_000_000, unit: 'SEK' }],
    ['Three men, aged 29, 34 and 51, were charged.', '51', { value: 51, unit: 'year', kind: 'age' }],
    ['Labour has 38%, three points ahead of the Tories.', 'three points', { unit: 'percentage point', value: 3 }],
    ['Of the 3,418 respondents, most agreed.', '3,418', { unit: 'person' }],
    ['It would cut costs by trillions of dollars.', 'trillions of dollars', { value: [2e12, 9_999_999_999_999] }],
    ['He won in 2hr 15min 9sec.', '2hr 15min 9sec', { value: 8109, unit: 'second', kind: 'duration' }],
    ['It began a 1.8-billion-mile journey.', '1.8-billion-mile', { value: 1_800_000_000, unit: 'mile' }],
  ])('%s → %s', (text, figure, expected) => {
    expect(one(text, figure)).toMatchObject(expected);
  });

  test('4.1% and 4.9% stay apart; exact decimals are kept exact', () => {
    const found = figures('Unemployment was 4.1% in a survey and 4.9% in another.');
    expect(found.map((f) => f.value)).toEqual([4.1, 4.9]);
    expect(found.map((f) => f.interval)).toEqual([
      [4.1, 4.1],
      [4.9, 4.9],
    ]);
  });

  test('"$" alone is the outlet’s own dollar', () => {
    expect(one('Rates rose to $26 million.', '$26 million', PUB, 'nz').unit).toBe('NZD');
    expect(one('Rates rose to A$26 million.', 'A$26 million', PUB, 'nz').unit).toBe('AUD');
  });
});

describe('change: hedges, bounds and the amount of a change', () => {
  test.each<[string, string, Figure['change']]>([
    ["The Dow's 344.65-point fall left the index at 11,188.23.", '344.65-point', 'down'],
    ['The index finished at 756.55, a 6 point gain.', '6', 'up'],
    ['The FTSE 100 dropped by 2.36%, which is 118.40 points.', '118.40', 'down'],
    ['The index ended 0.3 per cent or 12.65 points higher.', '0.3 per cent', 'up'],
    ['The more domestically focused FTSE 250 gave up 1.3%.', '1.3%', 'down'],
    ['The number waiting rose by 3,190 to 118,584.', '3,190', 'up'],
    ['The number waiting rose by 3,190 to 118,584.', '118,584', '='],
    ['It will cost $18.5m over five years.', 'five years', '='],
    ['The index closed at its lowest level in over six years.', 'six years', '>'],
    ['Sales dipped below nine million in March.', 'nine million', '<'],
    ['The DAX was up over 54 points.', '54', 'up'],
    ['Highs will reach 115 degrees, 9 degrees above normal.', '9 degrees', 'up'],
    ['Rainfall is forecast to be 20 to 40 per cent above average.', '20 to 40 per cent', 'up'],
    ['It was about 30% below the long-term average.', '30%', 'down'],
    ['The project is £1bn over budget.', '£1bn', 'up'],
    ['Chrysler reported a 39% loss.', '39%', 'down'],
    ['GM reported a loss of $381 million.', '$381 million', '='],
    ['It aims to cut the figure by a third.', 'a third', 'down'],
    ['It will cap costs at $35 a month.', '$35', '<'],
    ['The jet flew no higher than 10,000 feet.', '10,000 feet', '<'],
    ['Patients are waiting longer than four months.', 'four months', '>'],
    ['It is showing in six more venues than last week.', 'six', 'up'],
    ['The toll passes 80,000.', '80,000', '>'],
    ['She lowered the record by 0.18sec.', '0.18sec', 'down'],
    ['More than 345 pilgrims died.', '345', '>'],
    ['About 4,000 troops are there.', '4,000', '~'],
    ['Nearly 4,000 troops are there.', '4,000', '<'],
    ['Up to 1,200 troops are there.', '1,200', '<'],
    ['There were 100+ entries.', '100', '>'],
    ['The toll passed 80,000 people.', '80,000', '>'],
    ['Shares rose 3% on Tuesday.', '3%', 'up'],
    ['Prices fell by $2 a barrel.', '$2', 'down'],
    ['Prices were up 3% on the year.', '3%', 'up'],
    ['It reported a 3% increase in sales.', '3%', 'up'],
    ['Unemployment rose to 5.2%.', '5.2%', '='],
    ['Stocks fell almost 15% in a week.', '15%', 'down'],
    ['The firm will cut 200 jobs.', '200', '='],
  ])('%s → %s %s', (text, figure, change) => {
    expect(one(text, figure).change).toBe(change);
  });

  test('"from X to Y" after a word of change is two levels; otherwise one range', () => {
    expect(figures('Rates rose from 181 to 250.').map((f) => [f.text, f.value, f.change])).toEqual([
      ['181', 181, '='],
      ['250', 250, '='],
    ]);
    expect(one('The town has from 10 to 20 shops.', 'from 10 to 20').value).toEqual([10, 20]);
  });

  test('a figure listed after a change shares its direction', () => {
    const found = figures('The Nasdaq lost 53.5 points, or 3.71%, closing at 1,387.7.');
    expect(found.map((f) => [f.text, f.change])).toEqual([
      ['53.5', 'down'],
      ['3.71%', 'down'],
      ['1,387.7', '='],
    ]);
  });
});

describe('what a figure counts', () => {
  test.each([
    ['The plan would cost it $350 million.', '$350 million', 'cost'],
    ['The attack killed 25 people, 60% of them children.', '60%', 'children'],
    ['The attack killed 25 people, 60% of them children.', '25', 'people'],
    ['It won a $4.2M contract.', '$4.2M', 'contract'],
    ['It reported a 3% increase in sales.', '3%', 'sales'],
    ['The unemployment rate rose to 5.2%.', '5.2%', 'unemployment rate'],
  ])('%s → %s counts %s', (text, figure, counts) => {
    expect(one(text, figure).counts).toBe(counts);
  });
});

describe('dates', () => {
  test.each<[string, string, Figure['value'], Figure['change']]>([
    ['Talks began more than three weeks ago.', 'more than three weeks ago', '2013-01-16', '<'],
    ['They met last Tuesday night.', 'last Tuesday night', '2013-02-05', '='],
    ['Talks resume early next month.', 'early next month', ['2013-03-01', '2013-03-10'], '='],
    ['It happened in 2012.', '2012', '2012', '='],
    ['It happened on January 11.', 'January 11', '2013-01-11', '='],
    ['Profits fell in the first quarter of 2012.', 'first quarter of 2012', ['2012-01-01', '2012-03-31'], '='],
    ['Prices doubled in the 1950s.', '1950s', ['1950-01-01', '1959-12-31'], '='],
    ['Troops leave by March.', 'March', '2013-03', '<'],
    ['The festival runs May 4 to 10.', 'May 4 to 10', ['2013-05-04', '2013-05-10'], '='],
    ['It opened this weekend.', 'this weekend', ['2013-02-02', '2013-02-03'], '='],
    [
      'Rain is expected between Thursday and Saturday.',
      'between Thursday and Saturday',
      ['2013-02-07', '2013-02-09'],
      '=',
    ],
    ['The branch is expected to open in spring 2014.', 'spring 2014', ['2014-03-01', '2014-05-31'], '='],
    ['More rain is due in the second half of December.', 'second half of December', ['2013-12-16', '2013-12-31'], '='],
    ['Thefts fell 6 per cent in the year to December.', 'year to December', '2012', '='],
    ['It logged 47 cases in the week ending February 2.', 'week ending February 2', ['2013-01-27', '2013-02-02'], '='],
    ['It is to be released in mid-2014.', 'mid-2014', ['2014-05-01', '2014-08-31'], '='],
    ['The summit is in March or April of 2014.', 'March or April of 2014', ['2014-03-01', '2014-04-30'], '='],
    ['It has funded eight since November 2012 to 13.', 'November 2012', '2012-11', '='],
    ['Even back in the sixties he knew it.', 'sixties', ['1960-01-01', '1969-12-31'], '='],
    ["Militias were trained during the 80's.", "80's", ['1980-01-01', '1989-12-31'], '='],
    ['The regime ruled from 1973 until 1990.', '1973 until 1990', ['1973-01-01', '1990-12-31'], '='],
    ['Sales slowed in October and November.', 'October', '2012-10', '='],
  ])('%s → %s', (text, figure, value, change) => {
    expect(one(text, figure)).toMatchObject({ value, change, unit: 'date', kind: 'date' });
  });

  test.each<[string, string, Figure['value']]>([
    [
      'Sales rose in the first eight months of the year.',
      'first eight months of the year',
      ['2013-01-01', '2013-08-31'],
    ],
    ['Talks resume in mid-March.', 'mid-March', ['2013-03-11', '2013-03-20']],
    ['Both rose in 2005 and 2006.', '2005 and 2006', ['2005-01-01', '2006-12-31']],
    [
      'Stocks are expected to stay flat for the remainder of the year.',
      'remainder of the year',
      ['2013-02-06', '2013-12-31'],
    ],
    ['Shares had fallen earlier in the week.', 'earlier in the week', ['2013-02-04', '2013-02-06']],
    ['Unions grew in the 1930\u2019s.', '1930\u2019s', ['1930-01-01', '1939-12-31']],
    ['Profit rose in the year to June 2012.', 'year to June 2012', ['2011-07-01', '2012-06-30']],
  ])('%s → %s', (text, figure, value) => {
    expect(one(text, figure).value).toEqual(value);
  });

  test.each<[string, string, Partial<Figure>]>([
    [
      'For the next year, the Treasury will insure the funds.',
      'next year',
      { value: 1, unit: 'year', kind: 'duration' },
    ],
    ['He is one of many children shot in the last week.', 'last week', { value: 1, unit: 'week', kind: 'duration' }],
    ['Profit fell in the previous year.', 'previous year', { value: '2012', kind: 'date' }],
    ['Profit is flat in the current year.', 'current year', { value: '2013', kind: 'date' }],
    ['GM and Chrysler both ran out of operating funds in December.', 'December', { value: '2012-12' }],
    [
      'The list fell to 7.46 million in December, down from 7.48 million in November, figures published today show.',
      'November',
      { value: '2012-11' },
    ],
  ])('%s → %s', (text, figure, expected) => {
    expect(one(text, figure)).toMatchObject(expected);
  });

  test('a quarter without its year is a date in a report of results, not in a game', () => {
    expect(one('Apple reported record profits for the fourth quarter.', 'fourth quarter', '2006-01-25').value).toEqual([
      '2005-10-01',
      '2005-12-31',
    ]);
    expect(one('Sales fell in the last quarter.', 'last quarter', '2006-01-25').value).toEqual([
      '2005-10-01',
      '2005-12-31',
    ]);
    expect(figures('He scored twice in the fourth quarter of the game.').map((f) => f.text)).toEqual(['twice']);
  });

  test('"today" as nowadays: a lasting state, a comparison', () => {
    expect(
      figures('He sold me two books which I still own today. More magicians work today than ever before.').map(
        (f) => f.text,
      ),
    ).toEqual(['two']);
  });

  test('"a year ago", "a year earlier", "the same period last year": the sentence\'s month or quarter a year before', () => {
    const sales =
      'GM sales fell 49% in January from a year ago, and Toyota sold 20,000 fewer cars than a year earlier.';
    expect(one(sales, 'a year ago', '2009-02-03').value).toBe('2008-01');
    expect(one(sales, 'a year earlier', '2009-02-03').value).toBe('2008-01');
    expect(
      one('Profit in the fourth quarter rose 5% from a year earlier.', 'a year earlier', '2009-02-03').value,
    ).toEqual(['2007-10-01', '2007-12-31']);
    expect(
      one('Sales in January were below the same period last year.', 'same period last year', '2009-02-03').value,
    ).toBe('2008-01');
    // With no period named, "a year ago" is the year, and "a year" before "earlier" a duration.
    expect(one('It happened a year ago.', 'a year ago', '2009-02-03').value).toBe('2008');
    expect(one('He had left a year earlier.', 'a year', '2009-02-03')).toMatchObject({ value: 1, kind: 'duration' });
  });

  test('"a year earlier" after a run of months, and "the year before" after a year that is no calendar year', () => {
    expect(
      one('Profit rose in the September quarter, up from a year earlier.', 'a year earlier', '2025-11-01').value,
    ).toEqual(['2024-07-01', '2024-09-30']);
    expect(one('Cases fell in the year to June, from 900 the year before.', 'year before', '2025-11-01').value).toEqual(
      ['2023-07-01', '2024-06-30'],
    );
  });

  test('"the 12 months to June", "the six months ended December 31": one run of months or weeks ending there', () => {
    const fleeing = 'Police recorded 6,912 events in the 12 months to June, 8 per cent fewer than the year before.';
    expect(one(fleeing, '12 months to June', '2025-07-11').value).toEqual(['2024-07-01', '2025-06-30']);
    expect(one(fleeing, 'year before', '2025-07-11').value).toEqual(['2023-07-01', '2024-06-30']);
    const loss = 'It lost $18m in the six months ended December 31, narrowing from a $97m loss a year earlier.';
    expect(one(loss, 'six months ended December 31', '2026-02-26').value).toEqual(['2025-07-01', '2025-12-31']);
    expect(one(loss, 'a year earlier', '2026-02-26').value).toEqual(['2024-07-01', '2024-12-31']);
    expect(one('Sales rose 6.2% in the 10 weeks to 1 March.', '10 weeks to 1 March', '2025-03-12').value).toEqual([
      '2024-12-22',
      '2025-03-01',
    ]);
    // A duration that ends at a year, or that only runs up to a date, stays a duration.
    expect(one('It grew in the 12 months to 2024.', '12 months', '2025-03-12').kind).toBe('duration');
  });

  test('"the final quarter of 2009" is its fourth; "the previous week" after a week ending on a day is the seven days before', () => {
    expect(one('For the final quarter of 2009, Ford made $868 million.', 'final quarter of 2009').value).toEqual([
      '2009-10-01',
      '2009-12-31',
    ]);
    const dengue = 'Singapore recorded 412 dengue cases in the week ending May 18, up 87 from the previous week.';
    expect(one(dengue, 'previous week', '2024-05-21').value).toEqual(['2024-05-05', '2024-05-11']);
    // A month is never counted from a year.
    const sales = 'Sales fell 17.3% compared to 2008, an increase from the previous month.';
    expect(one(sales, 'previous month', '2009-04-03').value).toBe('2009-03');
  });

  test('runs and edges of dates: "May-to-July", "fall 2007", "Sept. 17-21", "the year to the end of June", "by 2100"', () => {
    const quota = 'The quota for the May-to-July period is higher than in the February-to-April period.';
    expect(one(quota, 'May-to-July', '2026-06-04').value).toEqual(['2026-05-01', '2026-07-31']);
    expect(one('The meeting is scheduled for fall 2007.', 'fall 2007').value).toEqual(['2007-09-01', '2007-11-30']);
    expect(one('The poll was conducted Sept. 17-21 by phone.', 'Sept. 17-21', '2026-09-24').value).toEqual([
      '2026-09-17',
      '2026-09-21',
    ]);
    const rents = 'Rents rose by 5.8 per cent in the year to the end of June.';
    expect(one(rents, 'year to the end of June', '2026-08-03').value).toEqual(['2025-07-01', '2026-06-30']);
    expect(
      one('It needs 50,000 homes a year for the rest of the decade.', 'rest of the decade', '2026-08-03').value,
    ).toEqual(['2026-08-03', '2029-12-31']);
    expect(one('By 2100, the mean could rise by up to 5C.', '2100', '2026-04-28')).toMatchObject({
      value: '2100',
      change: '<',
    });
  });

  test('"the same period of 2024": the sentence\'s period in the year named; "between January and mid-April" one run', () => {
    const tax = 'Receipts were €64.1bn in the first eight months of the year, up €5.2bn on the same period of 2024.';
    expect(one(tax, 'same period of 2024', '2025-09-03').value).toEqual(['2024-01-01', '2024-08-31']);
    const ford = 'In the fourth quarter, sales were up 13 percent compared to the same time in 2008.';
    expect(one(ford, 'same time in 2008', '2010-01-28').value).toEqual(['2008-10-01', '2008-12-31']);
    const heat = 'Clinics saw 217 cases between January and mid-April, up from 161 in the same period of 2025.';
    expect(one(heat, 'between January and mid-April', '2026-04-28').value).toEqual(['2026-01-01', '2026-04-20']);
    expect(one(heat, 'same period of 2025', '2026-04-28').value).toEqual(['2025-01-01', '2025-04-20']);
  });

  test('a day early in the next year, told in no past tense, is the coming one', () => {
    const game = 'Tickets for the Jan. 1 outdoor game, which seats about 24,000, are on sale.';
    expect(one(game, 'Jan. 1', '2025-12-15').value).toBe('2026-01-01');
    expect(one('The fire on Jan. 1 destroyed the hall.', 'Jan. 1', '2025-12-15').value).toBe('2025-01-01');
    const fare = 'The council voted on Tuesday to raise the fare to $3.60 on Jan. 1, the first rise in three years.';
    expect(one(fare, 'Jan. 1', '2026-09-09').value).toBe('2027-01-01');
  });

  test('days written before their month: "between 1 and 5 March", "28 and 29 August 2027", "the 18th of July"', () => {
    const poll = 'The poll was taken between 1 and 5 March; the event is on 28 and 29 August 2027.';
    expect(one(poll, 'between 1 and 5 March', '2026-03-10').value).toEqual(['2026-03-01', '2026-03-05']);
    expect(one(poll, '28 and 29 August 2027', '2026-03-10').value).toEqual(['2027-08-28', '2027-08-29']);
    expect(one('They were murdered on the 18th of July, he said.', '18th of July', '2015-08-03').value).toBe(
      '2015-07-18',
    );
  });

  test('"a ring" is no call: the number after it is read', () => {
    expect(one('A court sentenced the leader of a ring to 18 years in prison.', '18 years').value).toBe(18);
  });

  test('"year-to-date", "fourth-quarter 2006"; a past verb\'s "until" leaves a weekday past', () => {
    const banks = 'Both banks have plunged 68% this year-to-date; fourth-quarter 2006 growth was revised.';
    expect(one(banks, 'this year-to-date', '2009-02-24').value).toEqual(['2009-01-01', '2009-02-24']);
    expect(one(banks, 'fourth-quarter 2006', '2009-02-24').value).toEqual(['2006-10-01', '2006-12-31']);
    const queued = 'People queued outside polling stations until well after 9pm on Wednesday, officials said.';
    expect(one(queued, 'Wednesday', '2024-05-30').value).toBe('2024-05-29');
  });

  test('"several years ago" and "a few months ago" are whole years and months; a fortnight is two weeks', () => {
    expect(one('The firm was sold several years ago.', 'several years ago', '2006-05-29').value).toEqual([
      '1997-01-01',
      '2003-12-31',
    ]);
    const few = one('A few months ago.', 'A few months ago', '2012-03-15').value as [string, string];
    expect([few[0].slice(8), few[1].slice(8)]).toEqual(['01', '31']);
    expect(one('Flu will peak within the next fortnight.', 'next fortnight', '2026-01-07')).toMatchObject({
      value: 2,
      unit: 'week',
    });
  });

  test('"on 6 May", "last Aug. 17", "the Fourth of July", "in \'95", "in 1659", "a couple of years ago"', () => {
    expect(one('The general election is on 6 May, officials said.', '6 May', '2010-04-30').value).toBe('2010-05-06');
    expect(one('Police chased him last Aug. 17.', 'last Aug. 17', '2016-03-28').value).toBe('2015-08-17');
    expect(one('He was shot on the Fourth of July in 2015.', 'Fourth of July', '2016-03-28').value).toBe('2015-07-04');
    expect(one("The first came along in '95.", "'95", '2011-05-28').value).toBe('1995');
    expect(one('The record began in 1659, the office said.', '1659', '2011-05-28').value).toBe('1659');
    expect(figures('He died in 1500 cases.', '2011-05-28').map((f) => f.kind)).toEqual(['count']);
    expect(one('A couple of years ago it was rare.', 'A couple of years ago', '2011-05-28')).toMatchObject({
      value: '2009',
      change: '~',
    });
  });

  test('years written short, decades ago, two days running, and a year earlier than a whole year', () => {
    const diner = "That was '79. I joined in the early '80s; it went from '50 to '57, and in '92 and '93 too.";
    expect(one(diner, "'79", '2014-01-08').value).toBe('1979');
    expect(one(diner, "early '80s", '2014-01-08').value).toEqual(['1980-01-01', '1982-12-31']);
    expect(one(diner, "'50 to '57", '2014-01-08').value).toEqual(['1950-01-01', '1957-12-31']);
    expect(one(diner, "'92 and '93", '2014-01-08').value).toEqual(['1992-01-01', '1993-12-31']);
    expect(figures("Apple's iLife '11 and the class of '98.", '2014-01-08')).toEqual([]);
    expect(one('A decade ago I had pickers.', 'A decade ago', '2016-09-14').value).toBe('2006');
    expect(one('Despite their divorce two-years-ago she stayed.', 'two-years-ago', '2016-10-23').value).toBe('2014');
    const autopsy = 'Autopsies were performed Tuesday and Wednesday, he said.';
    expect(one(autopsy, 'Tuesday and Wednesday', '2016-03-12').value).toEqual(['2016-03-08', '2016-03-09']);
    const sales = 'US sales fell 7.3% in 2005, down from 18.3% a year earlier.';
    expect(one(sales, 'a year earlier', '2006-01-24').value).toBe('2004');
    const umpire = 'He umpired his last game on Wednesday. We spoke to him the next day in Toledo.';
    expect(one(umpire, 'next day', '2016-06-02').value).toBe('2016-06-02');
  });

  test('a weekday and the day it names are one date: "Tuesday, July 26, 2016"', () => {
    const shot = 'A boy was shot about 6:15 p.m. Tuesday, July 26, 2016, at a home.';
    expect(figures(shot, '2016-07-28').map((f) => [f.text, f.value])).toEqual([
      ['Tuesday, July 26, 2016', '2016-07-26'],
    ]);
  });

  test('"coming from" is a motion, not what is coming: the weekday before it is past', () => {
    const heard = 'An officer heard several gunshots at 3:37 a.m. Sunday coming from a club.';
    expect(one(heard, 'Sunday', '2016-10-31').value).toBe('2016-10-30');
  });

  test('parts of a day counted from a day of the text: "the previous night", "that night", "later that morning"', () => {
    const vigil = 'Family held a vigil on July 5, 2015. Amari died after being shot the previous night.';
    expect(one(vigil, 'previous night', '2016-03-28').value).toBe('2015-07-04');
    const shot = 'He was shot on Aug. 12. Before 10 pm that night police came, and returned later that morning.';
    expect(one(shot, 'that night', '2016-03-28').value).toBe('2015-08-12');
    expect(one(shot, 'later that morning', '2016-03-28').value).toBe('2015-08-12');
    // With no day before it in its paragraph, "that night" names none a reader could compare.
    expect(figures('That night was cold.', '2016-03-28')).toEqual([]);
  });

  test('a date counted from another date of the text: "the following day", "the year after"', () => {
    const text =
      'Police arrived on June 1 and returned the following day. It opened in 1999; the following year it closed.';
    expect(one(text, 'following day', '2015-06-03').value).toBe('2015-06-02');
    expect(one(text, 'following year', '2015-06-03').value).toBe('2000');
    // With no date before it in its paragraph, "the following day" names none a reader could compare.
    expect(figures('He came back the following day.', '2015-06-03').map((f) => f.text)).toEqual([]);
    // "next month" alone is counted from publication.
    expect(one('Sales rise next month.', 'next month', '2015-06-03').value).toBe('2015-07');
  });

  test('an age by its decade: "a man in his 40s", "in her mid-30s", "in his late teens"', () => {
    expect(one('A man in his 40s was shot.', '40s')).toMatchObject({ value: [40, 49], unit: 'year', kind: 'age' });
    expect(one('A woman in her mid-30s was hurt.', 'mid-30s').value).toEqual([34, 36]);
    expect(one('A boy in his late teens fled.', 'late teens').value).toEqual([18, 19]);
    expect(one('She died in her nineties.', 'nineties').value).toEqual([90, 99]);
  });

  test.each<[string, string, Figure['value']]>([
    ["The dealers are 7% of GM's 2008 revenue.", '2008', '2008'],
    [
      'Ford closed ten plants during the fourth quarter to cut production.',
      'fourth quarter',
      ['2012-10-01', '2012-12-31'],
    ],
    ["Sales boomed in the late 1980's.", "late 1980's", ['1987-01-01', '1989-12-31']],
    ['Talks are due in the first week of December.', 'first week of December', ['2013-12-01', '2013-12-07']],
    ['Calls rose in the week to 5 January.', 'week to 5 January', ['2012-12-30', '2013-01-05']],
    ['The Fed meets on March 17-18.', 'March 17-18', ['2013-03-17', '2013-03-18']],
    ['It boomed in the early 1990s.', 'early 1990s', ['1990-01-01', '1992-12-31']],
    ['It posted a loss of ₹46 lakh in the September quarter.', 'September quarter', ['2012-07-01', '2012-09-30']],
    ['He was jailed on April 2 last year.', 'April 2 last year', '2012-04-02'],
  ])('%s → %s', (text, figure, value) => {
    expect(one(text, figure).value).toEqual(value);
  });

  test('a date inside a longer one is no figure of its own', () => {
    expect(figures('It rose in the last week of March.').map((f) => f.text)).toEqual(['last week of March']);
  });

  test("a price's joined \"c\" is cents of the outlet's money, a temperature's Celsius", () => {
    expect(one('Shares closed at 612.4c.', '612.4c', PUB, 'za')).toMatchObject({ value: 6.124, unit: 'ZAR' });
    expect(one('Highs of 25c are expected.', '25c')).toMatchObject({ value: 25, unit: 'degree Celsius' });
  });

  test('"May" the month is no modal verb that sends a later date into next year', () => {
    const text = 'The jobless rate rose to 9.4 percent in May from 8.9 percent in April.';
    expect(one(text, 'April', '2009-06-08').value).toBe('2009-04');
  });

  test('a number after a month with no day is no end of a range of its days', () => {
    expect(figures('It fell from 10 in March to 8 in May.').map((f) => f.text)).toEqual(['10', 'March', '8', 'May']);
  });

  test.each([
    ['He would be a Libertarian today, and it is as strong today as ever.', []],
    ["It remade 50 of today's best artists, a position she holds today.", ['50']],
    ['Shares fell today; the vote is today.', ['today', 'today']],
    ['How did you grow the site to the size it is today?', []],
    ['Shows run on Fridays; we pick ideas on a Monday.', []],
    ['It took $44 million over the Christmas weekend and could lead for a third weekend.', ['$44 million']],
    ['Security has tightened since the September 11, 2001 attacks.', []],
    ['In a Wednesday media event, Apple spoke.', ['Wednesday']],
  ])('%s: no date where the words name none', (text, expected) => {
    expect(figures(text).map((f) => f.text)).toEqual(expected);
  });

  test('"the weekend" written on a Friday is the one about to begin, unless the words are past', () => {
    expect(one('The film leads the box office race this weekend.', 'this weekend', '2013-02-08').value).toEqual([
      '2013-02-09',
      '2013-02-10',
    ]);
    expect(one('It took $20 million over the weekend.', 'weekend', '2013-02-08').value).toEqual([
      '2013-02-02',
      '2013-02-03',
    ]);
  });

  test('a relative date in an undated text is honestly unreadable; a written year is still read', () => {
    expect(one('Talks began three weeks ago.', 'three weeks ago', null).value).toBeNull();
    expect(one('It happened in 2012.', '2012', null).value).toBe('2012');
  });

  test('"more than three weeks ago" resolves, its open side null, never an invalid date', () => {
    const f = one('The talks began more than three weeks ago.', 'more than three weeks ago');
    expect(f.interval).toEqual([null, '2013-01-15']);
  });
});
