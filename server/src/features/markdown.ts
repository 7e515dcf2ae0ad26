// Source text is untrusted: everything taken from a source is escaped before it goes into markdown,
// so that markdown, HTML and `command:` links inside a source render as inert text. Links are built
// only here, from file URIs the server made itself.

/** Escapes markdown and HTML so that the text renders literally, on one line. */
export function inert(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~"':])/g, '\\$1');
}

/** A link to a line of a file: `[label](file:///path#L12)`; only file URIs are accepted. */
export function fileLink(label: string, uri: string, line: number): string {
  if (!uri.startsWith('file:')) return inert(label);
  const target = `${uri}#L${line + 1}`.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${inert(label)}](${target})`;
}
