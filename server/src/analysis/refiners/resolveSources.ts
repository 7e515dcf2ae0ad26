// Normalises each attribution's source to its fullest name in the document:
// "she" after Mara Lind is Mara Lind; "Lind" is Mara Lind;
// "the spokeswoman" after "spokeswoman Anna Velsk" is Anna Velsk;
// "the experts" after "UN human rights experts" is UN human rights experts.
import { CAPITALISED_STOPWORDS, DETERMINERS, PRONOUNS } from '../lexicon/attribution.ts';
import { escapeRegExp } from '../lexicon/pattern.ts';
import type { AttributionClaim } from '../model.ts';

/** Titles before a person's name: "President Velsk" is Velsk. */
const PERSON_TITLES = new Set([
  'president', 'prime', 'minister', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'chancellor', 'general',
  'secretary', 'commissioner', 'rapporteur', 'spokesperson', 'spokeswoman', 'spokesman', 'interim', 'deputy',
  'chief', 'mayor', 'governor', 'senator', 'judge', 'prof', 'prof.', 'king', 'queen', 'sheikh', 'colonel',
  'captain', 'sergeant', 'lieutenant', 'ambassador', 'envoy', 'director',
]);
/** Words that stand before a name without being part of it: titles, and the names of institutions. */
const TITLES = new Set([
  'president', 'prime', 'minister', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'chancellor', 'general',
  'secretary', 'commissioner', 'rapporteur', 'special', 'high', 'spokesperson', 'spokeswoman', 'spokesman',
  'interim', 'deputy', 'chief', 'mayor', 'governor', 'senator', 'judge', 'prof', 'prof.', 'king', 'queen', 'sheikh',
  'colonel', 'captain', 'sergeant', 'lieutenant', 'ambassador', 'envoy', 'director', 'foreign', 'interior',
  'rights', 'human', 'nations', 'united', 'council', 'ministry', 'office', 'watch', 'police', 'head',
]);
/** Heads that make a source an organisation or a group rather than one person. */
const NOT_A_PERSON = /\b(?:government|ministry|office|police|department|agency|council|committee|organi[sz]ation|media|army|military|watch|reports?|statement|version|service|authorities|officials|experts|witnesses|UN|U\.N|nations|union|court|prosecutors?|channel|news|bureau|court)$|s$/i;
const PLURAL = /(?:s|police|media|people|staff)$/i;
const PROPER_TAIL = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*\p{Lu}[\p{L}\p{M}'’-]+)$/u;

function stripDeterminer(s: string): string {
  const words = s.split(/\s+/);
  while (words.length > 1 && DETERMINERS.has(words[0].toLowerCase())) words.shift();
  return words.join(' ');
}

/** The longest proper name in the text that ends with `name`: "Lind" → "Mara Lind". */
function fullName(text: string, mention: string, cache: Map<string, string>): string {
  const parts = mention.split(/\s+/);
  while (parts.length > 1 && PERSON_TITLES.has(parts[0].toLowerCase())) parts.shift();
  const name = parts.join(' ');
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const re = new RegExp(`((?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*[ \\t]+){1,3})${escapeRegExp(name)}\\b`, 'gu');
  let best = name;
  for (let m = re.exec(text); m && best === name; m = re.exec(text)) {
    const words = m[1].trim().split(/\s+/);
    const kept: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i].toLowerCase();
      if (TITLES.has(w) || CAPITALISED_STOPWORDS.has(w) || /['’]s$/.test(w) || /[.(]$/.test(w)) break;
      kept.unshift(words[i]);
    }
    if (kept.length) best = [...kept, name].join(' ');
  }
  cache.set(name, best);
  return best;
}

export function resolveSources(text: string, claims: AttributionClaim[]): void {
  const cache = new Map<string, string>();
  const roles = new Map<string, string>(); // "spokeswoman" → "Anna Velsk"
  const seen: AttributionClaim[] = [];
  for (const c of claims) {
    const mention = stripDeterminer(c.text.trim());
    const lower = mention.toLowerCase();
    const words = lower.split(/\s+/);
    const head = words[words.length - 1];
    const tail = PROPER_TAIL.exec(mention)?.[1];
    if (lower in PRONOUNS) {
      const plural = PRONOUNS[lower] === 'plural';
      const named = [...seen].reverse().filter((s) => !(s.text.toLowerCase() in PRONOUNS));
      const antecedent = plural
        ? named.find((s) => PLURAL.test(s.source)) ?? named[0]
        : named.find((s) => !NOT_A_PERSON.test(s.source)) ?? named[0];
      c.source = antecedent ? antecedent.source : mention;
    } else if (tail && tail !== mention && /^\p{Ll}/u.test(mention)) {
      // "human rights spokeswoman Anna Velsk": the name, and remember the role.
      c.source = fullName(text, tail, cache);
      for (const w of words.slice(0, words.length - tail.split(/\s+/).length)) roles.set(w, c.source);
    } else if (/^\p{Lu}/u.test(mention)) {
      c.source = fullName(text, mention, cache);
    } else if (words.length === 1 && roles.has(head)) {
      c.source = roles.get(head)!;
    } else {
      // "the experts": the longest earlier source with the same head noun.
      const earlier = seen.filter((s) => s.source.toLowerCase().split(/\s+/).pop() === head).sort((a, b) => b.source.length - a.source.length)[0];
      c.source = earlier && earlier.source.length > mention.length ? earlier.source : mention;
    }
    seen.push(c);
  }
}
