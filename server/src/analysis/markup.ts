// Markup is not prose. Markdown emphasis (**bold**, *italic*, _italic_), link brackets and targets,
// and bare URLs are blanked out before the text is segmented and scanned — with spaces of the same
// length, so every offset stays the file's own. "**At least 40 people** were killed" then reads as
// prose, "*according to* the [Red Cross](https://…)" names the Red Cross, and the digits of
// "https://news.example/2026/04/03/12-killed" are no claim.

/**
 * A URL, a link target, a footnote mark with its number ("killed[4]", "[^4]": no count), brackets, asterisks, runs of underscores. URLs and targets are blanked for at
 * most 300 characters: an edit changes the blanking only near itself (see extractEdited's margin).
 */
const MARKUP = /https?:\/\/[^\s)\]>"”]{1,300}|\]\([^()\s]{0,300}\)|(?<=\S)\[\^?\d{1,3}\]|\[\^\d{1,3}\]|[[\]*]+|_+/g;

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** The text with markup replaced by spaces; the text itself when it has none (no copy). */
export function maskMarkup(text: string): string {
  if (!text.includes('*') && !text.includes('_') && !text.includes('[') && !text.includes('://')) return text;
  return text.replace(MARKUP, (m: string, at: number) => {
    if (m[0] === '_') {
      // Only emphasis: "_central hospital_", not "UN_SPExperts" or "snake_case".
      const before = at > 0 && isWordCode(text.charCodeAt(at - 1));
      const after = isWordCode(text.charCodeAt(at + m.length));
      if (before && after) return m;
    }
    return ' '.repeat(m.length);
  });
}

/**
 * The text with its no-break and thin spaces as plain ones (U+00A0, U+2007, U+2009, U+202F: one code
 * unit each, so offsets stay the file's own): web pages put them between a count and its noun or in a
 * date ("1,000\u00a0people", "5\u00a0January"), and the rules read a space as a space. Not between
 * digits, where one separates thousands ("1\u202f200"). The text itself when it has none.
 */
const ODD_SPACES = /(?<!\d)[\u00a0\u2007\u2009\u202f]|[\u00a0\u2007\u2009\u202f](?!\d)/g;
export function plainSpaces(text: string): string {
  ODD_SPACES.lastIndex = 0;
  return ODD_SPACES.test(text) ? text.replace(ODD_SPACES, ' ') : text;
}
