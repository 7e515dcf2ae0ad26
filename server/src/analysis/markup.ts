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
const ODD_SPACE = '[\\u00a0\\u2007\\u2009\\u202f]';
const ODD_SPACES = new RegExp(`(?<!\\d)${ODD_SPACE}|${ODD_SPACE}(?!\\d)`, 'g');
const ANY_ODD_SPACE = new RegExp(ODD_SPACE);
export function plainSpaces(text: string): string {
  return ANY_ODD_SPACE.test(text) ? text.replace(ODD_SPACES, ' ') : text;
}

/** The length of the line starting at `at`, without its line end. */
function lineLength(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return end - at - (end > at && text.charCodeAt(end - 1) === 13 ? 1 : 0);
}

/** How long a line of a hard-wrapped paragraph is: plain-text mail and PDF copies wrap at 60 to 100 columns (a shorter line only before a lower-case word). */
const WRAPPED_MIN = 60;
const WRAPPED_SHORT = 45;
const WRAPPED_MAX = 100;
/**
 * What opens a line of its own: a list item, a heading, a table row, a quote, a time stamp, a label
 * ("1 March:", "SPOKESPERSON:", "Deaths:"), a dateline ("KARVIN, ..."), a byline, or nothing (a blank line).
 */
const OWN_LINE = /^[ \t]*(?:[-*•>#|+]|\d{1,3}[.)][ \t]|\d{1,2}[:.]\d{2}\b|[^\n:.,]{1,24}:[ \t]|\p{Lu}[\p{Lu}\p{M} .'’-]{2,},|By[ \t]+\p{Lu}|\r?\n|\r?$)/u;

/**
 * The text with the line breaks of hard-wrapped paragraphs as spaces (a CRLF's two characters as two),
 * so that a sentence broken over lines reads as one: "... according to the\nInterior Ministry" names the
 * ministry, "on 4\nJanuary" is a date. A break is a wrap when the line before it is as long as a wrapped
 * line and does not end a sentence or a label (a full stop only before a lower-case word: "U.N.\nhuman
 * rights"), and the next line is prose, not an item, a heading, a row, a label, a dateline or a byline.
 * Offsets are unchanged; the text itself when nothing is wrapped.
 */
export function unwrapLines(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let lineStart = 0, nl = text.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = text.indexOf('\n', nl + 1)) {
    const cr = nl > 0 && text.charCodeAt(nl - 1) === 13;
    let end = cr ? nl - 1 : nl;
    while (end > lineStart && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    const length = end - lineStart;
    if (length < WRAPPED_SHORT || length > WRAPPED_MAX) continue;
    const first = text.charCodeAt(lineStart);
    if (first === 35 || first === 124 || first === 62) continue; // a heading, a table row or a quote is not wrapped
    const next = text.slice(nl + 1, Math.min(text.length, nl + 32));
    if (OWN_LINE.test(next)) continue;
    const lowerNext = /^[ \t]*\p{Ll}/u.test(next);
    // A shorter line is a wrapped one before a lower-case word, or inside a block of such lines (the line after it as long).
    if (length < WRAPPED_MIN && !lowerNext && lineLength(text, nl + 1) < WRAPPED_SHORT) continue;
    const last = text.charCodeAt(end - 1);
    // ! ? : ; end what the line says; so does a full stop, unless a lower-case word follows ("U.N.\nhuman"); and a
    // closing quote or bracket, unless after a comma ('... immediately,"\nsaid Mira Kostal').
    if (last === 33 || last === 63 || last === 58 || last === 59) continue;
    if (last === 46 && !lowerNext) continue;
    if ((last === 34 || last === 0x201d || last === 41 || last === 93) && text.charCodeAt(end - 2) !== 44) continue;
    (out ??= []).push(text.slice(from, cr ? nl - 1 : nl), cr ? '  ' : ' ');
    from = nl + 1;
  }
  return out ? out.join('') + text.slice(from) : text;
}
