// Texts that must never be recognised as an indexed article: other reports of the same event in other
// words, other Mali stories full of the same names, and ordinary pages. Written for these tests.

/** Another outlet's report of the same event, in its own words. */
export const SAME_EVENT_OTHER_WORDS = [
  'France\u2019s defence chief said on Tuesday that several hundred jihadist fighters had died since French jets and ground troops entered Mali almost four weeks ago.',
  'Jean-Yves Le Drian gave no precise toll when he spoke to a French television channel, but said the Islamist ' +
    'groups had suffered heavy losses around Gao and Konna.',
  'Separately, foreign minister Laurent Fabius told a Paris newspaper that the roughly 4,000 French soldiers in ' +
    'the country could start coming home in March if the operation goes to plan.',
  'African troops from Chad, Niger and other neighbours are expected to take over the task of securing the towns ' +
    'of the north, including Timbuktu and Kidal.',
  'Sandstorms slowed the advance this week, officials said, while the hunt for rebel leaders continued in the ' +
    'mountains near the Algerian border.',
];

/** Other Mali and French-army stories, with the same people and places. */
export const OTHER_MALI_STORIES: Record<string, string[]> = {
  'withdrawal 2022': [
    'The last French soldiers of Operation Barkhane left Mali on Monday, ending a nine-year deployment that began ' +
      'when France sent troops to stop an Islamist advance in January 2013.',
    'Relations between Paris and the military junta in Bamako had collapsed after two coups, and the Malian ' +
      'authorities had asked the French army to leave without delay.',
    'Some 2,400 French troops had been stationed in the country at the height of the drawdown, at bases in Gao, ' +
      'Timbuktu and Kidal that were handed over one by one.',
    'France says it will keep fighting jihadist groups across the Sahel from Niger and Chad, where several ' +
      'thousand of its soldiers remain.',
  ],
  'Timbuktu recaptured': [
    'French and Malian troops entered Timbuktu on Monday after Islamist fighters fled the desert city, residents ' +
      'said, cheering the soldiers as they rolled in.',
    'The militants set fire to a library holding thousands of ancient manuscripts before they left, the mayor told ' +
      'reporters by telephone from Bamako.',
    'President Francois Hollande said France was winning the battle but that the mission would not end until the ' +
      'whole of northern Mali was secure.',
    'French paratroopers were dropped north of the city overnight to cut off escape routes, the defence ministry ' +
      'in Paris said.',
  ],
  hostages: [
    'The families of French hostages held in the Sahel appealed on Thursday for the government not to forget their ' +
      'relatives as the offensive in Mali moves north.',
    'Seven French citizens are believed to be held by Al Qaeda-linked groups, some of them in the mountains around ' +
      'Kidal where the fighting is now concentrated.',
    'Defence Minister Jean-Yves Le Drian said the safety of the hostages was a constant concern for the commanders ' +
      'planning air strikes in the area.',
    'Relatives said they had received no proof of life for months and feared that military operations could put ' +
      'the captives at greater risk.',
  ],
};

/** A blogger's commentary around one quoted paragraph. */
export const COMMENTARY = [
  'I have been following the conflict in the Sahel for years, and this week brought one of the clearest statements ' +
    'yet from Paris about its plans.',
  'Here is the passage that caught my eye in the coverage:',
  'What strikes me is how quickly the talk has turned to leaving. Military planners I have spoken to are sceptical ' +
    'that African forces will be ready by spring.',
  'We will see. For now the question of who governs the north, and how, remains unanswered.',
];

/** An ordinary page on one of the publishers' hosts. */
export const ORDINARY = [
  'Cold weather can drain your phone battery faster than you might expect, and there are a few simple ways to keep ' +
    'it going through the winter.',
  'Lithium-ion cells deliver less current when they are cold, so a phone that shows thirty percent in the warmth ' +
    'may shut down outside.',
  'Keep the phone in an inside pocket, close apps you are not using, and carry a small power bank on long days out.',
];
