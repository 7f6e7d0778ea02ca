// Lines of a news page's text that are the outlet's, not the story's: copyright and rights lines, "follow us" and
// share prompts, posted/updated stamps, reporter contact lines, "please enable JavaScript", related-story trailers.
// A name found only there (a station, a reporter, a social network) says which outlet wrote the page, never which
// event it reports, so event recognition leaves those lines out.

// Phrases of an outlet's own lines, each a regular-expression source; a line holding one is the outlet's.
const OUTLET_PHRASES = [
  String.raw`\b\w[\w-]*\.(com|org|net|tv)\b`,
  String.raw`\bcaption\b`,
  String.raw`\bclose image\b`,
  String.raw`\bimage \d+ of \d+\b`,
  String.raw`\bgallery\b`,
  String.raw`\badvertisement\b`,
  '©',
  String.raw`\bcopyright\b`,
  String.raw`\ball rights reserved\b`,
  String.raw`\bfollow (us|@|\w+ on)\b`,
  String.raw`\b(like|follow) us\b`,
  String.raw`\bjoin the conversation\b`,
  String.raw`\bshare this\b`,
  String.raw`\bposted:?\s`,
  String.raw`\bupdated:?\s`,
  String.raw`\b(email|e-mail)\b.*@`,
  String.raw`@\w+\.(com|org|net)\b`,
  String.raw`\bplease enable javascript\b`,
  String.raw`\brelated (content|stories|articles|coverage)\b`,
  String.raw`\bread or share this story\b`,
  String.raw`\bsign up for\b`,
  String.raw`\bnewsletter\b`,
  String.raw`\bclick here\b`,
  String.raw`\bdownload (the|our) app\b`,
  String.raw`\bphoto:`,
  String.raw`\bvideo:`,
  String.raw`\bwatch:`,
  String.raw`\bsubscribe\b`,
  String.raw`\bnot be published, broadcast, rewritten\b`,
  String.raw`\bcomments? (are|is) (closed|moderated)\b`,
];
const OUTLET_LINE = new RegExp(OUTLET_PHRASES.join('|'), 'i');
// Words one of those phrases holds (in lower case), each phrase at least one: a line with none of them holds no
// phrase, and skips the pattern, whose first use alone costs a background woken for one page about a millisecond.
const OUTLET_WORDS =
  /\.com|\.org|\.net|\.tv|caption|image|gallery|advertisement|©|copyright|rights|follow|like us|share this|posted|updated|@|javascript|related|sign up|newsletter|click here|download|photo:|video:|watch:|subscribe|published|comment|conversation/;
// A stamp line: a date and a time, a reporter's name and an outlet, and little else.
const STAMP = /^\s*(by\s|posted|updated|published|last updated)/i;
// A video's caption line: a reporter's name and "Report:" ("Jane Doe's Report:"), the video itself not in the text.
const REPORT_CAPTION = /^[^.!?]{0,40}\breport:$/i;

/** Whether a paragraph is the outlet's furniture rather than the story's text. */
export function isOutletLine(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === '') return true;
  if (STAMP.test(text) && text.split(/\s+/).length <= 25) return true;
  if (REPORT_CAPTION.test(text)) return true;
  return OUTLET_WORDS.test(text.toLowerCase()) && OUTLET_LINE.test(text) && text.split(/\s+/).length <= 60;
}
