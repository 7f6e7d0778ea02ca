// An outlet's own lines are told from the story's text by their phrases, in any case, and a line of prose holding no
// phrase is the story's: the words looked for before the phrases must let every phrase through.
import { describe, expect, it } from 'vitest';
import { isOutletLine } from '../../../lib/event/boilerplate';

const OUTLET_LINES = [
  'Read more at Example.COM today',
  'Caption: a crowd outside the courthouse',
  'Close Image',
  'Image 3 of 12',
  'See the full Gallery',
  'ADVERTISEMENT',
  '© 2024 The Daily Example',
  'Copyright 2024 Example Media',
  'All Rights Reserved.',
  'Follow @example for updates',
  'Follow Jane on Twitter',
  'Like us on Facebook',
  'Join The Conversation On The Example Facebook Page',
  'Jane Doe’s Report:',
  'Share this article with a friend',
  'Posted: March 3, 2024',
  'This story was Updated 5:24 AM',
  'Email the reporter at jane@example',
  'Contact jdoe@example.org with tips',
  'Please enable JavaScript to view the comments',
  'Related Stories',
  'Read or share this story: the link',
  'Sign up for our morning briefing',
  'Get the Newsletter',
  'Click HERE to watch',
  'Download our app for alerts',
  'Photo: Jane Doe',
  'VIDEO: the scene this morning',
  'Watch: the press conference',
  'Subscribe for unlimited access',
  'This material may not be published, broadcast, rewritten or redistributed.',
  'Comments are closed.',
];

describe('isOutletLine', () => {
  it.each(OUTLET_LINES)('takes %j for the outlet’s', (line) => {
    expect(isOutletLine(line)).toBe(true);
  });

  it('leaves the story’s prose to the story, and an empty line to the outlet', () => {
    expect(isOutletLine('Police said two men were hurt in the shooting on Elm Street late on Saturday.')).toBe(false);
    expect(isOutletLine('The image of the city changed after the flood, residents said.')).toBe(false);
    expect(isOutletLine('The police report: two men hurt, one arrested, and a car towed from Elm Street.')).toBe(false);
    expect(isOutletLine('His Facebook page showed him with a rifle the week before the shooting.')).toBe(false);
    expect(isOutletLine('  ')).toBe(true);
  });
});
