// What a late look at a page compares with the page as it was last read: its address, title, number of elements and
// length of text. A page whose script has rendered its article since differs in them; one that has not would be read
// to the same snapshot and answered the same, so the late look reads nothing.

/** A page's state at a look, as a string to compare (cheap: no layout, no text extraction). */
export function pageLook(doc: Document, url: string): string {
  const body = doc.body;
  const elements = body ? body.getElementsByTagName('*').length : 0;
  const text = body?.textContent?.length ?? 0;
  return `${url}\n${doc.title}\n${elements}\n${text}`;
}
