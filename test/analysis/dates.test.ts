import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { checkDates, claimsOf } from '../helpers.ts';

describe('dates', () => {
  it('reads month-day, day-month and abbreviated forms, taking the year from the reference', () => {
    checkDates('It began on January 5 and ended on Jan. 1.', [['January 5', '2022-01-05'], ['Jan. 1', '2022-01-01']]);
    checkDates('Talks opened on 5 January and closed on 11 January 2022.', [['5 January', '2022-01-05'], ['11 January 2022', '2022-01-11']]);
    checkDates('A photo taken on Wednesday, Jan. 5, 2022, shows the square.', [['Wednesday, Jan. 5, 2022', '2022-01-05']]);
    // Short weekday names too, and their day is checked; a title such as "The Sun" is no weekday.
    checkDates('Sat 8 January: rallies. Tues., Jan. 11: arrests.', [['Sat 8 January', '2022-01-08'], ['Tues., Jan. 11', '2022-01-11']]);
    assert.equal(analyze('Fri 8 January 2022: rallies.').problems[0]?.code, 'weekday-mismatch');
    checkDates('The Sun, 8 January 2022, reported it.', [['8 January 2022', '2022-01-08']]);
    // The date in brackets after a weekday is that weekday's day (not the last such weekday before the reference).
    checkDates('Protests spread on Monday (Jan 3) to the south. On Monday (see the Jan 3 report) police fired.', [['Monday (Jan 3)', '2022-01-03'], ['Monday', '2022-01-10'], ['Jan 3', '2022-01-03']]);
    assert.equal(analyze('On Tuesday (8 January 2022) rallies began.').problems[0]?.code, 'weekday-mismatch');
  });

  it('reads "January 4 and 6" and "the night of January 5 to 6" as one range', () => {
    checkDates('Videos recorded between January 4 and 6 show the square.', [['January 4 and 6', '2022-01-04/2022-01-06']]);
    checkDates('A statement published during the night of January 5 to 6.', [['January 5 to 6', '2022-01-05/2022-01-06']]);
    checkDates('Recorded on late January 4 and early January 5.', [['January 4', '2022-01-04'], ['January 5', '2022-01-05']]);
    // Day first: "5-6 January", "the night of 5/6 January"; two days of a month run forward ("24/7 January" is none).
    checkDates('Clashes on 5-6 January and on the night of 7/8 January; shops open 24/7 January through.', [
      ['5-6 January', '2022-01-05/2022-01-06'], ['7/8 January', '2022-01-07/2022-01-08'],
    ]);
  });

  it('reads month-only dates, and "May" only after a preposition', () => {
    checkDates('The curfew lasts until Jan.', [['Jan.', '2022-01']]);
    checkDates('He visited in May 2019.', [['May 2019', '2019-05']]);
    // A month without a year is the nearest, as a day is: December in a January story is the December before.
    checkDates('Prices doubled in December.', [['December', '2021-12']]);
    assert.deepEqual(claimsOf('VELM, 8 March 2032 (Wire) - Protests began in late September.', 'date').map((d) => [d.text, d.value]), [['8 March 2032', '2032-03-08'], ['September', '2031-09']]);
    checkDates('Protesters may march again. They did in March.', [['March', '2022-03']]);
    checkDates('Unions said they will March 14 kilometres to the capital, starting on March 14.', [['March 14', '2022-03-14']]);
  });

  it('resolves weekdays backwards from the reference: news is in the past tense', () => {
    // 11 January 2022 was a Tuesday.
    checkDates('The president spoke on Monday.', [['Monday', '2022-01-10']]);
    checkDates('Since Sunday, the internet has been down.', [['Sunday', '2022-01-09']]);
    checkDates('She will speak next Monday.', [['Monday', '2022-01-17']]);
    // "last Tuesday" in a Tuesday's paper is the Tuesday before; "on Tuesday" is that day.
    checkDates('The council met last Tuesday.', [['Tuesday', '2022-01-04']]);
    checkDates('The council met on Tuesday.', [['Tuesday', '2022-01-11']]);
    checkDates('The council met last Monday.', [['Monday', '2022-01-10']]);
    checkDates('Talks will resume on Thursday.', [['Thursday', '2022-01-13']]);
    checkDates('Schools are due to reopen on Monday.', [['Monday', '2022-01-17']]);
    checkDates('Police said they would act, and on Monday they did.', [['Monday', '2022-01-10']]);
    checkDates('The mayor has called a vigil for Monday evening.', [['Monday', '2022-01-17']]);
    // A call or a plan, in the present, for something to be done on the day; not a past one, nor a clause after it.
    checkDates('The union calls on its members across the country to stop work for one hour on Friday.', [['Friday', '2022-01-14']]);
    checkDates('Protesters plan to march on Sunday.', [['Sunday', '2022-01-16']]);
    checkDates('The union called on its members to stop work on Friday.', [['Friday', '2022-01-07']]);
    checkDates('She says she plans to leave, and she left on Monday.', [['Monday', '2022-01-10']]);
    checkDates('The mayor, who promises to rebuild, visited on Monday.', [['Monday', '2022-01-10']]);
    // A decision that starts on a day looks forward; from an earlier weekday of its sentence, when it has one.
    checkDates('The government declared three days of national mourning starting Thursday.', [['Thursday', '2022-01-13']]);
    checkDates('The government on Saturday ordered a curfew starting Sunday.', [['Saturday', '2022-01-08'], ['Sunday', '2022-01-09']]);
    checkDates('On Saturday the union called a strike for Monday.', [['Saturday', '2022-01-08'], ['Monday', '2022-01-10']]);
    checkDates('The last time protests began on a Sunday was in 2019; every Friday they march.', []);
    // A possessive names its day too: "Monday's attack".
    checkDates('He was arrested for Monday\'s attack on Thursday.', [['Monday', '2022-01-10'], ['Thursday', '2022-01-06']]);
    checkDates('Sunday’s protests were the largest; Mondays are quiet.', [['Sunday', '2022-01-09']]);
  });

  it('reads an ordinal day alone in the month the text is talking about', () => {
    // The reference is 11 January 2022.
    checkDates('The unrest started on the 5th, when students marched.', [['the 5th', '2022-01-05']]);
    checkDates('It began on the 20th.', [['the 20th', '2021-12-20']]);
    checkDates('On 3 November talks stalled; by the 9th, they had collapsed.', [['3 November', '2021-11-03'], ['the 9th', '2021-11-09']]);
    // A later day of a month the text named is of that month, after the document's day too (not the month before).
    checkDates('The curfew, in place since 5 January, will be lifted on the 19th.', [['5 January', '2022-01-05'], ['the 19th', '2022-01-19']]);
    checkDates('He lives on the 12th floor. In the 20th century, on the 3rd day, it rained.', []);
  });

  it('resolves relative days from the reference or from the last day the text named', () => {
    checkDates('The experts today urged restraint.', [['today', '2022-01-11']]);
    checkDates('On January 6 the square was cleared. The following day, January 7, he spoke.', [
      ['January 6', '2022-01-06'], ['The following day', '2022-01-07'], ['January 7', '2022-01-07'],
    ]);
    checkDates('The speech came on January 7. The same day, the group urged calm.', [['January 7', '2022-01-07'], ['The same day', '2022-01-07']]);
    checkDates('The day before yesterday, three died; the day after tomorrow, talks resume.', [['The day before yesterday', '2022-01-09'], ['the day after tomorrow', '2022-01-13']]);
    // A day's possessive names the day ("yesterday's attack"); "today's" is also the present ("today's Velm"), not read.
    checkDates("Yesterday's attack and this morning's blast were condemned in today's papers.", [["Yesterday", '2022-01-10'], ["this morning", '2022-01-11']]);
    checkDates('Protests began two days ago. A week ago, police fired. It was a day of anger.', [['two days ago', '2022-01-09'], ['A week ago', '2022-01-04']]);
    // Capitalised inside running text, "Today" is a name: a newspaper's, a programme's. Not so in a title-case headline.
    checkDates('The audit, according to the newspaper Varnia Today, flagged cracks. He told the Today programme so.', []);
    checkDates('Today, police said the audit flagged cracks. "Today we mourn," he said.', [['Today', '2022-01-11'], ['Today', '2022-01-11']]);
    checkDates('Talks Resume Today In The Capital', [['Today', '2022-01-11']]);
  });

  it('reads times and time ranges, and gives each the day its text speaks of', () => {
    const d = checkDates('Around 12:15 a.m. on January 5, police moved in. A curfew runs from 11 p.m. to 7 a.m. Shots were heard between 3 and 5:30 p.m.', [
      ['12:15 a.m.', '00:15'], ['January 5', '2022-01-05'], ['11 p.m. to 7 a.m.', '23:00/07:00'], ['3 and 5:30 p.m.', '15:00/17:30'],
    ]);
    assert.equal(d[0].day, '2022-01-05');
    assert.equal(d[3].day, '2022-01-05');
    checkDates('A curfew from 11pm to 7am.', [['11pm to 7am', '23:00/07:00']]);
    checkDates('Between 12:05 and 12:19 a.m. the square filled.', [['12:05 and 12:19 a.m.', '00:05/00:19']]);
    checkDates('The tunnel collapsed at about 3.40am local time, a 4.5 magnitude tremor later.', [['3.40am', '03:40']]);
    // The day a statement was made is not the day the story tells of: a later time keeps the story's day.
    const story = (text: string) => claimsOf(text, 'date', '2022-01-07').map((c) => [c.text, c.day]);
    assert.deepEqual(story('Shells hit the market on Wednesday. The toll rose to 15, the council said on Thursday. Witnesses said the shells landed at 9:15 a.m.'),
      [['Wednesday', '2022-01-05'], ['Thursday', '2022-01-06'], ['9:15 a.m.', '2022-01-05']]);
    assert.deepEqual(story('Shells hit the market on Wednesday. Schools closed on Thursday. Sirens sounded at 9:15 a.m.'),
      [['Wednesday', '2022-01-05'], ['Thursday', '2022-01-06'], ['9:15 a.m.', '2022-01-06']]);
    // Nor is the start of a period looked back over.
    assert.deepEqual(story('Shells hit the market on Wednesday, the worst day since the offensive began a week ago.\n\n"They fell at 11 a.m.," the mayor said.'),
      [['Wednesday', '2022-01-05'], ['a week ago', '2021-12-31'], ['11 a.m.', '2022-01-05']]);
    // "today", "yesterday" name the sentence's day for its times, whichever comes first.
    assert.deepEqual(story('The ferry sank on 5 January. As of 08:00 today, 34 bodies had been found. At 10 p.m. yesterday the search paused.').slice(1),
      [['08:00', '2022-01-07'], ['today', '2022-01-07'], ['10 p.m.', '2022-01-06'], ['yesterday', '2022-01-06']]);
  });

  it('infers the year nearest the reference: December in a January story is last year', () => {
    checkDates('It started on December 30.', [['December 30', '2021-12-30']]);
    checkDates('A shootout erupted on June 6.', [['June 6', '2022-06-06']]);
    // Looking back most of a year: "January 4" in an October story is this January.
    checkDates('The rains began on January 4.', [['January 4', '2026-01-04']], '2026-10-10');
    // ... unless the year is named relative to the story's, or the clause looks forward.
    checkDates('1,200 people were evacuated from January 4-6 last year.', [['January 4-6', '2025-01-04/2025-01-06']], '2026-10-10');
    checkDates('Talks will resume on 5 February.', [['5 February', '2027-02-05']], '2026-11-20');
    assert.deepEqual(claimsOf('It flooded on January 4 last year.', 'date', '2026-10-10')[0].inferred, []);
    // A clause that looks back: the latest such day before the story, its year given by the clause.
    checkDates('Last summer, on July 4, the government raised tariffs.', [['July 4', '2025-07-04']], '2026-01-11');
    checkDates('Last summer, on July 4, the government raised tariffs.', [['July 4', '2026-07-04']], '2026-10-11');
    assert.deepEqual(claimsOf('Three months ago, on 2 October, prices rose.', 'date', '2026-01-11')[0].inferred, []);
  });

  it('takes the neighbouring year where a date\'s own weekday matches, rather than report a mismatch', () => {
    const a = analyze('The strike began on Saturday, December 28.', { folderReference: '2019-06-25', folderYear: 2019 });
    assert.deepEqual(a.claims.map((c) => (c.kind === 'date' ? c.value : null)), ['2019-12-28']);
    assert.deepEqual(a.problems, []);
    // A weekday no nearby year fits is still reported.
    assert.equal(analyze('On Friday, January 4, protests began.', { folderReference: '2022-01-11', folderYear: 2022 }).problems[0]?.code, 'weekday-mismatch');
    // A day close to the story keeps the story's year: its wrong weekday is the source's slip, not a
    // January almost a year ahead.
    const close = analyze('On Saturday, January 3, the market closed.', { folderReference: '2031-01-06', folderYear: 2031 });
    assert.deepEqual(close.claims.map((c) => (c.kind === 'date' ? c.value : null)), ['2031-01-03']);
    assert.equal(close.problems[0]?.code, 'weekday-mismatch');
  });

  it('reads "until" and "by" a weekday forward, unless a past verb reaches there', () => {
    checkDates('The rain continued until Thursday.', [['Thursday', '2026-10-08']], '2026-10-10');
    checkDates('Schools will stay closed until Thursday.', [['Thursday', '2026-10-15']], '2026-10-10');
    checkDates('Schools stay closed until Thursday.', [['Thursday', '2026-10-15']], '2026-10-10');
    // The verbs of its own sentence only: a past verb in the sentence before reaches no "until".
    checkDates('The minister promised compensation. Meteorologists forecast more rain until Thursday.', [['Thursday', '2026-10-15']], '2026-10-10');
    checkDates('By Wednesday, thousands had joined the marches.', [['Wednesday', '2026-10-07']], '2026-10-10');
    checkDates('The toll stood at 38 by Wednesday evening.', [['Wednesday', '2026-10-07']], '2026-10-10');
    checkDates('Officials said the bridge is to reopen by Wednesday.', [['Wednesday', '2026-10-14']], '2026-10-10');
  });

  it('leaves values unknown when neither the text nor the folder gives a date', () => {
    const a = analyze('It happened on January 5 and on Monday.');
    assert.deepEqual(a.claims.map((c) => [c.text, c.kind === 'date' ? c.value : undefined]), [['January 5', null], ['Monday', null]]);
  });

  it('takes the document date from a dateline or a date standing alone near the top', () => {
    assert.equal(analyze('GENEVA (11 January 2022) – Experts spoke.').published, '2022-01-11');
    // A blog's line: the date, then who posted it; not a date in a sentence.
    assert.equal(analyze('Posted on 3 May 2031 by admin\n\nFloods have killed 12 people.').published, '2031-05-03');
    assert.equal(analyze('Police said on 3 May 2031 by noon that 12 died.').published, null);
    // A footer's labelled line, when the head has no date; not a date in the body's last sentences.
    assert.equal(analyze('Floods in Velm\n\nFloods have killed 12 people.\n\nPublished on 10 March 2032.').published, '2032-03-10');
    assert.equal(analyze('Floods in Velm\n\nFloods have killed 12 people.\n\nThis statement was issued on 10 March 2032').published, '2032-03-10');
    assert.equal(analyze('Floods in Velm\n\nThe report will be published on 10 March 2032.').published, null);
    assert.equal(analyze('# Title\n\n(Berlin, May 20, 2026) – Security forces fired on protesters.').published, '2026-05-20');
    assert.equal(analyze('# Title\n\n*Kastel, 20 October 2025* — Security forces fired on protesters.').published, '2025-10-20');
    // Not a place in a sentence of the body, far from the top.
    assert.equal(analyze(`# Title\n\n${'Security forces fired. '.repeat(40)}\nKastel, 20 October 2025 — a day to remember.`).published, null);
    assert.equal(analyze('Headline\n\nUpdated 3:45 PM EST, Thu January 6, 2022\n\nPolice fired.').published, '2022-01-06');
    assert.equal(analyze('Headline\n\nJanuary 6, 2022 / 10:15 AM / Updated 2 hours ago\n\nPolice fired.').published, '2022-01-06');
    assert.equal(analyze('Headline\n\nLast updated on Jan 6, 2022 | 10:15 IST\n\nPolice fired.').published, '2022-01-06');
    assert.equal(analyze('Timeline\n\nJanuary 6, 2022 – Police fired.\nJanuary 7, 2022 / Protesters left the square.').published, null);
    // The date alone opening the body, then a dash: a dateline without a place.
    assert.equal(analyze('Prison riot: toll stands at 9\n\nFeb. 21, 2026 — The official toll stands at nine.').published, '2026-02-21');
    assert.equal(analyze('Timeline\n\nFeb. 21, 2026 — Riot.\nFeb. 22, 2026 — Inquiry.').published, null);
    assert.equal(analyze('Title\n\n11 January 2022\n\nBody text.').published, '2022-01-11');
    assert.equal(analyze('Correction (January 31, 2022): an earlier version erred.').published, null);
    // An issued text's title with its date in brackets; not an event's, nor a report named in the body.
    assert.equal(analyze('Safe Seas: statement on the ferry disaster (16 August 2041)\n\nThe ferry sank.').published, '2041-08-16');
    assert.equal(analyze('# Ostria: Earthquake — Flash Update No. 3 (as of 11 March 2035)\n\nThe quake struck.').published, '2035-03-11');
    assert.equal(analyze('# The dock massacre (as of 5 May 2030)\n\nThe ferry sank.').published, null);
    assert.equal(analyze('# Flash update No. 3 (5 May 2030)\n\nThe ferry sank.').published, '2030-05-05');
    assert.equal(analyze('The dock massacre (5 May 2030)\n\nTroops fired.').published, null);
    assert.equal(analyze('Title\n\nThe ferry sank, says a report (5 May 2030)\nMore.').published, null);
    assert.equal(analyze('KORVALA, March 14, 2024 (Reuters) - Troops fired.').published, '2024-03-14');
    assert.equal(analyze('SAN MARO, Estria, 3 May 2023 — Troops fired.').published, '2023-05-03');
    assert.equal(analyze('He said, March 14, 2024 - the day of the vote - was calm.').published, null);
    assert.equal(analyze('# Situation report, 16 March 2024\n\nTroops fired.').published, '2024-03-16');
    assert.equal(analyze('Title\n\nThe report, 16 March 2024\n\nTroops fired.').published, null);
    assert.equal(analyze('Why the protests turned deadly\nBy Mira Sol, 17 October 2025\n\nOn Monday troops fired.').published, '2025-10-17');
    assert.equal(analyze('Clashes leave 14 dead\nBy Lida Morrow, Varen Daily, 22 October 2031\n\nOn Monday troops fired.').published, '2031-10-22');
    assert.equal(analyze('By Staff Reporter | 3 May 2024\n\nTroops fired.').published, '2024-05-03');
    // A masthead under the headline: a name (with "of", "for" in it) and the date.
    assert.equal(analyze("# Union demands justice\n\nTextile Workers' Union of Orto, 4 February 2036\n\nThe fire.").published, '2036-02-04');
    assert.equal(analyze('# Union demands justice\n\n*El Diario — 10 November 2026*\n\nThe fire.').published, '2026-11-10');
    assert.equal(analyze('# Timeline\n\n*Compiled by the Civic Defence Centre, 20 November 2039*\n\n- **9 November** – Prices rise.').published, '2039-11-20');
    // A line of the opening block that says it was published; not a report named in the body.
    assert.equal(analyze('CRACKDOWN LEAVES DOZENS DEAD\nCivic Watch report, published 16 October 2024\n\nTroops fired.').published, '2024-10-16');
    assert.equal(analyze('# Floods\n\n*Situation report No. 4, 22 June 2037 — Delta Relief Network*\n\nTroops fired.').published, '2037-06-22');
    assert.equal(analyze('Title\n\nTroops fired.\nThe watchdog cited a report published 16 October 2024\n\nMore.').published, null);
    assert.equal(analyze('# Lessons from Varn, 2–9 March 2026\n\nPublished by Open Record, 30 March 2026\n\nTroops fired.').published, '2026-03-30');
    assert.equal(analyze('Report title\nPublished by the Civic Watch on 3 May 2025\n\nTroops fired.').published, '2025-05-03');
    assert.equal(analyze('Title\n\nTroops fired. The study was published by the council, 3 May 2025\n\nMore.').published, null);
    // An agency's dateline, without a dash and with its place in title case.
    assert.equal(analyze('New Delhi, Oct 3, 2026 (PTI) At least five people were killed.').published, '2026-10-03');
    assert.equal(analyze('Marwa, Oct 3 (PTI) Police fired on Friday.', { folderReference: '2026-10-04', folderYear: 2026 }).published, '2026-10-03');
    assert.equal(analyze('Title\n\nHe left on Oct 3 (FRIDAY) for Delhi.').published, null);
    // A wire dateline without a year is dated in the folder's year; on its own, it stays undated.
    const wire = 'OSTBY, Norland, Feb 12 (Reuters) - Police fired on Wednesday. The protests began on Feb. 8.';
    assert.equal(analyze(wire).published, null);
    const dated = analyze(wire, { folderReference: '2026-02-10', folderYear: 2026 });
    assert.equal(dated.published, '2026-02-12');
    assert.deepEqual(dated.claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.kind === 'date' ? c.value : null]), [
      ['Feb 12', '2026-02-12'], ['Wednesday', '2026-02-11'], ['Feb. 8', '2026-02-08'],
    ]);
    // The year that puts it nearest the folder's day: across the new year, the next one.
    assert.equal(analyze(wire, { folderReference: '2026-12-30', folderYear: 2026 }).published, '2027-02-12');
    assert.equal(analyze('DISASTER AGENCY\nPress release No. 14 — 4 March 2026, 10:00\n\nRescuers worked.').published, '2026-03-04');
    assert.equal(analyze('Title\n\nTroops fired by the river, 16 March 2024\n\nMore.').published, null);
    assert.equal(analyze('# Statement from the council\n\n**Issued: 14 October 2026, 18:00**\n\nThe council mourns.').published, '2026-10-14');
    assert.equal(analyze('Title\n\nThe talks, 14 October 2026, 18:00\n\nMore.').published, null);
    assert.equal(analyze('# Floods: Situation Report No. 2\n\n**As of 15 October 2026, 09:00 local time**\n\nMore.').published, '2026-10-15');
    assert.equal(analyze('Title\n\nPrices rose as of 15 October 2026\n\nMore.').published, null);
    assert.equal(analyze('# Protests spread\n\n*Dana Kovacs in Lorenza*\n\n*Mon 16 Nov 2026 07.40 GMT*\n\nMore.').published, '2026-11-16');
    assert.equal(analyze('# Protests spread\n\nThey met Mon 16 Nov 2026\n\nMore.').published, null);
    assert.equal(analyze('## Toll rises to 33\n\n*Updated: February 6, 2026 9:15 pm IST*\n\nMore.').published, '2026-02-06');
    assert.equal(analyze('# Death toll from floods climbs to 52\n\n*El Diario del Norte — 10 November 2026*\n\nMore.').published, '2026-11-10');
    assert.equal(analyze('# LIVE: latest updates\n\n**Last updated: 12 May 2026, 21:40 local time**\n\nMore.').published, '2026-05-12');
    assert.equal(analyze('# Report\n\n**Estria Rights Monitor** · 14 March 2023\n\nMore.').published, '2023-03-14');
    // Undated, it tells of days after the folder's date: it was written after them ("today" is not the folder's day);
    // a slip of the month far ahead does not count.
    const later = analyze('Police fired on March 12, the group said today.', { folderReference: '2023-03-09', folderYear: 2023 });
    assert.deepEqual(later.claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.kind === 'date' ? c.value : null]), [['March 12', '2023-03-12'], ['today', '2023-03-12']]);
    const slip = analyze('Police fired on August 9, the group said today.', { folderReference: '2023-03-09', folderYear: 2023 });
    assert.deepEqual(slip.claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.kind === 'date' ? c.value : null]), [['August 9', '2023-08-09'], ['today', '2023-03-09']]);
  });

  it('reports a weekday that contradicts its date', () => {
    const a = analyze('On Thursday, March 8, 2023, crowds gathered.');
    assert.equal(a.problems.length, 1);
    assert.match(a.problems[0].message, /Thursday does not match 2023-03-08, which is a Wednesday/);
    assert.equal(analyze('On Wednesday, March 8, 2023, crowds gathered.').problems.length, 0);
  });

  it('never joins a number ending a line to a month on the next', () => {
    checkDates('## Toll rises to 14\n\n**March 3rd, 2026**\n\nToll rises to 12\nMarch 4, 2026\n\nTalks ended on January\n5.', [
      ['March 3rd, 2026', '2026-03-03'], ['March 4, 2026', '2026-03-04'], ['January\n5', '2026-01-05'],
    ]);
  });

  it('does not take numbers, verbs and names for dates', () => {
    checkDates('By January 4, 10,000 protesters had gathered.', [['January 4', '2022-01-04']]);
    checkDates('Cadets, ages 18 to 20, and 150 to 200 protesters were there.', []);
    checkDates('They march on. COVID-19 spread. Now it is over.', []);
    checkDates('The 12-gauge shotguns and 2.5 minutes of gunfire.', []);
  });

  it('reads 24-hour times with their zone, and ranges across the new year', () => {
    checkDates('The curfew runs from 9 p.m. local time (1800 GMT) to 0600 GMT; 1800 people marched.', [['9 p.m.', '21:00'], ['1800 GMT', '18:00'], ['0600 GMT', '06:00']]);
    checkDates('The blast happened at 0340 local time. In 2019 local time zones changed.', [['0340 local time', '03:40']]);
    checkDates('Clashes were reported from Dec. 31 to Jan. 2.', [['Dec. 31 to Jan. 2', '2021-12-31/2022-01-02']]);
  });

  it('reads a clock time where its zone, a date or the start of a line says it is one', () => {
    checkDates('**14:05 GMT** – Rescuers reached the village.', [['14:05 GMT', '14:05']]);
    checkDates('Updated 5 March 2022, 18:00. The count was revised.', [['5 March 2022', '2022-03-05'], ['18:00', '18:00']]);
    checkDates('Trains stopped at 18.30 CET.', [['18.30 CET', '18:30']]);
    checkDates('The curfew runs from 20h00 to 6h00; shots at 15h30. He ran it in 4h30.', [['20h00 to 6h00', '20:00/06:00'], ['15h30', '15:30']]);
    checkDates('Intro.\n\n**14:05** – Rescuers reached the village.', [['14:05', '14:05']]);
    checkDates('- 09:10 Police closed the bridge.', [['09:10', '09:10']]);
    // Not times: a ratio, a duration, a clock-like number inside a sentence.
    checkDates('The vote was won by a ratio of 3:30 after 2.30 hours; verse 12:15 was read.', []);
  });

  it("puts a live blog's entry stamps on the day of the heading above them, and the entry's times with them", () => {
    const blog = '# Live\n\nUpdated Tuesday 14 October 2025, 18:40\n\n**18:40** – 19 people were killed in Monday\'s clashes.\n\n'
      + '**16:05** – Internet access has been cut since 11 a.m.\n\n## Monday 13 October 2025\n\n**22:10** – Curfew began.';
    const days = claimsOf(blog, 'date').filter((d) => d.spec.form === 'time').map((d) => [d.text, d.day]);
    assert.deepEqual(days, [['18:40', '2025-10-14'], ['18:40', '2025-10-14'], ['16:05', '2025-10-14'], ['11 a.m.', '2025-10-14'], ['22:10', '2025-10-13']]);
    // A time in a sentence of prose still takes the day its sentence names.
    const prose = claimsOf('KASTEL, Oct. 14, 2025 (Northline) - Shots were heard at 11 p.m. on Monday.', 'date').find((d) => d.text === '11 p.m.');
    assert.equal(prose?.day, '2025-10-13');
  });

  it("counts 'today' and the weekdays under a line that is only a date from that line's day", () => {
    const blog = 'Ferry fire: live\n\n**Monday 13 October 2031**\n\n**09:15** – Divers went out this morning.\n\n'
      + '**Tuesday 14 October**\n\n**08:00** – The minister arrived this morning. The captain will appear in court on Thursday. The fire began on Sunday.';
    const days = claimsOf(blog, 'date').filter((d) => d.type !== 'time').map((d) => [d.text, d.value]);
    assert.deepEqual(days, [['Monday 13 October 2031', '2031-10-13'], ['this morning', '2031-10-13'], ['Tuesday 14 October', '2031-10-14'],
      ['this morning', '2031-10-14'], ['Thursday', '2031-10-16'], ['Sunday', '2031-10-12']]);
    // A short title with a date in it is no such line: "today" is still the document's day.
    const titled = claimsOf('The fire of 12 October: what we know\n\nPORT ALDER, 15 October 2031 - Divers went out today.', 'date').map((d) => [d.text, d.value]);
    assert.deepEqual(titled, [['12 October', '2031-10-12'], ['15 October 2031', '2031-10-15'], ['today', '2031-10-15']]);
  });

  it('reads dates in figures only where they can be read one way', () => {
    checkDates('Filed on 15/08/2026, on 8/15/2026 and on 15.08.2026; not 07/02/2026, 3/5/2026, 32/01/2026 or version 2.10.2024-1.', [
      ['15/08/2026', '2026-08-15'], ['8/15/2026', '2026-08-15'], ['15.08.2026', '2026-08-15'],
    ]);
    assert.equal(analyze('# Situation report no. 3\n\n**Date:** 15/08/2026\n\nSixteen deaths.').published, '2026-08-15');
  });

  it('reads ISO dates, real days only', () => {
    checkDates('Talks are set for 2024-03-20; case 2024-03-20-7 and 2023-02-29 are not dates.', [['2024-03-20', '2024-03-20']]);
    // A timestamp's date, on a title line: the document's date.
    assert.equal(analyze('Ferry sinks\n2032-03-12T10:42:00Z\n\nThe ferry sank on Sunday.').published, '2032-03-12');
  });

  it('dates a sudden disaster: the day it happened, not a second one, a figure of speech or a time', () => {
    const events = (text: string) => claimsOf(text, 'date', '2024-03-14').map((d) => [d.text, d.event]);
    assert.deepEqual(events('A tunnel collapsed on Tuesday, March 12, the rescue service said.'), [['Tuesday, March 12', 'collapse occurred']]);
    assert.deepEqual(events('The explosion happened late on March 11 near the port.'), [['March 11', 'explosion occurred']]);
    assert.deepEqual(events('The earthquake struck on 10 March.'), [['10 March', 'earthquake occurred']]);
    assert.deepEqual(events('Two rescuers were hurt on Wednesday when a second section collapsed.'), [['Wednesday', null]]);
    assert.deepEqual(events('Another blast happened on March 13.'), [['March 13', null]]);
    assert.deepEqual(events('Talks collapsed on March 12.'), [['March 12', null]]);
    assert.deepEqual(events('The market crashed on March 12.'), [['March 12', null]]);
    assert.deepEqual(events('The ferry capsized on 12 March off the coast.'), [['12 March', 'sinking occurred']]);
    assert.deepEqual(events('Hopes sank on March 12 as the search was called off.'), [['March 12', null]]);
    assert.deepEqual(events('The roof gave way at about 11:40 p.m.'), [['11:40 p.m.', null]]);
    assert.deepEqual(events('On 12 March at 03:17, a 6.8-magnitude earthquake hit the province.'), [['12 March', 'earthquake occurred'], ['03:17', null]]);
    assert.deepEqual(events('A blast rocked the port on Tuesday.'), [['Tuesday', 'explosion occurred']]);
    // Bombings, shootings, massacres and stampedes are disasters of a day too.
    assert.deepEqual(events("The stampede happened on Sunday, 10 March. Saturday's bombing killed 12. The massacre of 5 March shocked the country."),
      [['Sunday, 10 March', 'stampede occurred'], ['Saturday', 'explosion occurred'], ['5 March', 'massacre occurred']]);
    // The noun, what befell and where ("at a festival in Velm"), then the day or its night.
    assert.deepEqual(events('Nine died in a stampede at a religious festival in Velm on Friday night. A crowd crush near the gate on the night of 7 March killed 3.'),
      [['Friday', 'stampede occurred'], ['7 March', 'stampede occurred']]);
    // The document's own date is never an event's, even in the clause of one.
    assert.deepEqual(claimsOf('LORN, 3 April 2033 — A car bomb exploded at a market in Lorn on Saturday, police said.', 'date').map((d) => [d.text, d.event]),
      [['3 April 2033', null], ['Saturday', 'explosion occurred']]);
    // A time's colon and a short bracketed aside do not end the clause.
    assert.deepEqual(events('The quake hit at 03:17 local time (0117 GMT) on March 12, the survey said.'), [['03:17 local time', null], ['0117 GMT', null], ['March 12', 'earthquake occurred']]);
    assert.deepEqual(events('Protests began (according to police) on March 11.'), [['March 11', 'protests began']]);
    assert.deepEqual(events('Protests hit the capital on Tuesday.'), [['Tuesday', null]]);
    // A structure that fails: after its noun, and not in a figure of speech.
    assert.deepEqual(events('The Orlan dam, built in 1974, gave way on March 12. A dam burst on Tuesday. The levee was breached on 11 March.'),
      [['March 12', 'collapse occurred'], ['Tuesday', 'collapse occurred'], ['11 March', 'collapse occurred']]);
    assert.deepEqual(events('On Tuesday the calm gave way to anger. Police burst into the hall on March 12. Protesters breached the barrier on 11 March.'),
      [['Tuesday', null], ['March 12', null], ['11 March', null]]);
  });

  it("dates a sudden disaster named by its noun: Tuesday's collapse, the 11 March blast, the explosion of March 11", () => {
    const events = (text: string) => claimsOf(text, 'date', '2024-03-14').map((d) => [d.text, d.value, d.event]);
    assert.deepEqual(events("Rescuers searched on Thursday for miners trapped since Tuesday's collapse."), [['Thursday', '2024-03-14', null], ['Tuesday', '2024-03-12', 'collapse occurred']]);
    assert.deepEqual(events('The 11 March gas blast killed three workers.'), [['11 March', '2024-03-11', 'explosion occurred']]);
    assert.deepEqual(events('Investigators said the explosion of March 11 was caused by gas.'), [['March 11', '2024-03-11', 'explosion occurred']]);
    assert.deepEqual(events("Monday's deadly earthquake was the strongest in decades."), [['Monday', '2024-03-11', 'earthquake occurred']]);
    // Not the disaster: a figure of speech, a second one, a noun the date does not modify.
    assert.deepEqual(events("Monday's market crash wiped out savings."), [['Monday', '2024-03-11', null]]);
    assert.deepEqual(events("Wednesday's collapse of the talks surprised no one."), [['Wednesday', '2024-03-13', null]]);
    assert.deepEqual(events("Tuesday's second blast was smaller."), [['Tuesday', '2024-03-12', null]]);
    assert.deepEqual(events("Monday's visit to the collapse site was brief."), [['Monday', '2024-03-11', null]]);
    assert.deepEqual(events('On 12 March blast victims were buried.'), [['12 March', '2024-03-12', null]]);
    // The noun, what it befell, then "on" and the date; not a figure of speech or a later one.
    assert.deepEqual(events('The sinking of the Sea Lark on 10 March was a disaster foretold.'), [['10 March', '2024-03-10', 'sinking occurred']]);
    assert.deepEqual(events('The blast at the Orto fertiliser plant on Tuesday killed nine.'), [['Tuesday', '2024-03-12', 'explosion occurred']]);
    assert.deepEqual(events('The collapse of the talks on Monday angered workers.'), [['Monday', '2024-03-11', null]]);
    assert.deepEqual(events('An explosion of anger on 4 March surprised police.'), [['4 March', '2024-03-04', null]]);
    assert.deepEqual(events('A second blast at the plant on Friday injured two.'), [['Friday', '2024-03-08', null]]);
  });

  it('does not date an event by the date of another thing: the March 10 election, Monday\'s vote', () => {
    const events = (text: string) => claimsOf(text, 'date', '2024-03-14').map((d) => [d.text, d.event]);
    assert.deepEqual(events('Clashes erupted on Tuesday after the commission declared the winner of the March 10 election.'), [['Tuesday', 'fighting began'], ['March 10', null]]);
    assert.deepEqual(events('Clashes erupted after the March 10 election.'), [['March 10', null]]);
    assert.deepEqual(events("Protests erupted after Monday's vote."), [['Monday', null]]);
    // A date before an event's own words still dates it.
    assert.deepEqual(events('The March 11 protests began peacefully.'), [['March 11', 'protests began']]);
    // "last Friday" is when, not a modifier.
    assert.deepEqual(events('Last Friday police imposed a curfew.'), [['Friday', 'curfew declared']]);
  });

  it('dates a fire in a story about it: not a shooting, a fire crew, or one fire among the events of another story', () => {
    const events = (text: string) => claimsOf(text, 'date', '2024-03-14').map((d) => [d.text, d.event]);
    assert.deepEqual(events('The fire began on Monday, 11 March, when a power line fell.'), [['Monday, 11 March', 'fire began']]);
    assert.deepEqual(events('Wildfire forces thousands to flee\n\nThe blaze, which started on 10 March near Tell, has burned 12,000 hectares.'), [['10 March', 'fire began']]);
    assert.deepEqual(events('Fire destroys homes\n\nFire crews started work on 12 March.'), [['12 March', null]]);
    assert.deepEqual(events('Crowds fled as police opened fire. Protests began on March 11.'), [['March 11', 'protests began']]);
    assert.deepEqual(events('Fire on the hills\n\nSoldiers began to fire on the crowd on March 11.'), [['March 11', null]]);
    // A story of protests: a fire that broke out is one of its events, and another story's fire may be another.
    assert.deepEqual(events('Protests spread to Tell\n\nProtesters stormed the town hall. A fire broke out in the building on March 12.'), [['March 12', null]]);
  });

  it('reads a plan that starts on a weekday as the coming one', () => {
    checkDates('The opposition called for a general strike starting Friday.', [['Friday', '2024-03-15']], '2024-03-14');
    checkDates('The strike started on Friday.', [['Friday', '2024-03-08']], '2024-03-14');
  });

  it('names the event of a date within its clause', () => {
    const events = (text: string) => claimsOf(text, 'date', '2024-03-14').map((d) => [d.text, d.event]);
    assert.deepEqual(events('The protests erupted on March 11 over fuel prices.'), [['March 11', 'protests began']]);
    assert.deepEqual(events('The government declared a state of emergency on March 12 and imposed a nightly curfew from 10 p.m. to 6 a.m.'), [
      ['March 12', 'state of emergency declared'], ['10 p.m. to 6 a.m.', 'curfew declared'],
    ]);
    assert.deepEqual(events('Protests began in Zhanaozen and Aktau on January 2.'), [['January 2', 'protests began']]);
    // A riot (a prison's, a barracks' mutiny) and a siege begin and end; riot police are no riot.
    assert.deepEqual(events('The riot that began on Saturday night ended on Monday. Special forces ended the siege at dawn on March 11.'),
      [['Saturday', 'riot began'], ['Monday', 'riot ended'], ['March 11', 'siege ended']]);
    assert.deepEqual(events('Riot police moved in on Tuesday, which began the clearance.'), [['Tuesday', null]]);
    // A date opening the clause after a semicolon governs that clause, not the one before it.
    assert.deepEqual(events('The curfew was imposed on March 4; the previous day, protests had begun.'), [['March 4', 'curfew declared'], ['the previous day', 'protests began']]);
    assert.deepEqual(events('Protests began on March 3; the next day, police fired.'), [['March 3', 'protests began'], ['the next day', null]]);
    // A report's nouns of a phase, of their subject: not "the beginning of March".
    assert.deepEqual(events('Cases rose after the declaration of the outbreak on 1 March.'), [['1 March', 'outbreak declared']]);
    assert.deepEqual(events('The lifting of the curfew on March 12 was welcomed.'), [['March 12', 'curfew ended']]);
    // Only a measure is lifted, and only a service restored: not protests.
    assert.deepEqual(events('On March 6, the government lifted price controls on fuel, which set off the unrest.'), [['March 6', null]]);
    assert.deepEqual(events('Internet access was restored on March 6.'), [['March 6', 'internet disruption ended']]);
    assert.deepEqual(events('After the imposition of a curfew on March 6, streets emptied.'), [['March 6', 'curfew declared']]);
    assert.deepEqual(events('At the beginning of March, protests spread.'), [['March', null]]);
    // One town's or province's start is not the event's; a bare name may be the country's.
    assert.deepEqual(events('In the town of Besk, protests began on March 11.'), [['March 11', null]]);
    assert.deepEqual(events('Protests in Besk province began on March 11.'), [['March 11', null]]);
    assert.deepEqual(events('Unrest reached Besk province. In Besk, protests began on March 11.'), [['March 11', null]]);
    assert.deepEqual(events('In Norland, protests began on March 11.'), [['March 11', 'protests began']]);
    // A place set off as the capital or a town is one place; after a wire's dateline too.
    assert.deepEqual(events('In Revna, the capital, protests began on March 11.'), [['March 11', null]]);
    assert.deepEqual(events('Crowds filled the capital, Revna. In Revna, protests began on March 11.'), [['March 11', null]]);
    assert.deepEqual(events('REVNA, 12 March 2031 (Wire) - In Revna, the capital, protests began on March 11.'), [['12 March 2031', null], ['March 11', null]]);
    assert.deepEqual(events('VELM, 3 October 2031 (Wire) - On 2 October, protests began in the capital.'), [['3 October 2031', null], ['2 October', 'protests began']]);
    // A date in a clause after "after" or "when" is that clause's; a time after "after" is the event's.
    assert.deepEqual(events('The strike began after two miners died in a gas explosion on March 1.'), [['March 1', null]]);
    assert.deepEqual(events('The strike began shortly after midnight on March 3.'), [['midnight', null], ['March 3', 'strike began']]);
    // A sentence that places the subject in two places tells of two places' starts.
    assert.deepEqual(events('Demonstrations in Revna started on Wednesday, after protests erupted in Zhelm on Monday.'), [['Wednesday', null], ['Monday', null]]);
    // A measure declared on a day in one province, then nationwide: the nationwide day is the event's.
    assert.deepEqual(events('Authorities imposed a state of emergency on March 4 in the northern province of Besk and on March 5 nationwide.'), [
      ['March 4', null], ['March 5', 'state of emergency declared'],
    ]);
    assert.deepEqual(events('Protests began on March 2 in the western town of Besk.'), [['March 2', 'protests began']]);
    // A hunger strike, an air strike and counter-protests are other things than the strike and the protests.
    assert.deepEqual(events('The dock strike began on March 3. Lind began a hunger strike on March 10. A drone strike began the assault on March 8.'), [
      ['March 3', 'strike began'], ['March 10', null], ['March 8', null],
    ]);
    assert.deepEqual(events('Counter-protests began on March 7.'), [['March 7', null]]);
    // A measure that starts has taken effect; talks on it are not it.
    assert.deepEqual(events('The curfew started on March 5. Talks on a ceasefire began on March 9.'), [['March 5', 'curfew declared'], ['March 9', null]]);
    // Last year's event is another one, in last year.
    assert.deepEqual(claimsOf("Last year's protests began on 20 August.", 'date', '2026-03-12').map((d) => [d.value, d.event]), [['2025-08-20', null]]);
    assert.deepEqual(claimsOf('Elections are due on 14 September.', 'date', '2026-03-12').map((d) => d.value), ['2026-09-14']);
    assert.deepEqual(events('Fighting that erupted on March 4 subsided after a truce came into force overnight on Tuesday.'), [
      ['March 4', 'fighting began'], ['Tuesday', 'ceasefire declared'],
    ]);
    assert.deepEqual(events('A state of emergency has been in force since Thursday.'), [['Thursday', 'state of emergency declared']]);
    assert.deepEqual(events('Protests have continued since Monday.'), [['Monday', 'protests began']]);
    // A later round, or a start among others, is not the first start.
    assert.deepEqual(events('Protests began again on March 8.'), [['March 8', null]]);
    assert.deepEqual(events('Fresh protests began on March 8.'), [['March 8', null]]);
    assert.deepEqual(events('A second wave of protests began on March 8.'), [['March 8', null]]);
    assert.deepEqual(events('Protests also began on March 8 in the south.'), [['March 8', null]]);
    assert.deepEqual(events('The protests, which began on March 2, spread.'), [['March 2', 'protests began']]);
    // A count before "since" is what the date bounds: deaths since March 4, not when the riots began.
    assert.deepEqual(events('The ministry said 11 people had died during riots since March 4.'), [['March 4', null]]);
    assert.deepEqual(events('From 5 to 7 January, internet access was cut.'), [['5 to 7 January', 'internet disruption began']]);
    // A service is cut or suspended; a strike or a protest suspended or called off has ended, not begun.
    assert.deepEqual(events('Mobile internet was suspended on March 3.'), [['March 3', 'internet disruption began']]);
    assert.deepEqual(events('The strike was suspended on March 9. Protests were blocked on March 10.'), [['March 9', null], ['March 10', null]]);
    assert.deepEqual(events('The strike was called off on March 9.'), [['March 9', 'strike ended']]);
    assert.deepEqual(events('Protests began a day earlier, on March 10.'), [['March 10', 'protests began']]);
    // A timeline's entries: the date opens the item.
    assert.deepEqual(events('- 5 March: clashes begin at a checkpoint.\n- 11 March: a ceasefire takes effect.'), [
      ['5 March', 'fighting began'], ['11 March', 'ceasefire declared'],
    ]);
    // ... in the present tense.
    assert.deepEqual(events('- 4 March — Protests break out in the capital.\n- 6 March — Clashes erupt in the north.'), [['4 March', 'protests began'], ['6 March', 'fighting began']]);
    assert.deepEqual(events('- 5 March: the government declares a state of emergency.\n- 9 March: the government lifts the state of emergency.'), [
      ['5 March', 'state of emergency declared'], ['9 March', 'state of emergency ended'],
    ]);
    // A year opening the sentence sets its dates, and an event that long ago is not the story's.
    assert.deepEqual(events('In 2019, similar protests began on November 16. This time, protests began on January 2.'), [
      ['November 16', null], ['January 2', 'protests began'],
    ]);
    // So does a year that a "when" clause follows: "the riots of 2019, when protests began on 11 June".
    assert.deepEqual(claimsOf('Protests began on 4 March. They echo the riots of 2019, when protests began on 11 June and 40 died.', 'date', '2024-03-08').map((d) => [d.text, d.value, d.event]), [
      ['4 March', '2024-03-04', 'protests began'], ['11 June', '2019-06-11', null],
    ]);
    // A plan is not the event: "would begin on", "will be lifted on".
    assert.deepEqual(events('Unions said a strike would begin on March 20. The curfew imposed on March 7 will be lifted on March 21.'), [
      ['March 20', null], ['March 7', 'curfew declared'], ['March 21', null],
    ]);
    // A phase the text looks forward to names no date, not even the nearer one before it.
    assert.deepEqual(events('Mobile internet restrictions imposed on March 9 will be lifted on March 16, the regulator said.'), [
      ['March 9', 'internet disruption began'], ['March 16', null],
    ]);
    // Disasters and outbreaks have their dates too.
    assert.deepEqual(events('The floods began on 4 November in the highlands. The outbreak was declared on 2 August.'), [
      ['4 November', 'floods began'], ['2 August', 'outbreak declared'],
    ]);
  });

  it('reads "two days later" from the last day named, and "this morning" as the document\'s day', () => {
    checkDates('The protests began on January 5. Two days later, the government declared a state of emergency.', [
      ['January 5', '2022-01-05'], ['Two days later', '2022-01-07'],
    ]);
    checkDates('This morning the curfew was lifted.', [['This morning', '2022-01-11']]);
    checkDates('The protests began on January 1. Ten days later, the curfew was lifted. The army arrived eight days ago.', [
      ['January 1', '2022-01-01'], ['Ten days later', '2022-01-11'], ['eight days ago', '2022-01-03'],
    ]);
    // A day restated after the relative words is the day.
    const restated = claimsOf('Rain began on January 4. A state of emergency was declared two days later, on Thursday.', 'date');
    assert.deepEqual(restated.map((d) => [d.text, d.value, d.event]), [['January 4', '2022-01-04', null], ['Thursday', '2022-01-06', 'state of emergency declared']]);
  });

  it('marks nights that run over midnight, and measures that took effect', () => {
    const nights = (text: string) => claimsOf(text, 'date', '2026-03-13').map((d) => [d.text, d.reach]);
    assert.deepEqual(nights('A truce came into force overnight on Tuesday.'), [['Tuesday', 'next']]);
    assert.deepEqual(nights('Shelling went on through the night of March 4.'), [['March 4', 'next']]);
    assert.deepEqual(nights('Shots were heard on Tuesday night.'), [['Tuesday', 'next']]);
    // The day carries the event, as a measure that took effect (from the day before); the midnight also ends the day before.
    assert.deepEqual(nights('A ceasefire took effect at midnight on Wednesday.'), [['midnight', 'previous'], ['Wednesday', 'previous']]);
    assert.deepEqual(claimsOf('A ceasefire took effect at midnight on 5/6 March.', 'date', '2026-03-13').map((d) => [d.text, d.event]), [['midnight', null], ['5/6 March', 'ceasefire declared']]);
    // A measure in force on a day may have been declared the day before; a day of another event reaches nowhere.
    assert.deepEqual(nights('A ceasefire took effect on Wednesday.'), [['Wednesday', 'previous']]);
    assert.deepEqual(nights('Protests began on Wednesday.'), [['Wednesday', null]]);
  });
});
