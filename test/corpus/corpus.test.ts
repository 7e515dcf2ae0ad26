import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Corpus } from '../../server/src/corpus/corpus.ts';
import { sentenceAround } from '../../server/src/corpus/diagnostics.ts';
import { groupDigits } from '../../server/src/corpus/facts.ts';
import type { AttributionClaim, FigureClaim } from '../../server/src/analysis/model.ts';

const A = 'a.txt';
const B = 'b.txt';
const C = 'c.txt';
const D = 'd.txt';
const dated = (day: string, body: string) => `Report\n\n${day}\n\n${body}`;

function codes(corpus: Corpus, key: string): string[] {
  return corpus.diagnostics(key).map((d) => d.code);
}

describe('corpus', () => {
  it('finds a conflict on an event date and names the other value and who reported it', () => {
    const c = new Corpus();
    c.set(A, dated('10 January 2022', 'The protests, which began on Jan. 1, spread quickly.'));
    c.set(B, dated('10 January 2022', 'Protests began on January 2, police said.'));
    const [d] = c.diagnostics(A).filter((x) => x.code === 'conflict');
    assert.ok(d, 'a conflict on a.txt');
    assert.match(d.message, /when the protests began: this says 2022-01-01; 2022-01-02 in b\.txt \(police\)/);
    assert.equal(d.related.length, 1);
    assert.equal(d.related[0].path, B);
    assert.equal(c.get(B)!.text.slice(d.related[0].start, d.related[0].end), 'January 2');
  });

  it('raises nothing where every source agrees, however the value is written', () => {
    const c = new Corpus();
    c.set(A, dated('10 January 2022', 'Nearly 1,000 people were injured, officials said. Protests began on 2 January.'));
    c.set(B, dated('10 January 2022', 'Almost 1,000 people have been injured, the ministry said. The protests began on January 2.'));
    c.set(C, dated('10 January 2022', 'Thousands of people were detained, lawyers said. Some 9,900 people have been detained, the ministry said.'));
    for (const k of [A, B, C]) assert.deepEqual(codes(c, k), [], k);
    // "At least a dozen" is twelve or more: fifteen agrees with it.
    const d = new Corpus();
    d.set(A, dated('10 January 2022', 'At least a dozen people were killed, officials said.'));
    d.set(B, dated('10 January 2022', 'Fifteen people were killed, police said.'));
    for (const k of [A, B]) assert.deepEqual(codes(d, k), [], k);
  });

  it('flags casualty tolls that differ, but not incident counts or subsets', () => {
    const c = new Corpus();
    c.set(A, dated('6 January 2022', '12 police officers were killed, according to the ministry.'));
    c.set(B, dated('15 January 2022', 'The prosecutor said 19 members of the security forces were killed. Two of them were killed while protecting the city hall, police said.'));
    assert.deepEqual(codes(c, A), ['conflict']);
    const [d] = c.diagnostics(B);
    assert.equal(d.code, 'conflict');
    assert.equal(c.get(B)!.text.slice(d.start, d.end), '19');
    assert.match(d.message, /This report \(2022-01-15\) is later than the others: probably an updated toll/);
    assert.equal(d.severity, 'information', 'an update is worth knowing, not a warning');
  });

  it('reads a later figure that rejects the other in so many words as a dispute, not an update', () => {
    const c = new Corpus();
    c.set(A, dated('3 February 2036', 'Seventeen workers were killed in the fire, officials said.'));
    c.set(B, dated('4 February 2036', 'The fire killed 19 workers, not 17 as the authorities claim, the union said.'));
    const [d] = c.diagnostics(B);
    assert.equal(c.get(B)!.text.slice(d.start, d.end), '19');
    assert.doesNotMatch(d.message, /updated toll/);
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /this says 19; 17 in a\.txt \(officials\)\.$/);
    // The source after the rejected count is that count's; the one after it, this one's.
    const claims = c.get(B)!.analysis.claims;
    const figure = claims.find((f) => f.kind === 'figure') as FigureClaim;
    assert.equal((claims.find((x) => x.id === figure.attribution) as AttributionClaim | undefined)?.source, 'union');
    // Without the rejection, the later and higher figure reads as an update.
    c.set(B, dated('4 February 2036', 'The fire killed 19 workers, the union said.'));
    assert.match(c.diagnostics(B)[0].message, /probably an updated toll/);
  });

  it('reads a count its own source later updates as history, not a disagreement', () => {
    const c = new Corpus();
    c.set(A, dated('4 October 2037', 'Eighteen people died on the road, police said. Two more died in hospital, bringing the total to 20, the ministry said.'));
    c.set(B, dated('3 October 2037', 'Twenty people were killed, the ministry said.'));
    const diagnostics = c.diagnostics(A);
    // The eighteen differs from the other source's 20, but its own source says so: worth knowing, no warning.
    assert.deepEqual(diagnostics.map((d) => [c.get(A)!.text.slice(d.start, d.end), d.code, d.severity]), [['Eighteen', 'conflict', 'information']]);
    assert.match(diagnostics[0].message, /This source itself later updates it to 20\./);
    assert.deepEqual(codes(c, B), []);
    // A correction to the same count is no update of it.
    const same = new Corpus();
    same.set(A, dated('3 October 2047', 'Toll revised down to 125\n\nOfficials revised the death toll down to 125.'));
    same.set(B, dated('4 October 2047', 'The crush killed 131 people, police said.'));
    assert.ok(same.diagnostics(A).every((d) => !/itself later updates/.test(d.message)));
    // Alone, the update disagrees with nothing but the count it updates.
    const alone = new Corpus();
    alone.set(A, dated('4 October 2037', 'Eighteen people died on the road, police said. Two more died in hospital, bringing the total to 20, the ministry said.'));
    assert.deepEqual(alone.diagnostics(A).map((d) => [alone.get(A)!.text.slice(d.start, d.end), d.code]), [['Eighteen', 'conflict']]);
  });

  it('reads a toll between a lower earlier one and a higher later one as rising', () => {
    const c = new Corpus();
    c.set(A, dated('12 August 2026', 'The outbreak has killed 14 people, the ministry said.'));
    c.set(B, dated('15 August 2026', 'Sixteen deaths have been confirmed by the district health office.'));
    c.set('c.txt', dated('20 August 2026', 'The outbreak killed 17 people, prosecutors said.'));
    const [d] = c.diagnostics(B);
    assert.equal(d.severity, 'information');
    assert.match(d.message, /Earlier reports give lower figures and later ones higher \(this one: 2026-08-15\): probably a rising toll/);
  });

  it('reads a later correction of a toll, down or up, as an update, not a dispute', () => {
    const c = new Corpus();
    c.set(A, dated('13 April 2025', 'The health ministry said 35 people had died in the crush.'));
    c.set(B, dated('14 April 2025', 'Officials revised the death toll down to 31, the ministry said.'));
    const [b] = c.diagnostics(B).filter((x) => x.code === 'conflict');
    assert.equal(b.severity, 'information');
    assert.match(b.message, /This report \(2025-04-14\) corrects the earlier figures: probably a revised toll/);
    const [a] = c.diagnostics(A).filter((x) => x.code === 'conflict');
    assert.equal(a.severity, 'information');
    assert.match(a.message, /Later reports \(from 2025-04-14\) correct this figure/);
    // Without the correction, a lower later figure is a disagreement.
    c.set(B, dated('14 April 2025', 'Officials said 31 people had died, the ministry said.'));
    assert.equal(c.diagnostics(B).find((x) => x.code === 'conflict')?.severity, 'warning');
  });

  it('dates what follows a line that is only a date (a post\'s author and day, a live blog\'s day), up to the next such line', () => {
    const posts = [
      '@ReliefNet · 15 Oct 2031', 'The dam has failed. Officials said 212 people were missing.',
      '@ReliefNet · 16 Oct 2031', 'Rescuers reached the villages. Officials said 120 people were missing.',
    ].join('\n\n');
    const c = new Corpus();
    c.set(A, posts);
    const missing = c.diagnostics(A).filter((x) => x.code === 'conflict');
    assert.equal(missing.length, 2);
    for (const d of missing) {
      assert.equal(d.severity, 'information');
      assert.match(d.message, /reports of other days .*counts of the missing change/);
    }
  });

  it('orders the reports of one day by their times, and by a stated rise', () => {
    const blog = [
      '# Flood: live',
      '**Tuesday, 14 March 2023**',
      '**08:10 GMT** – Rescuers are searching the valley. Officials said 23 people were killed.',
      '**19:05 GMT** – Officials now say 41 people were killed.',
    ].join('\n\n');
    const c = new Corpus();
    c.set(A, blog);
    const [early] = c.diagnostics(A).filter((x) => x.code === 'conflict');
    assert.equal(early.severity, 'information');
    assert.match(early.message, /this says 23; 41 in this source \(Officials\)\..*later reports \(from 2023-03-14 19:05\): probably an updated toll/);
    // Without the times, the two figures of one day are a disagreement...
    const untimed = new Corpus();
    untimed.set(A, blog.replace('**08:10 GMT** – ', '').replace('**19:05 GMT** – ', ''));
    assert.equal(untimed.diagnostics(A).filter((x) => x.code === 'conflict')[0].severity, 'warning');
    // ...unless the text says the toll rose.
    const risen = new Corpus();
    risen.set(A, dated('14 March 2023', 'Officials said 23 people were killed.'));
    risen.set(B, dated('14 March 2023', 'The death toll has climbed to 41, officials said.'));
    const [d] = risen.diagnostics(A).filter((x) => x.code === 'conflict');
    assert.equal(d.severity, 'information');
    assert.match(d.message, /probably an updated toll/);
    // A dateline's time is the document's: a later one on the same day is the update.
    const timed = new Corpus();
    timed.set(A, 'Flood kills 23\n\n14 March 2023, 09:30\n\nOfficials said 23 people were killed.');
    timed.set(B, 'Flood toll rises\n\n14 March 2023, 18:00\n\nOfficials said 41 people were killed.');
    assert.match(timed.diagnostics(B).filter((x) => x.code === 'conflict')[0].message, /This report \(2023-03-14 18:00\) is later than the others/);
  });

  it('keeps a dispute a warning when another source gave the later figure at the same time', () => {
    const c = new Corpus();
    c.set(A, dated('21 September 2026', 'At least 11 people were killed, the opposition said. The government put the death toll at six.'));
    c.set(C, dated('22 September 2026', 'Six people died in the riots, the ministry said.'));
    c.set(B, dated('23 September 2026', 'Monitors have documented 13 deaths.'));
    const [d] = c.diagnostics(B);
    assert.equal(d.code, 'conflict');
    assert.equal(d.severity, 'warning');
    assert.doesNotMatch(d.message, /update/);
  });

  it('reads a report of the same day at an unknown time with the timed reports of its value', () => {
    // A live blog, newest entry first, and a wire story of the same day with no time: the 31 came after the 27.
    const c = new Corpus();
    c.set(A, 'Live updates\n\n18 August 2034\n\n22:10 — Police now say 31 people have died.\n\n21:15 — The toll has risen to 27, a fire official tells us.');
    c.set(B, 'KOLVAR, Aug 18, 2034 (NPA) - At least 31 people were killed in a stampede, police said.');
    c.set(C, dated('19 August 2034', 'The ministry said 34 people had lost their lives.'));
    const [d] = c.diagnostics(A).filter((x) => x.code === 'conflict' && c.get(A)!.text.slice(x.start, x.end) === '27');
    assert.equal(d.severity, 'information');
    assert.match(d.message, /later reports .*probably an updated toll/);
  });

  it('reads counts of the missing from other days as changing, and a toll that fell later as a disagreement', () => {
    const c = new Corpus();
    c.set(A, dated('13 October 2026', 'Five miners were missing after the collapse, rescuers said.'));
    c.set(B, dated('14 October 2026', 'Four miners are still missing, the council said.'));
    const [d] = c.diagnostics(B);
    assert.equal(d.code, 'conflict');
    assert.equal(d.severity, 'information');
    assert.match(d.message, /reports of other days \(this one: 2026-10-14\): counts of the missing change/);
    // On one day, only when both reports give their time: a situation report "as of" 09:00, a blog entry at 16:20.
    const hours = new Corpus();
    hours.set(A, '# Floods: Situation Report No. 2\n\n**As of 15 October 2026, 09:00 local time**\n\n- 12 people are still missing, the agency said.');
    hours.set(B, '# Floods: live\n\n*Last updated 15 October 2026, 16:20*\n\n**16:20** – The governor says 9 people are still missing.');
    const [h] = hours.diagnostics(B);
    assert.equal(h.severity, 'information');
    assert.match(h.message, /reports of other times \(this one: 2026-10-15 16:20\): counts of the missing change/);
    const sameDay = new Corpus();
    sameDay.set(A, dated('15 October 2026', '12 people are still missing, the agency said.'));
    sameDay.set(B, dated('15 October 2026', 'The governor says 9 people are still missing.'));
    assert.equal(sameDay.diagnostics(B)[0].severity, 'warning');
    const e = new Corpus();
    e.set(A, dated('13 October 2026', 'Nine miners were killed, rescuers said.'));
    e.set(B, dated('14 October 2026', 'Seven miners were killed, the council said.'));
    const [f] = e.diagnostics(B);
    assert.equal(f.severity, 'warning');
    assert.doesNotMatch(f.message, /update/);
  });

  it('never sets the count of one place against a toll when its text counts more', () => {
    const c = new Corpus();
    c.set(A, dated('14 March 2024', 'Across the country, 120 people have died, the ministry said. Fourteen people died in the capital, police said.'));
    c.set(B, dated('14 March 2024', 'The ministry said 120 people had been killed.'));
    assert.deepEqual([...codes(c, A), ...codes(c, B)].filter((x) => x === 'conflict'), []);
  });

  it('never sets a scene, an increment or a subset against a toll', () => {
    const c = new Corpus();
    c.set(A, 'KORVALA, March 14, 2024 (Reuters) - Twenty-three people have been killed in four days of protests, a hospital official said.');
    c.set(B, [
      'KORVALA, March 16, 2024 (AP) - The death toll rose to 41 on Saturday, the health ministry said.',
      'Eight people were killed in Tarsk on Friday when troops cleared a square, witnesses said.',
      'Three more people died overnight, doctors said. Of the 41, some 12 people were killed in a single night.',
    ].join(' '));
    const conflicts = [...codes(c, A), ...codes(c, B)].filter((x) => x === 'conflict');
    assert.equal(conflicts.length, 2, 'only 23 against 41');
    const [d] = c.diagnostics(A).filter((x) => x.code === 'conflict');
    assert.match(d.message, /this says 23; 41 in b\.txt \(health ministry\)\. The higher figures come from later reports \(from 2024-03-16\): probably an updated toll/);
  });

  it('gives an edited document the same claims and diagnostics as a fresh one', () => {
    const t1 = dated('10 January 2022', 'Protests began on January 2, police said.\n\nAt least 12 officers were killed, the ministry said.');
    const t2 = t1.replace('12 officers', '19 officers') + '\n\nOn Tuesday, 300 people were detained, lawyers said.';
    const edited = new Corpus();
    edited.set(B, dated('11 January 2022', '18 officers were killed, police said.'));
    edited.set(A, t1, true);
    edited.set(A, t2, true);
    const fresh = new Corpus();
    fresh.set(B, dated('11 January 2022', '18 officers were killed, police said.'));
    fresh.set(A, t2);
    assert.deepEqual(edited.get(A)!.analysis, fresh.get(A)!.analysis);
    assert.deepEqual(edited.diagnostics(A), fresh.diagnostics(A));
    assert.ok(edited.diagnostics(A).some((d) => d.code === 'conflict'));
  });

  it('asks who backs an unattributed toll, but not a past event\'s', () => {
    const c = new Corpus();
    c.set(A, dated('12 May 2033', 'The collapse killed 17 miners. It was the worst accident since 2019, when an explosion at a coal mine killed 31 people.'));
    const asked = c.diagnostics(A).filter((d) => d.code === 'unattributed-figure').map((d) => c.get(A)!.text.slice(d.start, d.end));
    assert.deepEqual(asked, ['17']);
  });

  it('treats "dozens" as fewer than a hundred', () => {
    const c = new Corpus();
    c.set(A, dated('10 January 2022', 'Officials say dozens of people have been killed.'));
    c.set(B, dated('15 January 2022', 'The office stated that 225 people were killed across the country.'));
    assert.deepEqual(codes(c, A), ['conflict']);
  });

  it('flags a date far outside the folder timeline and points at the likely intended day', () => {
    const c = new Corpus();
    c.set(A, dated('7 January 2022', 'Clashes on January 4, January 5 and January 6 left the square burnt. Police spoke on January 6.'));
    c.set(B, 'On June 6, a shootout erupted in front of city hall, witnesses said.');
    const [d] = c.diagnostics(B).filter((x) => x.code === 'outlier-date');
    assert.ok(d);
    assert.match(d.message, /June 6 \(2022-06-06, year inferred\) lies far outside the timeline/);
    assert.ok(d.related.every((r) => r.path === A && c.get(A)!.text.slice(r.start, r.end) === 'January 6'));
    assert.equal(d.related.length, 2);
    assert.match(d.message, /1 source mentions January 6: a slip of the month\?/);
  });

  it('never flags a background date the sentence places in the past ("Last summer, on July 4")', () => {
    const c = new Corpus();
    c.set(A, dated('11 January 2026', 'Protests began on January 4. Last summer, on July 4, the government raised tariffs.'));
    c.set(B, dated('10 January 2026', 'Demonstrations erupted on January 4, witnesses said. Police fired on January 5 and on January 6.'));
    assert.deepEqual(codes(c, A), []);
    c.set(C, dated('10 January 2026', 'On July 4, a shootout erupted in the square.'));
    assert.deepEqual(codes(c, C), ['outlier-date']);
    // Nor one "as early as" sets before the story.
    c.delete(C);
    c.set(D, dated('11 January 2026', 'The union said it had warned the company about cracks as early as October 2.'));
    assert.deepEqual(codes(c, D), []);
    c.delete(D);
    // Nor a date the text looks forward to.
    c.set(C, dated('10 January 2026', 'The trial is set to begin on 2 June. Talks will resume on July 4.'));
    assert.deepEqual(codes(c, C), []);
    c.delete(C);
    // Nor one in an aside about someone or something, nor one a past perfect sets before the story.
    c.set(C, dated('10 January 2026', 'The president, who was re-elected on 5 June, blamed foreign agents.'));
    assert.deepEqual(codes(c, C), []);
    c.set(C, dated('10 January 2026', 'The government had raised fuel prices on 1 July, which angered drivers.'));
    assert.deepEqual(codes(c, C), []);
  });

  it('never flags a date whose year is stated, however far away', () => {
    const c = new Corpus();
    c.set(A, dated('11 January 2022', 'Protests on January 4, January 5 and January 6. She visited in May 2019 and on 3 May 2019.'));
    assert.deepEqual(codes(c, A), []);
  });

  it('updates incrementally: an edit that removes a disagreement clears the other file too', () => {
    const c = new Corpus();
    c.set(A, dated('10 January 2022', 'The protests began on Jan. 1, police said.'));
    c.set(B, dated('10 January 2022', 'Protests began on January 2, police said.'));
    assert.deepEqual(codes(c, B), ['conflict']);
    const changed = c.set(A, dated('10 January 2022', 'The protests began on Jan. 2, police said.'));
    assert.ok(changed.has(A) && changed.has(B));
    assert.deepEqual(codes(c, B), []);
    const removed = c.delete(A);
    assert.ok(removed.has(B));
    assert.equal(c.claimsOf(c.fact('date:protests began')!).length, 1);
  });

  it('re-resolves undated sources when the folder gets a date', () => {
    const c = new Corpus();
    c.set(A, 'Officials spoke on Monday, police said.');
    assert.equal(c.get(A)!.analysis.claims.find((x) => x.kind === 'date')!.value, null);
    const changed = c.set(B, dated('11 January 2022', 'Nothing else.'));
    assert.ok(changed.has(A));
    assert.equal(c.get(A)!.analysis.claims.find((x) => x.kind === 'date')!.value, '2022-01-10');
  });

  it('re-resolves undated sources loaded without their raw claims (retainExtraction: false) when the folder gets a date', () => {
    const undated = 'On Monday the strike began, police said. Protests began on March 6.';
    const c = new Corpus({ retainExtraction: false });
    c.load([[A, undated]]);
    c.load([[B, dated('Wednesday, 8 March 2023', 'The strike began on Monday, unions said.')]]);
    const fresh = new Corpus();
    fresh.load([[A, undated], [B, dated('Wednesday, 8 March 2023', 'The strike began on Monday, unions said.')]]);
    const values = (corpus: Corpus) => corpus.get(A)!.analysis.claims.map((k) => (k.kind === 'date' ? k.value : k.text));
    assert.deepEqual(values(c), values(fresh));
    assert.ok(values(c).includes('2023-03-06'), 'Monday before 8 March 2023');
  });

  it('uses the configured reference date for a folder without dates, and honours severity settings', () => {
    const c = new Corpus({ referenceDate: '2023-03-14', severity: { conflict: 'off' } });
    c.set(A, 'The strike began on Monday, the union said.');
    c.set(B, 'The strike began on March 5, the union said.');
    assert.equal(c.get(A)!.analysis.claims.find((x) => x.kind === 'date')!.value, '2023-03-13');
    assert.deepEqual(codes(c, A), []);
    c.options = { ...c.options, severity: {} };
    c.invalidateAll();
    assert.deepEqual(codes(c, A), ['conflict']);
  });

  it('dates the entries of a live blog by the date that opens them, for update notes', () => {
    const c = new Corpus();
    c.set(A, '# Live updates\n\nUpdated 4 March 2026\n\n**09:40** The agency now says 112 people have died.\n\n**Yesterday, 22:10** Rescue work went on. Officials confirmed 87 deaths.');
    c.set(B, dated('4 March 2026', 'The quake has killed 112 people, officials said.'));
    const d = c.diagnostics(A).find((x) => x.code === 'conflict' && x.message.includes('this says 87'));
    assert.ok(d, 'a conflict on the 87');
    assert.match(d.message, /later reports \(from 2026-03-04 09:40\): probably an updated toll/);
  });

  it('takes a night and a midnight that meet to agree, and a different day to differ', () => {
    const c = new Corpus();
    c.set(A, dated('Friday, 13 March 2026', 'A ceasefire took effect at midnight on Wednesday, the army said.'));
    c.set(B, dated('Friday, 13 March 2026', 'A truce came into force overnight on Tuesday, officials said.'));
    assert.deepEqual(codes(c, A), []);
    assert.deepEqual(codes(c, B), []);
    c.set(C, dated('Friday, 13 March 2026', 'The ceasefire took effect on Monday, the ministry said.'));
    assert.deepEqual(codes(c, C), ['conflict']);
    // The message tells the night and the measure in force from the plain day they are written as.
    const message = c.diagnostics(C).find((d) => d.code === 'conflict')!.message;
    assert.match(message, /this says 2026-03-09 \(or the day before\); 2026-03-11 \(or the day before\) in a\.txt/);
    const nights = new Corpus();
    nights.set(A, dated('Friday, 13 March 2026', 'Protests began on Tuesday night, police said.'));
    nights.set(B, dated('Friday, 13 March 2026', 'Protests began on Sunday, organisers said.'));
    assert.match(nights.diagnostics(B).find((d) => d.code === 'conflict')!.message, /this says 2026-03-08; the night of 2026-03-10 in a\.txt/);
  });

  it('takes a day whose time is also given in GMT on the next day to agree with that day', () => {
    const c = new Corpus();
    c.set(A, dated('12 March 2036', 'An earthquake struck at 11:47 p.m. local time on Monday (0347 GMT Tuesday), officials said.'));
    c.set(B, dated('12 March 2036', 'An earthquake struck early on Tuesday, 11 March, GMT, the survey said.'));
    assert.deepEqual(codes(c, A), []);
    assert.deepEqual(codes(c, B), []);
    // Without the other zone's day, the two differ.
    c.set(A, dated('12 March 2036', 'An earthquake struck at 11:47 p.m. local time on Monday, officials said.'));
    assert.deepEqual(codes(c, A), ['conflict']);
  });

  it('takes a measure declared one day and in force the next to agree, and two days apart to differ', () => {
    const c = new Corpus();
    c.set(A, dated('10 January 2022', 'A state of emergency was declared on January 5, officials said.'));
    c.set(B, dated('10 January 2022', 'The state of emergency took effect on January 6, the ministry said.'));
    assert.deepEqual(codes(c, A), []);
    assert.deepEqual(codes(c, B), []);
    c.set(C, dated('10 January 2022', 'The state of emergency came into force on January 7, police said.'));
    assert.deepEqual(codes(c, C), ['conflict']);
    c.set(D, dated('10 January 2022', 'A state of emergency was declared on January 6, the governor said.'));
    assert.ok(codes(c, D).includes('conflict'), 'two declarations a day apart still differ');
  });

  it('quotes the sentence around a claim, without the dash or bullet before it', () => {
    const blog = '1:30 p.m. – The strike began on Monday, March 6. Later, more.';
    assert.equal(sentenceAround(blog, blog.indexOf('March'), blog.indexOf('March') + 7), 'The strike began on Monday, March 6.');
    assert.equal(sentenceAround('- 5 March: clashes begin', 2, 9), '5 March: clashes begin');
    // A decimal's point is no sentence end.
    const quake = 'Rescue went on. A magnitude 6.8 earthquake killed at least 162 people. More later.';
    assert.equal(sentenceAround(quake, quake.indexOf('162'), quake.indexOf('162') + 3), 'A magnitude 6.8 earthquake killed at least 162 people.');
  });

  it('writes figures with en-US digit groups', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 10000000, 2.5]) assert.equal(groupDigits(n), n.toLocaleString('en-US'));
  });
});

describe('a document whose analysis throws', () => {
  /** A corpus whose rules throw on any text containing the word "BOOM", at the given stage. */
  class Failing extends Corpus {
    constructor(private readonly stage: 'extract' | 'resolve', told: [string, string][]) {
      super({ onAnalysisError: (key, e) => told.push([key, (e as Error).message]) });
    }

    protected override extractClaims(...args: Parameters<Corpus['extractClaims']>) {
      if (this.stage === 'extract' && args[0].includes('BOOM')) throw new Error('a rule failed');
      return super.extractClaims(...args);
    }

    protected override resolveExtraction(...args: Parameters<Corpus['resolveExtraction']>) {
      if (this.stage === 'resolve' && args[0].text.includes('BOOM')) throw new Error('a rule failed');
      return super.resolveExtraction(...args);
    }
  }

  for (const stage of ['extract', 'resolve'] as const) {
    it(`is kept with no claims, told once, and the others are still checked (failing in ${stage})`, () => {
      const told: [string, string][] = [];
      const c = new Failing(stage, told);
      c.load([
        [A, dated('10 January 2022', 'BOOM. Protests began on January 1, police said.')],
        [B, dated('10 January 2022', 'Protests began on January 2, police said.')],
        [C, dated('10 January 2022', 'Protests began on January 3, officials said.')],
      ]);
      assert.deepEqual(told, [[A, 'a rule failed']]);
      assert.equal(c.get(A)!.analysis.claims.length, 0);
      assert.deepEqual(codes(c, A), []);
      assert.ok(codes(c, B).includes('conflict'), 'b.txt and c.txt still disagree');
      // The same text again is not told again; a new text that still fails is.
      c.set(A, c.get(A)!.text, true);
      assert.equal(told.length, 1);
      c.set(A, `${c.get(A)!.text} BOOM`, true);
      assert.equal(told.length, 2);
      // Mended: the document has its claims again.
      c.set(A, dated('10 January 2022', 'Protests began on January 1, police said.'), true);
      assert.ok(c.get(A)!.analysis.claims.some((x) => x.kind === 'date'));
      assert.ok(codes(c, A).includes('conflict'));
    });
  }
});
