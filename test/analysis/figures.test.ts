import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFigures, claimsOf } from '../helpers.ts';

/** A lead paragraph of a story wider than one incident, with no count of its own. */
const WIDER_STORY = 'Unrest has spread to every province this month, rights groups said on Monday, and the army has been called in.\n\n';

describe('casualty figures', () => {
  it('reads passive and active voice, with the group counted', () => {
    checkFigures('12 police officers were killed.', [['12', 12, 12, 'killed', 'security']]);
    checkFigures('Security forces killed dozens of protesters.', [['dozens', 24, null, 'killed', 'protesters']]);
    checkFigures('The protests injured nearly 1,000 people.', [['nearly 1,000', 900, 1000, 'injured', 'people']]);
    checkFigures('The attack killed a total of 40 people. Police arrested and charged a total of 30 students.', [
      ['40', 40, 40, 'killed', 'people'], ['30', 30, 30, 'detained', 'civilians'],
    ]);
    // The verb right before a count governs it, not the next clause's.
    checkFigures('Police killed 12 protesters, wounded 30 others and arrested 200, the group said.', [
      ['12', 12, 12, 'killed', 'protesters'], ['30', 30, 30, 'injured', 'people'], ['200', 200, 200, 'detained', 'people'],
    ]);
    checkFigures('It documented the deaths of at least 30 demonstrators, some of them shot in the back.', [['at least 30', 30, null, 'killed', 'protesters']]);
    checkFigures('Three more protesters succumbed to their injuries, bringing the toll to 167.', [['Three', 3, 3, 'killed', 'protesters'], ['167', 167, 167, 'killed', 'people']]);
    // A new total with no outcome word of its own counts what the increment before it counts.
    checkFigures('Two more passengers died in hospital, bringing the total to 20.', [['Two', 2, 2, 'killed', 'civilians'], ['20', 20, 20, 'killed', 'people']]);
    checkFigures('Police arrested 12 more people on Monday, taking the total to 80.', [['12', 12, 12, 'detained', 'people'], ['80', 80, 80, 'detained', 'people']]);
    checkFigures('The team scored twice, bringing the total to 20.', []);
    checkFigures('Two of the injured succumbed to their injuries in hospital.', [['Two', 2, 2, 'killed', 'people']]);
    checkFigures('The ministry put the number of wounded at 1,300.', [['1,300', 1300, 1300, 'injured', 'people']]);
    // The counted noun may name who, and the count may come well after it.
    checkFigures("The number of people killed in this week's floods has reached 41, the governor said.", [['41', 41, 41, 'killed', 'people']]);
    checkFigures('The number of police officers killed in the clashes rose to 12.', [['12', 12, 12, 'killed', 'security']]);
    checkFigures('The number of cars damaged in the storm reached 41.', []);
    // A clause between the noun and its count (no comma in it): the count is still the number's.
    checkFigures('The number of people killed when a missile hit an apartment block in Dorvik on Saturday has risen to 21.', [['21', 21, 21, 'killed', 'people']]);
    checkFigures('The number of people in custody has risen to 1,200. The number unaccounted for stands at 38.', [['1,200', 1200, 1200, 'detained', 'people'], ['38', 38, 38, 'missing', 'people']]);
    checkFigures('The number of dead is unclear, but officials said the figure could rise to 30.', []);
    // A headline's present "die", right after its count or noun; not a habit or a condition.
    checkFigures('Three die in Kelm crash', [['Three', 3, 3, 'killed', 'people']]);
    checkFigures('Thousands die each year from pollution. Many could die if aid is blocked.', []);
    // A communiqué's "eliminated" kills only people it names.
    checkFigures('Up to 60 servicemen were eliminated. Twelve checkpoints were eliminated.', [['Up to 60', 0, 60, 'killed', 'security']]);
    checkFigures('More than 250 had been treated in hospitals.', [['More than 250', 250, null, 'injured', 'people']]);
    checkFigures('Hospitals treated some 340 people for gunshot and pellet wounds.', [['some 340', 340, 340, 'injured', 'people']]);
    checkFigures('In all, 231 persons have received medical treatment.', [['231', 231, 231, 'injured', 'people']]);
    // A count with a verb of its own does not share the next count's ("Some 300 people received food aid").
    checkFigures('Some 300 people received food aid and 12 needed hospital treatment.', [['12', 12, 12, 'injured', 'people']]);
    checkFigures('Some 300 families fled and 12 were injured.', [['12', 12, 12, 'injured', 'people']]);
    // A noun for people of two words ("police officers") is no verb: the count shares the next count's.
    checkFigures('34 police officers and 12 soldiers have died.', [['34', 34, 34, 'killed', 'security'], ['12', 12, 12, 'killed', 'security']]);
    checkFigures('Some 300 police officers arrived and 12 were injured.', [['12', 12, 12, 'injured', 'people']]);
    checkFigures('Two of the passengers succumbed at the district hospital.', [['Two', 2, 2, 'killed', 'civilians']]);
    checkFigures('Three officials succumbed to pressure and resigned.', []);
    // An aside between dashes: the verb after it is the count's.
    checkFigures('At least seven inmates — two of them gang leaders — were killed.', [['At least seven', 7, null, 'killed', 'people']]);
    checkFigures('Another 19 inmates and 6 guards were wounded.', [['19', 19, 19, 'injured', 'people'], ['6', 6, 6, 'injured', 'security']]);
    checkFigures('Two boys, aged 14 and 16, died in hospital.', [['Two', 2, 2, 'killed', 'civilians']]);
    checkFigures('Dozens of villagers were kidnapped and 4 were taken hostage.', [['Dozens', 24, null, 'missing', 'civilians'], ['4', 4, 4, 'missing', 'civilians']]);
    // The count a newer one replaced is no toll of its own.
    const replaced = claimsOf('Floods have killed 43 people, the office said, raising its earlier toll of 40.', 'figure');
    assert.deepEqual(replaced.map((f) => [f.text, f.scope]), [['43', 'total'], ['40', 'partial']]);
    checkFigures('Dozens of protesters and 12 officers were killed.', [['Dozens', 24, null, 'killed', 'protesters'], ['12', 12, 12, 'killed', 'security']]);
    checkFigures('- Deaths: 41\n- Injured: about 1,300\n- People missing: 17\n- Vehicles: 40', [
      ['41', 41, 41, 'killed', 'people'], ['about 1,300', 1300, 1300, 'injured', 'people'], ['17', 17, 17, 'missing', 'people'],
    ]);
    // A bare count after "and" counts the same noun: "... and a dozen [protesters] were hurt".
    checkFigures('Two dozen protesters were killed and a dozen were hurt.', [['Two dozen', 24, 24, 'killed', 'protesters'], ['a dozen', 12, 12, 'injured', 'protesters']]);
    checkFigures('The death toll from a week of unrest rose to 164, including 16 police officers.', [['164', 164, 164, 'killed', 'people'], ['16', 16, 16, 'killed', 'security']]);
    // A headline's present tense.
    checkFigures('Stadium crush kills 174 in Dalmar', [['174', 174, 174, 'killed', 'people']]);
    checkFigures('At least 45 lives have been lost in the floods. Rescuers said 12 lives were saved.', [['At least 45', 45, null, 'killed', 'people']]);
    checkFigures('Thousands fled and a few hundred were injured.', [['a few hundred', 200, null, 'injured', 'people']]);
    checkFigures('Several dozen protesters were hurt.', [['Several dozen', 24, null, 'injured', 'protesters']]);
    checkFigures('Rescuers are still searching for 60 people.', [['60', 60, 60, 'missing', 'people']]);
    checkFigures('Police are searching for 3 suspects.', []);
    // How many there were is not how many were hurt: "none of the 40", "two of the 12 miners" (but "all of the 40" were).
    checkFigures('None of the 40 passengers were hurt. Not one of the 12 miners was injured.', []);
    checkFigures('Two of the 12 miners were injured.', []);
    checkFigures('All of the 40 passengers were killed.', [['40', 40, 40, 'killed', 'civilians']]);
    checkFigures('The whereabouts of 60 people remain unknown.', [['60', 60, 60, 'missing', 'people']]);
    checkFigures('Police took 60 people into custody.', [['60', 60, 60, 'detained', 'people']]);
    checkFigures('Army detains 40 protesters', [['40', 40, 40, 'detained', 'protesters']]);
    checkFigures('Orsava earthquake: death toll passes 2,400', [['passes 2,400', 2400, null, 'killed', 'people']]);
    checkFigures('The death toll has topped 100.', [['topped 100', 100, null, 'killed', 'people']]);
    checkFigures('The death toll exceeded 100.', [['exceeded 100', 100, null, 'killed', 'people']]);
    checkFigures('Arrests have topped 500.', [['topped 500', 500, null, 'detained', 'people']]);
    checkFigures('At least 10 people, including two children, were killed.', [['At least 10', 10, null, 'killed', 'people'], ['two', 2, 2, 'killed', 'civilians']]);
    checkFigures('Some 300 people, 40 of them police officers, were injured.', [['Some 300', 300, 300, 'injured', 'people'], ['40', 40, 40, 'injured', 'security']]);
    checkFigures('12 law enforcement officers have died and 317 police officers and members of the National Guard have been injured.', [
      ['12', 12, 12, 'killed', 'security'], ['317', 317, 317, 'injured', 'security'],
    ]);
  });

  it('shares one outcome across counts joined by "and"', () => {
    checkFigures('Dozens of protesters and 12 police officers were killed.', [['Dozens', 24, null, 'killed', 'protesters'], ['12', 12, 12, 'killed', 'security']]);
    checkFigures('At least 10 people appear to have been killed and 19 injured.', [['At least 10', 10, null, 'killed', 'people'], ['19', 19, 19, 'injured', 'people']]);
    // "and 146 injured" counts the noun before it, even after a small count that is no toll of its own.
    checkFigures('12 police officers were killed and 19 injured.', [['12', 12, 12, 'killed', 'security'], ['19', 19, 19, 'injured', 'security']]);
    checkFigures('Two police officers had been killed and 146 injured by rioters.', [['Two', 2, 2, 'killed', 'security'], ['146', 146, 146, 'injured', 'security']]);
    // An aside with no comma before it counts a part, and gives the head no group.
    checkFigures('Six people including two children died in the fire.', [['Six', 6, 6, 'killed', 'people'], ['two', 2, 2, 'killed', 'civilians']]);
    // Not an active verb with a count of its own: "affected 2 million people and killed 45".
    checkFigures('The floods have affected 2 million people and killed 45.', [['45', 45, 45, 'killed', 'people']]);
    // Not a toll's count: "The toll has risen to 15 and 40 people are injured".
    checkFigures('The toll has risen to 15 and 40 people are injured.', [['15', 15, 15, 'killed', 'people'], ['40', 40, 40, 'injured', 'people']]);
    // Not across an aside that counts a part: the 30 are of the 23 people, not of the children.
    checkFigures('Troops killed 23 people, including four children, and wounded 30.', [
      ['23', 23, 23, 'killed', 'people'], ['four', 4, 4, 'killed', 'civilians'], ['30', 30, 30, 'injured', 'people'],
    ]);
  });

  it('reads hedges, number words and vague quantities', () => {
    checkFigures('Some 9,900 protesters have been arrested.', [['Some 9,900', 9900, 9900, 'detained', 'protesters']]);
    checkFigures('A minimum of 40 people were detained.', [['A minimum of 40', 40, null, 'detained', 'people']]);
    // Thousands set off by a plain space before a noun ("1 500 people"); not a day of a month before a count.
    checkFigures('Police detained 1 500 people. Some 12 000 protesters were injured.', [['1 500', 1500, 1500, 'detained', 'people'], ['Some 12 000', 12000, 12000, 'injured', 'protesters']]);
    checkFigures('On January 4 300 protesters were arrested.', [['300', 300, 300, 'detained', 'protesters']]);
    checkFigures('More than 60 people died.', [['More than 60', 60, null, 'killed', 'people']]);
    checkFigures('At least a dozen people died.', [['At least a dozen', 12, null, 'killed', 'people']]);
    checkFigures('Twelve soldiers were wounded.', [['Twelve', 12, 12, 'injured', 'security']]);
    checkFigures('Thousands of individuals were detained.', [['Thousands', 2000, null, 'detained', 'people']]);
    checkFigures('The deaths of 12 police officers were confirmed.', [['12', 12, 12, 'killed', 'security']]);
    checkFigures('The bodies of 225 people were delivered to morgues.', [['225', 225, 225, 'killed', 'people']]);
    checkFigures('Half a dozen officers were wounded.', [['Half a dozen', 6, 6, 'injured', 'security']]);
    checkFigures('12 people were treated for injuries.', [['12', 12, 12, 'injured', 'people']]);
    checkFigures('Fourteen were taken to hospital with gunshot wounds.', [['Fourteen', 14, 14, 'injured', 'people']]);
    checkFigures('The clashes took the lives of 12 people. Rescuers saved the lives of 3 children.', [['12', 12, 12, 'killed', 'people']]);
    checkFigures('Over a hundred people died.', [['Over a hundred', 100, null, 'killed', 'people']]);
    checkFigures('Nearly half a million people were killed.', [['Nearly half a million', 450_000, 500_000, 'killed', 'people']]);
    checkFigures('50-odd protesters were arrested.', [['50-odd', 50, null, 'detained', 'protesters']]);
    checkFigures('1,000-plus people were detained.', [['1,000-plus', 1000, null, 'detained', 'people']]);
    checkFigures('Some 1\u202f200 protesters were detained.', [['Some 1\u202f200', 1200, 1200, 'detained', 'protesters']]);
    checkFigures('Officials said 1.200 people were injured.', [['1.200', 1200, 1200, 'injured', 'people']]);
    checkFigures('1.5 million people were killed.', [['1.5 million', 1_500_000, 1_500_000, 'killed', 'people']]);
  });

  it('reads wire-style tolls', () => {
    checkFigures('The death toll rose to 45 on Monday.', [['45', 45, 45, 'killed', 'people']]);
    checkFigures('Death toll: 12. Injured: 40.', [['12', 12, 12, 'killed', 'people'], ['40', 40, 40, 'injured', 'people']]);
    checkFigures('The strike hit a school, bringing the death toll to more than 60.', [['more than 60', 60, null, 'killed', 'people']]);
    checkFigures('Missiles struck a building, killing at least 40 people and wounding 75, officials said.', [['at least 40', 40, null, 'killed', 'people'], ['75', 75, 75, 'injured', 'people']]);
    checkFigures('The quake left more than 2,000 dead and 5,000 injured.', [['more than 2,000', 2000, null, 'killed', 'people'], ['5,000', 5000, 5000, 'injured', 'people']]);
    checkFigures('The death toll from the 2019 floods was discussed.', []);
  });

  it('marks counts of one incident, place or subset as partial', () => {
    const [f] = claimsOf('Two of them were killed while protecting the building.', 'figure');
    assert.equal(f.scope, 'partial');
    const [g] = claimsOf('In the footage, 10 people appear to have been killed.', 'figure');
    assert.equal(g.scope, 'partial');
    // Not a video someone speaks in.
    assert.deepEqual(claimsOf('In a video posted online, the mayor said 12 had died.', 'figure').map((x) => x.scope), ['total']);
    assert.deepEqual(claimsOf('In a video posted online, 12 bodies can be seen.', 'figure').map((x) => x.scope), ['partial']);
    const [h] = claimsOf('Police said 176 of its officers had been injured.', 'figure');
    assert.equal(h.scope, 'partial');
    const [t] = claimsOf('In total, 225 people were killed across the country.', 'figure');
    assert.equal(t.scope, 'total');
  });

  it('keeps the toll of the story\'s incident out of the toll of the whole when the text counts more', () => {
    const scopes = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.scope]);
    // A story about one strike in a longer offensive: the strike's count is part of the offensive's.
    assert.deepEqual(scopes([
      'Market attack should be investigated',
      'The Monday strike on the Ossa market killed 27 civilians, witnesses said.',
      'In all, at least 90 civilians have died in the offensive, hospital records show.',
    ].join('\n\n')), [['27', 'partial'], ['at least 90', 'total']]);
    // A war's count since it began runs over a longer time than the strike's, and joins no toll (see 'period').
    assert.deepEqual(scopes([
      'Market attack should be investigated',
      'The Monday strike on the Ossa market killed 27 civilians, witnesses said.',
      'Since the offensive began, at least 90 civilians have died, hospital records show.',
    ].join('\n\n')), [['27', 'total'], ['at least 90', 'period']]);
    // With no larger count of the whole, or only of another group, the incident's count is the toll.
    assert.deepEqual(scopes('Market attack\n\nThe Monday strike on the Ossa market killed 27 civilians, witnesses said.'), [['27', 'total']]);
    assert.deepEqual(scopes('Market attack\n\nThe Monday strike on the Ossa market killed 27 civilians, witnesses said. In all, 40 soldiers have died.'), [['27', 'total'], ['40', 'total']]);
  });

  it('keeps the count of one place out of the toll when the text counts more, or another place', () => {
    const scopes = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.scope]);
    assert.deepEqual(scopes('Across the country, 120 people have died. The ministry said 14 people died in the capital.'), [['120', 'total'], ['14', 'partial']]);
    assert.deepEqual(scopes('In the northern city of Besk, 30 people were killed. Twelve people were killed in Lorn.'), [['30', 'partial'], ['Twelve', 'partial']]);
    // A place, then the count's "where" clause.
    assert.deepEqual(scopes('The toll stands at 236. The town of Mirel, near the epicentre, where officials say 140 people died.'), [['236', 'total'], ['140', 'partial']]);
    assert.deepEqual(scopes('The toll stands at 236. The damage was worst in Mirel, where 140 people died.'), [['236', 'total'], ['140', 'partial']]);
    // One place alone may be the story's; so may a place whose count is the text's largest, or a month.
    assert.deepEqual(scopes('Thirty people were killed in Besk, officials said.'), [['Thirty', 'total']]);
    assert.deepEqual(scopes('Twelve officers were killed. The deaths of 12 officers in Besk shocked the city. 12 officers were killed in Besk.'), [['Twelve', 'total'], ['12', 'total'], ['12', 'total']]);
    assert.deepEqual(scopes('Nine people were killed in January. In the end, 30 people died.'), [['Nine', 'total'], ['30', 'total']]);
    // Defending one place is one incident; defending order or the country is the force's whole toll.
    assert.deepEqual(scopes('Four guards were killed defending the presidential palace.'), [['Four', 'partial']]);
    assert.deepEqual(scopes('34 police officers have lost their lives defending public order.'), [['34', 'total']]);
    assert.deepEqual(scopes('Twelve soldiers died defending the constitutional order.'), [['Twelve', 'total']]);
  });

  it('counts villagers as civilians, border guards as security, and no armed group in a toll', () => {
    checkFigures('Twelve villagers were killed. Eight border guards were killed.', [['Twelve', 12, 12, 'killed', 'civilians'], ['Eight', 8, 8, 'killed', 'security']]);
    checkFigures('Nine members of the armed forces died. Four passers-by were wounded.', [['Nine', 9, 9, 'killed', 'security'], ['Four', 4, 4, 'injured', 'civilians']]);
    const scopes = (text: string) => claimsOf(WIDER_STORY + text, 'figure').map((f) => [f.text, f.scope]);
    assert.deepEqual(scopes('Nine militants were killed in the operation. Ten rebels died.'), [['Nine', 'partial'], ['Ten', 'partial']]);
  });

  it('takes the outcome of a verb coordinated before the count, and the group of an opener', () => {
    checkFigures('Police arrested and charged 40 protesters.', [['40', 40, 40, 'detained', 'protesters']]);
    checkFigures('Guards detained, beat and questioned 12 students.', [['12', 12, 12, 'detained', 'civilians']]);
    // A second verb done to other people does not take the count: "displaced" thousands are not the dead.
    checkFigures('Troops killed and displaced thousands of villagers.', []);
    checkFigures('Three people were injured and over 40 were detained.', [['Three', 3, 3, 'injured', 'people'], ['over 40', 40, null, 'detained', 'people']]);
    checkFigures('Clashes continued. Among civilians, 12 people lost their lives.', [['12', 12, 12, 'killed', 'civilians']]);
    // A breakdown's heading names the group of its counts.
    checkFigures('OHCHR recorded 1,119 civilian casualties: 412 killed and 707 injured.', [['412', 412, 412, 'killed', 'civilians'], ['707', 707, 707, 'injured', 'civilians']]);
    checkFigures('Casualties: 12 dead.', [['12', 12, 12, 'killed', 'people']]);
    const scopes = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.group, f.scope]);
    // A group in the opener is the count of that group, a subset of the dead is a part.
    assert.deepEqual(scopes('Clashes continued. Of the protesters, 25 were killed.'), [['25', 'protesters', 'total']]);
    assert.deepEqual(scopes('Clashes continued. Among the people, 25 were killed.'), [['25', 'people', 'partial']]);
  });

  it('gives "the 19 killed" the group of the earlier count it refers to', () => {
    const figures = claimsOf('The bodies of 225 people, including 19 members of the security forces, were found. Police said that, in addition to the 19 killed, many were hurt.', 'figure');
    assert.deepEqual(figures.map((f) => [f.text, f.outcome, f.group]), [['225', 'killed', 'people'], ['19', 'killed', 'security'], ['19', 'killed', 'security']]);
  });

  it('ignores videos, vehicles, metres, rounds, crowds, ages and sums of money', () => {
    checkFigures('She announced Rs 5 lakh each to the families of the deceased and Rs 50,000 each to the injured.', []);
    checkFigures('The families of the 31 dead will receive $5,000 each, and the injured $1,000.', [['31', 31, 31, 'killed', 'people']]);
    checkFigures('She offered 200,000 rupees to the families of those killed.', []);
    checkFigures('The court charged 40 people over the deaths of 12 officers.', [['12', 12, 12, 'killed', 'security']]);
    checkFigures('Over 80 verified videos and 17 vehicles were seen 700 meters away.', []);
    checkFigures('Over 100 rounds were fired at a crowd of 20,000 people.', []);
    checkFigures('Cadets, ages 18 to 20, were guarding it, and 10,000 protesters were trying to storm city hall.', []);
    checkFigures('The victims, aged between 18 and 25, were killed in the 1986 protests.', []);
    checkFigures('A 10-year-old boy was killed by a stray bullet.', []);
    // The ones who speak are no count: "Several detainees told", "Two wounded protesters said".
    checkFigures('Several detainees told relatives they had been beaten.', []);
    checkFigures('Two wounded protesters said police fired first.', []);
    checkFigures('At least 450 detainees remain in custody, and 12 people were killed, police said.', [['At least 450', 450, null, 'detained', 'people'], ['12', 12, 12, 'killed', 'people']]);
    checkFigures('Its captain, Lars Eng, 61, was among the dead.', []);
    checkFigures('No one was killed, police said.', []);
    checkFigures('The merger killed 200 jobs. The senate killed 3 bills.', []);
    checkFigures('The toll climbed past 60 on Friday. Over the past 24 hours, 30 people died.', [['past 60', 60, null, 'killed', 'people'], ['30', 30, 30, 'killed', 'people']]);
    // Ratios are not counts; "12 in three days" is one.
    checkFigures('One in five of the injured needed surgery. Two in every three injured were men.', []);
    checkFigures('Troops killed 12 in three days of raids.', [['12', 12, 12, 'killed', 'people']]);
    // Animals are not a toll.
    checkFigures('More than 200 sheep died in the floods, farmers said. The floods killed 40 cattle.', []);
    checkFigures('Some 1,500 chickens were found dead. Three dogs were injured and 9 people died.', [['9', 9, 9, 'killed', 'people']]);
    // A count with a verb of its own does not borrow the next clause's.
    checkFigures('Tens of thousands of people marched, and hundreds were arrested.', [['hundreds', 200, null, 'detained', 'people']]);
    checkFigures('Some 1.5 million people were displaced and 2.3 million injured.', [['2.3 million', 2300000, 2300000, 'injured', 'people']]);
    checkFigures('In Ostby, 12 people were killed.', [['12', 12, 12, 'killed', 'people']]);
    checkFigures('One of the officers allegedly said it. Nine of them were recorded by journalists.', []);
  });

  it('keeps increments, subsets and single incidents out of the tolls', () => {
    // Each sentence is a scene of a wider story, as a lead paragraph says (see the story test below).
    const scopes = (text: string) => claimsOf(WIDER_STORY + text, 'figure').map((f) => [f.text, f.scope]);
    assert.deepEqual(scopes('Three more protesters died overnight.'), [['Three', 'partial']]);
    assert.deepEqual(scopes('Another 40 people were arrested on Friday.'), [['40', 'partial']]);
    // One incident among others is a scene; "the incident" is the story's own. "One incident" counts no one.
    assert.deepEqual(claimsOf('In one incident, police shot dead 3 protesters. The incident resulted in 4 fatalities. This incident left 5 dead.', 'figure').map((f) => [f.text, f.scope]), [['3', 'partial'], ['4', 'total'], ['5', 'total']]);
    // What one witness saw is a part; what a place saw is its toll.
    assert.deepEqual(scopes('"I saw at least five bodies," he said. Witnesses said they saw 12 dead. The region saw 30 deaths on Friday.'), [['at least five', 'partial'], ['12', 'partial'], ['30', 'total']]);
    assert.deepEqual(claimsOf(WIDER_STORY + 'Police fired on the crowd, injuring a further 5.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['5', 'injured', 'partial']]);
    // Those still in care are a part of the injured; the missing who remain missing are all of them.
    assert.deepEqual(scopes('Two weeks after the attack, 3 people remain hospitalised. 20 remain missing.'), [['3', 'partial'], ['20', 'total']]);
    assert.deepEqual(scopes('Of the 1,200 people detained, most were freed. Some 200 people remain in pre-trial detention.'), [['1,200', 'total'], ['Some 200', 'partial']]);
    // "Another" after a count of another outcome: the injured besides the dead, a toll of its own.
    assert.deepEqual(scopes('The number of dead has reached 27. Another 64 people were injured.'), [['27', 'total'], ['64', 'total']]);
    // "more" likewise: more of another outcome is a toll of its own; more of the same, an increment.
    assert.deepEqual(scopes('At least 37 people died and dozens more were missing.'), [['At least 37', 'total'], ['dozens', 'total']]);
    assert.deepEqual(scopes('The toll rose to 40. Two more people died in hospital.'), [['40', 'total'], ['Two', 'partial']]);
    assert.deepEqual(scopes('The number of dead has reached 27. Another 4 people died overnight.'), [['27', 'total'], ['4', 'partial']]);
    // A correction note's figure is superseded.
    assert.deepEqual(scopes('Correction: An earlier version of this article said 72 people were injured. The correct figure is 64.'), [['72', 'partial']]);
    assert.deepEqual(scopes('1,300 were wounded, of whom 400 were hospitalised.'), [['1,300', 'total'], ['400', 'partial']]);
    assert.deepEqual(scopes('At least 10 people were killed when troops opened fire on the crowd.'), [['At least 10', 'partial']]);
    // Told by the lead itself, the shooting is the story: its count is the toll.
    assert.deepEqual(claimsOf('Police fire on protesters\n\nAt least five people were killed when police opened fire on a crowd on Friday, officials said.\n\nLater, 3 people were killed when troops fired on a march.', 'figure').map((f) => [f.text, f.scope]),
      [['At least five', 'total'], ['3', 'partial']]);
    assert.deepEqual(scopes('Eight soldiers died in an ambush on the highway.'), [['Eight', 'partial']]);
    // Members of one body are a part of those counted; "members of the security forces" are the security forces.
    assert.deepEqual(scopes('He said 14 members had been detained since Monday. Five crew members died.'), [['14', 'partial'], ['Five', 'partial']]);
    assert.deepEqual(scopes('12 members of the security forces were killed.'), [['12', 'total']]);
    // What set the story off is not its toll.
    assert.deepEqual(scopes('Demonstrations began after the arrest of four student leaders.'), [['four', 'partial']]);
    assert.deepEqual(scopes('The protests started on May 4, a day after four student leaders were detained.'), [['four', 'partial']]);
    assert.deepEqual(scopes('After 40 people were killed in the clashes, the government declared a curfew.'), [['40', 'total']]);
    // A lead that tells the incident by its verb ("troops stormed the town"): the assault later on is the story's.
    assert.deepEqual(claimsOf('Troops storm rebel town\n\nAt least 43 people were killed when troops stormed the town of Sava on Sunday.\n\nAn officer said 11 soldiers had died in the assault.', 'figure').map((f) => [f.text, f.scope]),
      [['At least 43', 'total'], ['11', 'total']]);
    // ", while" opens a contrast, not an occasion ("died while fleeing").
    assert.deepEqual(scopes('The army said 5 soldiers died, while rebels claimed far more.'), [['5', 'total']]);
    assert.deepEqual(scopes('Five soldiers died while fleeing the base.'), [['Five', 'partial']]);
    assert.deepEqual(scopes('Eight people were killed in Tarsk on Friday when troops cleared a square.'), [['Eight', 'partial']]);
    assert.deepEqual(scopes('Security forces killed 12 people in a single night.'), [['12', 'partial']]);
    assert.deepEqual(scopes('The death toll rose to 41 on Saturday.'), [['41', 'total']]);
  });

  it('keeps earlier events the text recalls out of the tolls', () => {
    const scopes = (text: string, reference = '2025-10-14') => claimsOf(text, 'figure', reference).map((f) => [f.text, f.scope]);
    assert.deepEqual(scopes('In 2019, similar protests over fuel prices left 300 people dead.'), [['300', 'past']]);
    assert.deepEqual(scopes('A decade ago a crackdown on miners killed 56 people.'), [['56', 'past']]);
    assert.deepEqual(scopes('Three years ago some 2,000 people were detained after a disputed election.'), [['some 2,000', 'past']]);
    // A year that names the earlier event, or that a comparison's own clause tells of.
    assert.deepEqual(scopes('The crackdown recalled the 2019 massacre, in which 16 oil workers were killed.'), [['16', 'past']]);
    assert.deepEqual(scopes('The 2019 riots killed 16 people.'), [['16', 'past']]);
    assert.deepEqual(scopes('It was the worst since the 2019 riots, when 16 people died.'), [['16', 'past']]);
    assert.deepEqual(scopes('It was the deadliest unrest since 16 people died in 2019.'), [['16', 'past']]);
    assert.deepEqual(scopes('The 2025 protests have killed 16 people.'), [['16', 'total']]);
    // A count over a longer time than the story's.
    assert.deepEqual(scopes('The union said 41 journalists have been detained since the start of the year.'), [['41', 'period']]);
    // Since a month (not a day of it) or this year, opening the sentence or right after the outcome; not another clause's.
    assert.deepEqual(scopes('Since January, 48 people have been killed. At least 60 have been killed in the province this year.'), [['48', 'period'], ['At least 60', 'period']]);
    assert.deepEqual(scopes('Since March 5, 12 people have died. Protests have gone on since March, and 14 died.').map((x) => x[1] === 'period'), [false, false]);
    assert.deepEqual(scopes('In the past two years, 300 people have been killed in such clashes.'), [['300', 'period']]);
    assert.deepEqual(scopes('More than 900 people have been killed since 2019, the group said.'), [['More than 900', 'period']]);
    assert.deepEqual(scopes('Police detained 14 journalists on Monday.'), [['14', 'total']]);
    // A war's time, longer than one attack's; not a comparison with it, nor protests (the story's own time).
    assert.deepEqual(scopes('Since hostilities began on 12 February, more than 400 civilians have been killed, the office said.'), [['more than 400', 'period']]);
    assert.deepEqual(scopes('At least 86 civilians have been killed since the shelling began on 15 October.'), [['At least 86', 'period']]);
    assert.deepEqual(scopes('It was the deadliest day since the war began: 40 people were killed.'), [['40', 'total']]);
    // The superlative's noun may run on before "since"; a noun in -est is no superlative.
    assert.deepEqual(scopes('Shelling killed at least 21 civilians on Monday, officials said, the deadliest day for the city since the offensive began.'), [['at least 21', 'total']]);
    assert.deepEqual(scopes('At least 90 people have died in the unrest since the war began.'), [['At least 90', 'period']]);
    assert.deepEqual(scopes('Since the protests began, 40 people have been killed.'), [['40', 'total']]);
    // The document's own year, and comparisons with an earlier year, are this event.
    assert.deepEqual(scopes('Between 9 and 15 October 2025, 27 people were killed.'), [['27', 'total']]);
    assert.deepEqual(scopes('In October 2025 at least 27 people were killed.'), [['at least 27', 'total']]);
    assert.deepEqual(scopes('The worst unrest since independence in 1991 left 225 people dead.'), [['225', 'total']]);
    assert.deepEqual(scopes('It killed at least 112 people, the deadliest since 1999, when 2,300 people died.'), [['at least 112', 'total'], ['2,300', 'past']]);
    // A decimal in the "when" clause, a clause of the compared year's own, an event named with its year.
    assert.deepEqual(scopes('It was the deadliest since 2011, when a 7.1-magnitude tremor killed more than 400 people.'), [['more than 400', 'past']]);
    assert.deepEqual(scopes('It was the worst disaster since an earthquake in 2011 that killed more than 400 people.'), [['more than 400', 'past']]);
    assert.deepEqual(scopes('A 2011 tremor killed more than 400 people.'), [['more than 400', 'past']]);
    assert.deepEqual(scopes('It was the deadliest quake since 2011, and 30 people died.'), [['30', 'total']]);
    // Without a year of its own, a document takes the folder's; with none at all, nothing is past.
    assert.deepEqual(scopes('In 2019, 300 people died.', '2019-05-01'), [['300', 'total']]);
  });

  it('reads subsets ("Of those killed, 19 ...") and single places ("in the capital alone") as partial', () => {
    const scopes = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.scope]);
    assert.deepEqual(scopes('Of those killed, 19 died near the bridge.'), [['19', 'partial']]);
    assert.deepEqual(scopes('Of the 27 killed, 19 died near the bridge.'), [['27', 'total'], ['19', 'partial']]);
    // The opener names those counted when the count's own verb does not.
    assert.deepEqual(claimsOf('Of the injured, 7 were children. Among the deceased were 9 women.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['7', 'injured', 'partial'], ['9', 'killed', 'partial']]);
    // The dead who were shot are some of the dead; the injured who died, some of the dead too.
    assert.deepEqual(claimsOf('Of the dead, 7 were shot. Of the injured, 4 were shot. Of the injured, 2 later died.', 'figure').map((f) => [f.text, f.outcome, f.scope]),
      [['7', 'killed', 'partial'], ['4', 'injured', 'partial'], ['2', 'killed', 'partial']]);
    assert.deepEqual(claimsOf('The deceased include 9 women.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['9', 'killed', 'partial']]);
    assert.deepEqual(claimsOf('Of the deceased, 29 have been identified.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['29', 'killed', 'partial']]);
    assert.deepEqual(scopes('More than 2,000 people were detained in the capital alone.'), [['More than 2,000', 'partial']]);
    assert.deepEqual(scopes('Hospitals in Brenna alone treated nearly 600 injured people.'), [['nearly 600', 'partial']]);
    assert.deepEqual(scopes('One nurse said her ward had treated 120 injured people on the night of 19 to 20 September alone.'), [['120', 'partial']]);
    assert.deepEqual(scopes('Police arrested 300 people on Tuesday alone.'), [['300', 'partial']]);
    assert.deepEqual(scopes("The ministry says 19 people were killed in Monday's clashes."), [['19', 'partial']]);
    // One facility's count is a part of the toll; hospitals' together are not.
    assert.deepEqual(scopes('A doctor said the hospital had received 11 bodies.'), [['11', 'partial']]);
    assert.deepEqual(scopes('Our team at Tessel General Hospital received 51 wounded and 19 bodies.'), [['51', 'partial'], ['19', 'partial']]);
    assert.deepEqual(scopes('Tesk General Hospital has treated more than 70 wounded people.'), [['more than 70', 'partial']]);
    assert.deepEqual(scopes('Hospitals across the country have treated more than 700 wounded people.'), [['more than 700', 'total']]);
    // Those that hospitals and medics treat are injured, unless treated for something else.
    assert.deepEqual(claimsOf('Hospitals in Lorn report treating 57 survivors.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['57', 'injured', 'total']]);
    assert.deepEqual(claimsOf('Medics said they had treated 40 protesters.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['40', 'injured', 'partial']]);
    assert.deepEqual(claimsOf('Clinics treated 200 patients for flu last week. Police treated 40 people as suspects.', 'figure'), []);
    // Those in a critical condition or in intensive care are some of the injured.
    assert.deepEqual(claimsOf('Five people are in a critical condition. Two officers are in intensive care.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['Five', 'injured', 'partial'], ['Two', 'injured', 'partial']]);
    assert.deepEqual(scopes('More than 1,500 people were detained. Authorities released 200 detainees on Friday.'), [['More than 1,500', 'total'], ['200', 'partial']]);
    assert.deepEqual(scopes('More than 1,500 people were detained. The 200 detainees were released on bail.'), [['More than 1,500', 'total'], ['200', 'partial']]);
    // Those in hospital are some of the injured: a count of them is no rival to the injured's count.
    assert.deepEqual(scopes('More than 1,300 people were injured. About 400 were hospitalised and 150 admitted to hospital.'), [['More than 1,300', 'total'], ['About 400', 'partial'], ['150', 'partial']]);
    assert.deepEqual(scopes('More than 300 people are missing. "My neighbours, a family of five, are still missing," she said.'), [['More than 300', 'total'], ['five', 'partial']]);
  });

  it('reads "claimed 25 lives", "puts the toll at 18" and table rows', () => {
    checkFigures('The unrest has claimed at least 25 lives.', [['at least 25', 25, null, 'killed', 'people']]);
    checkFigures('Rescuers saved 25 lives.', []);
    checkFigures('The Governorate regrets the loss of ten lives.', [['ten', 10, 10, 'killed', 'people']]);
    checkFigures('Some 64 people had been admitted to hospitals since Sunday.', [['Some 64', 64, 64, 'injured', 'people']]);
    // A hospital the text names or describes.
    assert.deepEqual(claimsOf('A total of 47 people were admitted to the district hospital.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [['47', 'injured', 'partial']]);
    checkFigures('Twelve people were rushed to Varn General Hospital.', [['Twelve', 12, 12, 'injured', 'people']]);
    checkFigures('Twelve people were taken to the scene.', []);
    checkFigures('The hospital admitted 12 new nurses.', []);
    checkFigures('The government puts the toll at 18.', [['18', 18, 18, 'killed', 'people']]);
    checkFigures('Fatalities reached 17 by noon. Arrests totalled 900.', [['17', 17, 17, 'killed', 'people'], ['900', 900, 900, 'detained', 'people']]);
    checkFigures('Police rounded up more than 100 people.', [['more than 100', 100, null, 'detained', 'people']]);
    checkFigures('Police have so far apprehended 45 suspects. Another 12 people were apprehended.', [['45', 45, 45, 'detained', 'people'], ['12', 12, 12, 'detained', 'people']]);
    checkFigures('| Outcome | Number |\n|---|---|\n| Killed | 27 |\n| Injured | over 500 |\n| Arrested | 1,450 |', [
      ['27', 27, 27, 'killed', 'people'], ['over 500', 500, null, 'injured', 'people'], ['1,450', 1450, 1450, 'detained', 'people'],
    ]);
    checkFigures('| Vehicles | 27 |', []);
  });

  it('gives a bare count after "and" the noun of the count before it', () => {
    const groups = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.outcome, f.group]);
    assert.deepEqual(groups('In the same period 9 servicemen lost their lives and 31 were wounded.'), [['9', 'killed', 'security'], ['31', 'injured', 'security']]);
    assert.deepEqual(groups('Nearly two dozen protesters were killed and scores were wounded.'), [['Nearly two dozen', 'killed', 'protesters'], ['scores', 'injured', 'protesters']]);
    assert.deepEqual(groups('Three officers died and 40 civilians were hurt.'), [['Three', 'killed', 'security'], ['40', 'injured', 'civilians']]);
    assert.deepEqual(groups('The ministry said 3 officers and 11 "rioters" were killed.'), [['3', 'killed', 'security'], ['11', 'killed', 'protesters']]);
    // An aside counts the figure before it; the count after the aside shares the main figure's noun.
    assert.deepEqual(groups('9 people died in the violence, among them two police officers, and 74 were injured.'), [
      ['9', 'killed', 'people'], ['two', 'killed', 'security'], ['74', 'injured', 'people'],
    ]);    // Every count of a list in the aside counts it ("including 23 protesters and six police officers"); things are still no count.
    assert.deepEqual(groups('We documented the deaths of 29 people, including 23 protesters and six police officers.'), [
      ['29', 'killed', 'people'], ['23', 'killed', 'protesters'], ['six', 'killed', 'security'],
    ]);
    assert.deepEqual(groups('At least 30 were killed, including 12 children and 5 vehicles.'), [['At least 30', 'killed', 'people'], ['12', 'killed', 'civilians']]);
  });

  it('keeps a part of a count ("including 12 children") and one strike out of the tolls', () => {
    const scopes = (text: string) => claimsOf(WIDER_STORY + text, 'figure').map((f) => [f.text, f.group, f.scope]);
    assert.deepEqual(scopes('Shelling has killed 58 civilians since June, including 12 children.'), [['58', 'civilians', 'total'], ['12', 'civilians', 'partial']]);
    // Another group inside a count is that group's own toll.
    assert.deepEqual(scopes('The bodies of 225 people, including 19 members of the security forces, were found.'), [['225', 'people', 'total'], ['19', 'security', 'total']]);
    assert.deepEqual(scopes('A strike on a market in Kerrow killed 21 people.'), [['21', 'people', 'partial']]);
    assert.deepEqual(scopes('The attack left 12 dead and dozens wounded.'), [['12', 'people', 'partial'], ['dozens', 'people', 'partial']]);
    assert.deepEqual(scopes('At least 20 people were killed when a missile hit a crowded market.'), [['At least 20', 'people', 'partial']]);
    assert.deepEqual(scopes('Enemy shelling has killed 58 civilians since the beginning of June.'), [['58', 'civilians', 'total']]);
    // One day's count is not the toll; a toll reported on a day is.
    assert.deepEqual(scopes('At least 10 people were killed on Thursday.'), [['At least 10', 'people', 'partial']]);
    // A day opening the sentence likewise; not the day something was said, nor a count since a start.
    assert.deepEqual(scopes('On 19 May, shelling in Dasso killed at least 9 civilians and injured 22.'), [['at least 9', 'civilians', 'partial'], ['22', 'people', 'partial']]);
    assert.deepEqual(scopes('On Monday, police said 40 people had been killed.'), [['40', 'people', 'total']]);
    assert.deepEqual(scopes('On Monday, 40 people had been killed since the protests began.'), [['40', 'people', 'total']]);
    assert.deepEqual(scopes('Three protesters died overnight on 5 March.'), [['Three', 'protesters', 'partial']]);
    assert.deepEqual(scopes('The death toll rose to 45 on Monday.'), [['45', 'people', 'total']]);
    assert.deepEqual(scopes('On January 15 officials said 225 people had been killed.'), [['225', 'people', 'total']]);
  });

  it('reads the incident a story is about as its toll, and other incidents as scenes', () => {
    const scopes = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.scope]);
    // The headline and lead name one stampede: its counts are the story's toll.
    assert.deepEqual(scopes([
      'Stampede at hill temple kills 31',
      'At least 31 pilgrims were killed and over 60 injured in a stampede at the hill temple on Thursday, police said.',
      'By evening, 33 people had died in the stampede.',
    ].join('\n\n')), [['31', 'total'], ['At least 31', 'total'], ['over 60', 'total'], ['33', 'total']]);
    assert.deepEqual(scopes('Earthquake devastates Tarvo\n\nAt least 190 people were killed when a powerful earthquake struck before dawn, officials said. Ten were killed when troops opened fire.'), [
      ['At least 190', 'total'], ['Ten', 'partial'],
    ]);
    // A disaster the lead tells of ("when a ferry capsized"): its toll; the same clause later in the text is a scene.
    assert.deepEqual(scopes('Ferry sinks\n\nAt least 12 people died when a ferry capsized off the point, the coast guard said. Two more died when a pier collapsed.'), [
      ['At least 12', 'total'], ['Two', 'partial'],
    ]);
    // Another incident of the same kind, introduced as such, stays a scene; the lead's own ("when a missile hit") is the toll.
    assert.deepEqual(scopes([
      'Market strike kills 20 in the east',
      'At least 20 people were killed when a missile hit a crowded market on Monday, officials said.',
      'It came two days after a drone strike on a bus killed seven people in a nearby town.',
    ].join('\n\n')), [['20', 'total'], ['At least 20', 'total'], ['seven', 'partial']]);
    // Another incident, named as such, is never the story's toll.
    assert.deepEqual(scopes('Market bombing kills 20\n\nA suicide bombing at a market killed 20 people on Friday, police said.\n\nIn another bombing last month, 40 people died.'), [
      ['20', 'total'], ['20', 'total'], ['40', 'partial'],
    ]);
    // Several attacks in the lead: each attack is a scene.
    assert.deepEqual(scopes([
      'Air attacks across the region',
      'Shelling and air attacks have killed 58 civilians since June, the ministry said on Thursday in its weekly statement.',
      'Nine people died in an attack on a market in the capital.',
    ].join('\n\n')), [['58', 'total'], ['Nine', 'partial']]);
  });

  it('keeps a list after "including", a count someone made and a full date of an earlier year out of the tolls', () => {
    const scopes = (text: string) => claimsOf(text, 'figure', '2026-02-06').map((f) => [f.text, f.group, f.scope]);
    // A count of another outcome after the list is none of it; its lone noun takes the group of the count before.
    assert.deepEqual(claimsOf('OHCHR has verified 438 civilian deaths, including 64 children, and 731 injuries.', 'figure').map((f) => [f.text, f.outcome, f.group, f.scope]),
      [['438', 'killed', 'civilians', 'total'], ['64', 'killed', 'civilians', 'partial'], ['731', 'injured', 'civilians', 'total']]);
    assert.deepEqual(scopes('At least 31 pilgrims, including 11 women and six children, were killed.'), [
      ['At least 31', 'people', 'total'], ['11', 'civilians', 'partial'], ['six', 'civilians', 'partial'],
    ]);
    assert.deepEqual(scopes('Thirty-one people died, officials said, although reporters counted 36 bodies at two hospitals.'), [
      ['Thirty-one', 'people', 'total'], ['36', 'people', 'partial'],
    ]);
    assert.deepEqual(scopes('6 February 2026\n\nA crush at the same festival on 14th Jan 2011 left 102 dead.'), [['102', 'people', 'past']]);
    assert.deepEqual(scopes('The toll rose to 52. Among the dead are a dozen children who drowned in a school bus.'), [['52', 'people', 'total'], ['a dozen', 'civilians', 'partial']]);
    assert.deepEqual(scopes('We confirmed 17 deaths. The difference is three people who died in hospital after April 18.'), [['17', 'people', 'total'], ['three', 'people', 'partial']]);
    assert.deepEqual(scopes('Two more protesters died of their wounds in hospital.'), [['Two', 'protesters', 'partial']]);
    assert.deepEqual(scopes('The toll rose to 14. Five police officers are among the dead.'), [['14', 'people', 'total'], ['Five', 'security', 'partial']]);
    assert.deepEqual(scopes('The toll rose to 14. Three police officers and a firefighter were among the dead.'), [['14', 'people', 'total'], ['Three', 'security', 'partial']]);
    assert.deepEqual(scopes('Three people died and two officers were among the injured.'), [['Three', 'people', 'total'], ['two', 'security', 'partial']]);
    assert.deepEqual(scopes('Seven victims died at the scene and two in hospital.'), [['Seven', 'people', 'partial']]);
    assert.deepEqual(scopes('- **Dead:** 10, including the gunman'), [['10', 'people', 'partial']]);
    assert.deepEqual(scopes('The death toll rose to 26 on Saturday, including the three gunmen.'), [['26', 'people', 'partial']]);
    assert.deepEqual(scopes('In total, 50 people died.\n\n- Coastal Province: 41 dead, 210 injured\n- Northern Province: 9 dead\n- Total: 50 dead'), [
      ['50', 'people', 'total'], ['41', 'people', 'partial'], ['210', 'people', 'partial'], ['9', 'people', 'partial'], ['50', 'people', 'total'],
    ]);
    assert.deepEqual(scopes('Shipwreck off Calvo Island: at least 41 feared dead'), [['at least 41', 'people', 'total']]);
    // A figure the text refutes is no one's toll.
    assert.deepEqual(scopes('Officials denied reports that 100 people had died. Claims that 300 were killed are false. At least 5 people were killed, not including police.'), [
      ['100', 'people', 'partial'], ['300', 'people', 'partial'], ['At least 5', 'people', 'total'],
    ]);
    // A count rejected beside a figure: the figure keeps its verb, and says which count it rejects.
    const rejecting = claimsOf('Police said 12 people, not 21, died. The fire killed 19 workers, not 17 as the authorities claim.', 'figure');
    assert.deepEqual(rejecting.map((f) => [f.text, f.scope, f.rejects]), [['12', 'total', 21], ['21', 'partial', null], ['19', 'total', 17]]);
    assert.deepEqual(scopes('Special forces stormed the school, killing three hostage-takers. Five hostages were killed.'), [
      ['three', 'people', 'partial'], ['Five', 'civilians', 'total'],
    ]);
    assert.deepEqual(scopes('The toll has climbed to 212. Earlier it had given a toll of 97.'), [['212', 'people', 'total'], ['97', 'people', 'partial']]);
    assert.deepEqual(claimsOf('The death toll from Wednesday\'s shipwreck south of Calvo Island has risen to 38, state media reported.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [
      ['38', 'killed', 'total'],
    ]);
    // The cause of a rise, and a toll named far before its count.
    assert.deepEqual(claimsOf('The death toll from Monday\'s fire at the chemical plant has risen to 14 after two injured workers died overnight.', 'figure').map((f) => [f.text, f.outcome, f.scope]), [
      ['14', 'killed', 'total'], ['two', 'killed', 'partial'],
    ]);
  });

  it('reads bodies recovered as one search\'s count, not the toll', () => {
    const scopes = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.scope]);
    assert.deepEqual(scopes('Rescuers recovered the bodies of the four miners, bringing the death toll to 15.'), [['four', 'partial'], ['15', 'total']]);
    assert.deepEqual(scopes('Divers pulled 30 bodies from the wreck.'), [['30', 'partial']]);
    assert.deepEqual(scopes('The bodies of 17 migrants were recovered from the sea.'), [['17', 'partial']]);
    assert.deepEqual(scopes('The bodies of 17 migrants lay in the street.'), [['17', 'total']]);
    assert.deepEqual(scopes('By noon 12 bodies had been found on the shore.'), [['12', 'partial']]);
    assert.deepEqual(scopes('Hospital sources said they had received the bodies of 11 men.'), [['11', 'partial']]);
    assert.deepEqual(scopes('The bodies of 225 people were taken to morgues.'), [['225', 'total']]);
  });

  it('reads a count past a time span, a list inside an aside, and the injured someone treated', () => {
    // The noun after a preposition is not the counted one ("weeks" is no casualty, "protesters" are).
    checkFigures('Troops killed 80 demonstrators in two weeks.', [['80', 80, 80, 'killed', 'protesters']]);
    checkFigures('Gunmen shot dead 14 residents over four days.', [['14', 14, 14, 'killed', 'civilians']]);
    checkFigures('Police fired 300 rounds in two days.', []);
    // A list inside ", among them ...," runs on past its commas to the verb.
    checkFigures('Over 900 people, among them nurses, teachers and pupils, were detained.', [['Over 900', 900, null, 'detained', 'people']]);
    checkFigures('Dozens of people, including women, marched, chanted, and were beaten.', []);
    // Those a doctor or a hospital treated are injured, and one place's count, not the toll.
    const treated = claimsOf('A surgeon said she had treated more than 40 people for bullet wounds. Medics treated 12 strikers for injuries.', 'figure');
    assert.deepEqual(treated.map((f) => [f.text, f.outcome, f.min, f.scope]), [['more than 40', 'injured', 40, 'partial'], ['12', 'injured', 12, 'partial']]);
    checkFigures('The clinic treated 300 patients for flu.', []);
  });

  it('marks a count the text says a toll rose to', () => {
    const rising = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.rising]);
    assert.deepEqual(rising('The death toll has climbed to 37, officials said.'), [['37', true]]);
    assert.deepEqual(rising('Fatalities rose to at least 41 on Tuesday.'), [['at least 41', true]]);
    assert.deepEqual(rising('The ministry put the toll at 41, up from 23 on Monday.').slice(0, 1), [['41', true]]);
    assert.deepEqual(rising('The floods killed 12 people, bringing the total to 54 dead.'), [['12', false], ['54', true]]);
    assert.deepEqual(rising('37 people were killed, officials said.'), [['37', false]]);
    assert.deepEqual(rising('Two of the injured died later, taking the toll to seven.'), [['Two', false], ['seven', true]]);
    // "gone up to" is the toll's verb, not a bound ("up to 60").
    checkFigures('The death toll has gone up to 15, a senior official said.', [['15', 15, 15, 'killed', 'people']]);
    assert.deepEqual(rising('The toll went up to 15 on Monday.'), [['15', true]]);
  });

  it('marks a count the text says a toll was corrected to, either way, and drops the size of the correction', () => {
    const revised = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.revised]);
    assert.deepEqual(revised('Officials revised the death toll down to 31 from 35, saying four victims had been counted twice.'), [['31', true]]);
    assert.deepEqual(revised('The ministry lowered its count of the dead to 29.'), [['29', true]]);
    assert.deepEqual(revised('The death toll stood at 31, down from 35.'), [['31', true]]);
    assert.deepEqual(revised('The death toll has climbed to 37, officials said.'), [['37', false]]);
    assert.deepEqual(revised('Police said 40 people were killed.'), [['40', false]]);
    checkFigures('Three bodies were double-counted, officials said.', []);
    checkFigures('Four victims were buried on Sunday.', [['Four', 4, 4, 'killed', 'people']]);
  });

  it('reads a count "of the injured" or "of those killed" as a part of that toll', () => {
    const scope = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.outcome, f.scope]);
    // "The dead include ...": a breakdown, whatever the verbs in it say.
    assert.deepEqual(scope('The dead include four inmates who were stabbed and three who were shot by guards.'), [['four', 'killed', 'partial'], ['three', 'killed', 'partial']]);
    assert.deepEqual(scope('The victims included two children, a nurse and 12 soldiers.'), [['two', 'killed', 'partial'], ['12', 'killed', 'partial']]);
    assert.deepEqual(scope('The toll includes two police officers. The death toll includes 12 children.'), [['two', 'killed', 'partial'], ['12', 'killed', 'partial']]);
    // A count after the breakdown with a verb of its own is not in it.
    assert.deepEqual(scope('Nine of the dead were children, and 30 people were hurt.'), [['Nine', 'killed', 'partial'], ['30', 'injured', 'total']]);
    assert.deepEqual(scope('The dead were nine children and 30 women.'), [['nine', 'killed', 'partial'], ['30', 'killed', 'partial']]);
    // Those still in care are some of the injured.
    assert.deepEqual(scope('No fewer than 38 passengers are still undergoing treatment.'), [['No fewer than 38', 'injured', 'partial']]);
    // So are those with one kind of wound; a count of injuries of any kind is the toll.
    assert.deepEqual(scope('Two officers sustained gunshot wounds and three people suffered burns.'), [['Two', 'injured', 'partial'], ['three', 'injured', 'partial']]);
    assert.deepEqual(scope('Forty people sustained injuries.'), [['Forty', 'injured', 'total']]);
    // Counts of two groups joined by "and": the one of people at large is the rest, not the toll.
    assert.deepEqual(scope('The minister said 19 inmates and three guards had died.'), [['19', 'killed', 'partial'], ['three', 'killed', 'total']]);
    assert.deepEqual(scope('Nineteen inmates died.'), [['Nineteen', 'killed', 'total']]);
    assert.deepEqual(scope('Some 30 people were still being treated, doctors said.'), [['Some 30', 'injured', 'partial']]);
    // A part of a count that is itself a part: "treated some 400 people ..., including 60 with gunshot wounds".
    assert.deepEqual(scope('The charity said it had treated some 400 people for injuries, including 60 with gunshot wounds.'), [['some 400', 'injured', 'partial'], ['60', 'injured', 'partial']]);
    assert.deepEqual(scope('State television reported that a dozen of the injured remained in intensive care.'), [['a dozen', 'injured', 'partial']]);
    assert.deepEqual(scope('Scores of the injured have broken bones.'), [['Scores', 'injured', 'partial']]);
    assert.deepEqual(scope('Two of those killed were children.'), [['Two', 'killed', 'partial']]);
    assert.deepEqual(scope('Twenty-two of the deaths were recorded in one district.'), [['Twenty-two', 'killed', 'partial']]);
    assert.deepEqual(scope('Four of the fatalities were children.'), [['Four', 'killed', 'partial']]);
    // Detainees who died, were hurt or were beaten are some of them: the verb says what befell them.
    assert.deepEqual(scope('Twelve detainees died in custody. Five detainees were injured.'), [['Twelve', 'killed', 'partial'], ['Five', 'injured', 'partial']]);
    // So are detainees an outcome befell before the count: "killed 14 prisoners", "the deaths of 14 detainees".
    assert.deepEqual(scope('Guards killed 14 prisoners. We mourn the deaths of at least 9 detainees. Soldiers wounded 30 prisoners.'),
      [['14', 'killed', 'partial'], ['at least 9', 'killed', 'partial'], ['30', 'injured', 'partial']]);
    assert.deepEqual(scope('Police arrested 14 prisoners who escaped. Guards threatened to kill 12 prisoners.'), [['14', 'detained', 'total'], ['12', 'detained', 'total']]);
    assert.deepEqual(scope('At least 40 detainees were beaten. 300 prisoners escaped.'), [['At least 40', 'detained', 'partial'], ['300', 'detained', 'partial']]);
    assert.deepEqual(scope('Police now hold 120 detainees. Officials said 914 detainees remain in custody.'), [['120', 'detained', 'total'], ['914', 'detained', 'total']]);
    // Some of those counted for something else: the interviewed, the marchers.
    assert.deepEqual(scope('We interviewed 64 people, including 23 who had been detained. Thousands marched, including 40 who were later arrested.'), [['23', 'detained', 'partial'], ['40', 'detained', 'partial']]);

    assert.deepEqual(scope('Nineteen of the victims died of gunshot wounds.'), [['Nineteen', 'killed', 'partial']]);
    assert.deepEqual(scope('Twenty-one of the dead were shot.'), [['Twenty-one', 'killed', 'partial']]);
    // "of the" before a group counts that group.
    assert.deepEqual(scope('Dozens of the protesters were killed.'), [['Dozens', 'killed', 'total']]);
  });

  it('counts no one in an intent or a future, nor in the number of a name', () => {
    const figures = (text: string) => claimsOf(`Lead.\n\n${text}`, 'figure').map((f) => [f.text, f.outcome]);
    assert.deepEqual(figures('Gunmen threatened to kill 12 hostages. Police will arrest 40 protesters. Troops were ordered to detain 30 students.'), []);
    assert.deepEqual(figures('Police used a new law to detain 40 activists. Police arrested 12 students.'), [['40', 'detained'], ['12', 'detained']]);
    assert.deepEqual(figures('Unit 731 guards killed a prisoner. Article 19 was used against them; 12 people were hurt.'), [['12', 'injured']]);
    // A headline's present tense: "Police detain hundreds", "Army arrests 40".
    assert.deepEqual(claimsOf('Police detain hundreds as protests spread\n\nMore.', 'figure').map((f) => [f.text, f.outcome]), [['hundreds', 'detained']]);
  });

  it('counts the kin of the victims for themselves, not as victims', () => {
    const figures = (text: string) => claimsOf(text, 'figure').map((f) => [f.text, f.outcome, f.scope]);
    assert.deepEqual(figures('Investigators spoke to 14 relatives of people killed. 12 relatives of the dead gathered.'), []);
    assert.deepEqual(figures('Three relatives of the president were killed. Five relatives of the victims were injured.'), [['Three', 'killed', 'total'], ['Five', 'injured', 'total']]);
    assert.deepEqual(figures('The families of 14 people killed demanded answers.'), [['14', 'killed', 'total']]);
  });
});
