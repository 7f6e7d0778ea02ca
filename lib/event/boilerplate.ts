// Lines of a news page's text that are the outlet's, not the story's: copyright and rights lines, "follow us" and
// share prompts, posted/updated stamps, reporter contact lines, "please enable JavaScript", related-story trailers.
// A name found only there (a station, a reporter, a social network) says which outlet wrote the page, never which
// event it reports, so event recognition leaves those lines out.

const OUTLET_LINE =
  /\b\w[\w-]*\.(com|org|net|tv)\b|\bcaption\b|\bclose image\b|\bimage \d+ of \d+\b|\bgallery\b|\badvertisement\b|©|\bcopyright\b|\ball rights reserved\b|\bfollow (us|@|\w+ on)\b|\b(like|follow) us\b|\bshare this\b|\bposted:?\s|\bupdated:?\s|\b(email|e-mail)\b.*@|@\w+\.(com|org|net)\b|\bplease enable javascript\b|\brelated (content|stories|articles|coverage)\b|\bread or share this story\b|\bsign up for\b|\bnewsletter\b|\bclick here\b|\bdownload (the|our) app\b|\bcaption\b|\bphoto:|\bvideo:|\bwatch:|\bsubscribe\b|\bnot be published, broadcast, rewritten\b|\bcomments? (are|is) (closed|moderated)\b/i;
// A stamp line: a date and a time, a reporter's name and an outlet, and little else.
const STAMP = /^\s*(by\s|posted|updated|published|last updated)/i;

/** Whether a paragraph is the outlet's furniture rather than the story's text. */
export function isOutletLine(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === '') return true;
  if (STAMP.test(text) && text.split(/\s+/).length <= 25) return true;
  return OUTLET_LINE.test(text) && text.split(/\s+/).length <= 60;
}
