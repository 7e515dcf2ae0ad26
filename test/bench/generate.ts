// Generates a deterministic benchmark corpus from examples/: each document retells one example
// source (so it disagrees with others as that source does), with places, people, days and counts
// varied and background paragraphs added, so that no two documents are equal.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Port Valmora', 'Drenhaven', 'Kessel Bay', 'Orvik', 'Santa Lune', 'Marrow Point', 'Tiel', 'Ashgate'];
const PEOPLE = ['Mara Lind', 'Tomas Reyt', 'Anna Velsk', 'Jonah Frey', 'Petra Oman', 'Ines Karro', 'Luca Brenn', 'Sofi Aalto'];
const SUBJECTS = ['The harbour', 'The old town', 'The container terminal', 'The fish market', 'The ferry service', 'The council', 'The shipping line', 'The union hall'];
const VERBS = ['has long depended on', 'was rebuilt around', 'competes with', 'once relied on', 'still draws visitors to', 'is run jointly with', 'faces pressure from'];
const OBJECTS = ['the northern rail link', 'seasonal fishing fleets', 'a dozen shipping agents', 'the regional airport', 'the customs authority', 'private investors', 'cruise operators'];
const TAILS = ['according to local historians', 'as residents like to point out', 'in the view of many traders', 'which shapes its politics', 'and that has not changed', 'though few agree on why'];

/** The paragraphs of each example source, one list per file. */
export function sourcesOf(dir: string): string[][] {
  return readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0));
}

function background(random: () => number, place: string): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const sentences: string[] = [];
  for (let i = 0; i < 4 + Math.floor(random() * 3); i++) {
    sentences.push(`${pick(SUBJECTS)} of ${place} ${pick(VERBS)} ${pick(OBJECTS)}, ${pick(TAILS)}.`);
  }
  return sentences.join(' ');
}

/** One varied document of about `size` characters. */
export function makeDocument(sources: string[][], random: () => number, n: number, size: number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const source = sources[n % sources.length];
  const place = pick(PLACES);
  const person = new Map<string, string>();
  const vary = (p: string) => p
    .replace(/Port Valmora/g, place)
    .replace(/\b(?:Mara Lind|Tomas Reyt|Anna Velsk|Jonah Frey|Petra Oman|Ines Karro)\b/g, (m) => {
      if (!person.has(m)) person.set(m, pick(PEOPLE));
      return person.get(m)!;
    });
  const parts = [`${vary(source[0])} (${n})`];
  let length = parts[0].length;
  let i = 1;
  while (length < size) {
    const p = i < source.length ? vary(source[i]) : background(random, place);
    parts.push(p);
    length += p.length + 2;
    i++;
    if (i > source.length && random() < 0.3) i = 1 + Math.floor(random() * (source.length - 1)); // a repeated update
  }
  return parts.join('\n\n') + '\n';
}

export function generate(out: string, examples: string, count: number, size: number, seed = 42): { files: number; bytes: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sources = sourcesOf(examples);
  const random = rng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = makeDocument(sources, random, i, size);
    const sub = join(out, `batch-${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `source-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
