import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import type { AttributionClaim, FigureClaim } from '../../server/src/analysis/model.ts';
import { checkAttributions, claimsOf } from '../helpers.ts';

describe('attributions', () => {
  it('reads "X said", "said X", "according to X" and "X told"', () => {
    checkAttributions('“It is clear,” Michelle Bachelet said.', [['Michelle Bachelet', 'Michelle Bachelet']]);
    checkAttributions('“There is ample evidence,” said Jonathan Pedneault, a researcher.', [['Jonathan Pedneault', 'Jonathan Pedneault']]);
    checkAttributions('According to the Kazakh Interior Ministry, 12 officers died.', [['the Kazakh Interior Ministry', 'Kazakh Interior Ministry']]);
    checkAttributions('State television reported that 340 people had been arrested.', [['State television', 'State television']]);
    checkAttributions('Local radio said 15 people were hurt.', [['Local radio', 'Local radio']]);
    checkAttributions('Twelve people died, the coast guard said.', [['the coast guard', 'coast guard']]);
    // Records and tallies "show"; people and videos showing something are no source.
    checkAttributions('At least 90 civilians have died, hospital records show.', [['hospital records', 'hospital records']]);
    checkAttributions('Mara Lind showed reporters the street where 3 people died. The video shows police beating protesters.', []);
    checkAttributions('The shooting was first reported by local media on Friday.', [['local media', 'local media']]);
    checkAttributions('The toll was confirmed by the Health Ministry.', [['the Health Ministry', 'Health Ministry']]);
    checkAttributions('The deaths were confirmed to Reuters by a police spokesman.', [['a police spokesman', 'police spokesman']]);
    checkAttributions('The UN refugee agency, UNHCR, said 5,000 people had fled.', [['UNHCR', 'UNHCR']]);
    checkAttributions('The figure was reported by 10 percent more outlets.', []);
    checkAttributions('“Go home,” one of the officers said.', [['one of the officers', 'one of the officers']]);
    checkAttributions('Freedom Watch has documented the deaths of at least 45 protesters.', [['Freedom Watch', 'Freedom Watch']]);
    checkAttributions('Six officers were killed, the group said, citing the Interior Ministry.', [['the group', 'group'], ['the Interior Ministry', 'Interior Ministry']]);
    checkAttributions('A report quoting an employee of the museum said cadets were there.', [['an employee', 'employee']]);
    // A plural verb after a plural source noun: "the authorities say", as after a capital.
    checkAttributions('The authorities say 12 civilians have died.', [['The authorities', 'authorities']]);
    checkAttributions('Twelve civilians have died, officials claim.', [['officials', 'officials']]);
    // Two sources before one cue; a lower-case noun may modify a source's head after a determiner or name.
    checkAttributions('Troops killed 23 people, a rights group and hospital officials said.', [['a rights group', 'rights group'], ['hospital officials', 'hospital officials']]);
    checkAttributions('The Red Cross and the UN refugee agency said 5,000 people had fled.', [['The Red Cross', 'Red Cross'], ['the UN refugee agency', 'UN refugee agency']]);
    // After a cue too, up to two such nouns before the head.
    checkAttributions('The toll rose to 34, according to the provincial disaster agency, as divers worked.', [['the provincial disaster agency', 'provincial disaster agency']]);
    checkAttributions('Nine were rescued, according to the port authority.', [['the port authority', 'port authority']]);
    checkAttributions('The national disaster management agency said 34 people died.', [['The national disaster management agency', 'national disaster management agency']]);
    checkAttributions('The toll rose, according to the plan.', []);
    // Initialisms keep their full stops, and capitals spell a name even as a common word.
    checkAttributions('The U.N. said more than 100 were missing.', [['The U.N.', 'U.N.']]);
    checkAttributions('U.S. officials said 3 died.', [['U.S. officials', 'U.S. officials']]);
    checkAttributions('The WHO said 12 had died.', [['The WHO', 'WHO']]);
    // A participle between source and cue; a post on a platform is a statement, a soldier posted at the border is not.
    checkAttributions('Officials speaking to reporters said 20 died.', [['Officials', 'Officials']]);
    checkAttributions('Analysts based in London said 3 died.', [['Analysts', 'Analysts']]);
    checkAttributions('The army posted on Telegram that 6 soldiers were killed.', [['The army', 'army']]);
    checkAttributions('Soldiers posted on the border said 3 died.', [['Soldiers', 'Soldiers']]);
    // Calling someone something is a statement; mentioning a law is not.
    checkAttributions('In a televised speech, President Ana Dask referred to the protesters as “terrorist gangs”.', [['President Ana Dask', 'Ana Dask']]);
    checkAttributions('The judge referred to the law.', []);
    // Declaring is a statement only with what is declared: "declared that", a quote.
    checkAttributions('At least 14 people were killed after the commission declared Aurel Dask the winner.', []);
    checkAttributions('The ministry declared that 12 people had died.', [['The ministry', 'ministry']]);
    checkAttributions('“We will rebuild,” the mayor declared.', [['the mayor', 'mayor']]);
    checkAttributions('The government has declared a state of emergency, state television reports.', [['state television', 'state television']]);
    // A record's maker is the source; a record without one names none.
    checkAttributions('At least 450 were detained, according to information gathered by our lawyers.', [['our lawyers', 'lawyers']]);
    checkAttributions('Dask won 54 per cent, according to official results.', []);
    checkAttributions('A spokesperson for the prime minister said the measure would last.', [['A spokesperson for the prime minister', 'spokesperson for the prime minister']]);
    checkAttributions('The toll rose to 57, the civil protection agency said.', [['the civil protection agency', 'civil protection agency']]);
    checkAttributions('Troops fired at witnesses and officials said 12 people died.', [['officials', 'officials']]);
    checkAttributions('"We ran," a 19-year-old student told the group.', [['a 19-year-old student', '19-year-old student']]);
    checkAttributions('NetWatch, which monitors internet freedom, said access was cut.', [['NetWatch', 'NetWatch']]);
    checkAttributions('Local human rights defenders told our Office that the toll was higher.', [['Local human rights defenders', 'Local human rights defenders']]);
    // A document on a channel or site is the source: "a report on a Telegram channel said".
    checkAttributions('By 10 p.m., a report on a Telegram channel said the building had been breached.', [['a report on a Telegram channel', 'report on a Telegram channel']]);
    checkAttributions('A post on the ministry website said 12 people died.', [['A post on the ministry website', 'post on the ministry website']]);
    checkAttributions('Troops fired on a crowd in the square said to be peaceful.', []);
    checkAttributions('The protests grew and officials said 40 people were arrested.', [['officials', 'officials']]);
    checkAttributions('Three people interviewed separately told the monitors that troops fired first.', [['Three people', 'Three people']]);
    checkAttributions('The soldiers arrested later told nobody.', []);
    // No one in particular is no source: "Nobody tells us anything", "Everyone says the wall was cracked".
    checkAttributions('"Nobody tells us anything," she said.', [['she', 'she']]);
    checkAttributions('Everyone says the wall was cracked.', []);
    // A role without an article after a name, the quote first: the name speaks.
    checkAttributions('"We will not go back," Ada Kesh, head of the Lorn Dockers\' Union, told reporters.', [['Ada Kesh', 'Ada Kesh']]);
    // "it" is the organisation named before it; with none before it, no one.
    checkAttributions('The ministry said 3 died. Mara Lind said more would follow. It added that 5 were hurt.', [['The ministry', 'ministry'], ['Mara Lind', 'Mara Lind'], ['It', 'ministry']]);
    checkAttributions('It said 12 people were killed.', []);
    // A company's name is an organisation's: "it" after it is the company, not an agency named before.
    checkAttributions('The emergency service said 9 died. The operator, Karst Mining, said 212 were on shift. It said it was cooperating.', [['The emergency service', 'emergency service'], ['Karst Mining', 'Karst Mining'], ['It', 'Karst Mining']]);
    // "he" within its sentence is the person the sentence opens with; a trailing ", she said" is the last speaker's.
    checkAttributions('Mara Lind said the army fired. A former soldier, who was there, posted a video in which he said troops fired first.', [['Mara Lind', 'Mara Lind'], ['he', 'former soldier']]);
    checkAttributions('Mara Lind said she saw troops. An older protester walked toward them, she said.', [['Mara Lind', 'Mara Lind'], ['she', 'Mara Lind']]);
    // "he" after a person named by a title or a role in the paragraph, since the last person who spoke: that person.
    checkAttributions('Mara Lind said the port was shut. President Oren Vell gave a speech in which he said the army would stay.', [['Mara Lind', 'Mara Lind'], ['he', 'Oren Vell']]);
    checkAttributions('Mara Lind said 3 died.\n\nThe president of the region, Dalia Ferrante, visited the site. She said an inquiry would follow.', [['Mara Lind', 'Mara Lind'], ['She', 'Dalia Ferrante']]);
    checkAttributions('Mara Lind said 3 died. Union leader Piet Harl spoke at noon. Police said 2 were hurt. He said 14 were detained.', [['Mara Lind', 'Mara Lind'], ['Police', 'Police'], ['He', 'Piet Harl']]);
    // Of two named in one sentence, its subject; a name in a quote is not the speaker; nor one before the last who spoke.
    checkAttributions('Mayor Ana Ruiz met Governor Tomas Reyt on Sunday. She said talks went well.', [['She', 'Ana Ruiz']]);
    checkAttributions('Mara Lind said 3 died. "We thank Governor Tomas Reyt," she said.', [['Mara Lind', 'Mara Lind'], ['she', 'Mara Lind']]);
    // A person named before a quote, who has not spoken yet, is the one the quote's pronoun stands for.
    checkAttributions('Mayor Irina Dolk declared three days of mourning. "We will not forget," she told mourners.', [['she', 'Irina Dolk']]);
    checkAttributions('The council said 15 died. Mayor Irina Dolk wept. “We will not forget,” she told mourners.', [['The council', 'council'], ['she', 'Irina Dolk']]);
    checkAttributions('President Oren Vell arrived. Mara Lind said 3 died. She said more would follow.', [['Mara Lind', 'Mara Lind'], ['She', 'Mara Lind']]);
    // "the union" where the text names one union in full; not where it names two.
    checkAttributions('Ada Kesh, head of the Lorn Dockers\' Union, spoke. According to the union, 4 were hurt.', [['the union', 'Lorn Dockers\' Union']]);
    checkAttributions('The Lorn Dockers\' Union and the Port Workers\' Union met. According to the union, 4 were hurt.', [['the union', 'union']]);
    checkAttributions('Protesters told to disperse refused.', []);
    checkAttributions('The opposition said 200 were detained.', [['The opposition', 'opposition']]);
    // A description after a name is of the name; a slash joins two names into one.
    checkAttributions('One man was hurt, which Radio Vesta, the local branch of Radio Free Europe/Radio Liberty, also reported.', [['Radio Vesta', 'Radio Vesta']]);
    checkAttributions('Radio Free Europe/Radio Liberty said 3 died.', [['Radio Free Europe/Radio Liberty', 'Radio Free Europe/Radio Liberty']]);
    checkAttributions('The mayor told to the BBC that it was calm.', [['The mayor', 'mayor']]);
    // A speaker and where they are: the place is part of who speaks, never the source by itself.
    checkAttributions('Nine people have died, doctors in the capital have said.', [['doctors in the capital', 'doctors in the capital']]);
    checkAttributions('Witnesses at the main square told reporters that troops fired.', [['Witnesses at the main square', 'Witnesses at the main square']]);
    checkAttributions('Nine people died, hospital officials in Besk told reporters.', [['hospital officials in Besk', 'hospital officials in Besk']]);
    checkAttributions('Fighting in the capital said to have killed nine.', []);
    // A press release's present tense.
    checkAttributions('The Government confirms that 19 persons are still missing.', [['The Government', 'Government']]);
    checkAttributions('The ministry denies that troops fired.', [['The ministry', 'ministry']]);
    // A "Source:" label, in a parenthesis or opening a line.
    checkAttributions('- Killed: 41 (Source: Ministry of Health)\n\nSource: Interior Ministry, 14 March 2026.\n\nSources close to the ministry were silent.', [
      ['Ministry of Health', 'Ministry of Health'], ['Interior Ministry', 'Interior Ministry'],
    ]);
    // Fact sheets put the source in parentheses after the figure.
    checkAttributions('- Deaths: 41 (health ministry)\n- Arrests: more than 2,000 (OVD-Info, 16 March)\n- Injured: 12 (up from 9)', [
      ['health ministry', 'health ministry'], ['OVD-Info', 'OVD-Info'],
    ]);
    // A role is its holder when the text names them: "the police chief, Tomas Reyt," … "the police chief said".
    checkAttributions('The Valmora police chief, Tomas Reyt, spoke first. Later the police chief said 3 officers were hurt.', [['the police chief', 'Tomas Reyt']]);
    checkAttributions('First deputy mayor Ana Ruiz spoke, then deputy mayor Piet Varga. The deputy mayor said it was calm.', [['The deputy mayor', 'deputy mayor']]);
    checkAttributions('The Almaty police chief, Kanat Taimerdenov, told the media it was calm.', [['Kanat Taimerdenov', 'Kanat Taimerdenov']]);
    checkAttributions('An Almaty police spokesperson was quoted as saying that forces fired.', [['An Almaty police spokesperson', 'Almaty police spokesperson']]);
  });

  it('normalises pronouns and short names to the fullest name in the document', () => {
    // "The group", "the agency": the organisation that spoke last (an initialism or a name like "Amnesty International" is one).
    checkAttributions('Amnesty International said 12 died. The group said police fired first.', [['Amnesty International', 'Amnesty International'], ['The group', 'Amnesty International']]);
    checkAttributions('UNHCR said 12 died. The agency said 3,000 had fled.', [['UNHCR', 'UNHCR'], ['The agency', 'UNHCR']]);
    checkAttributions('Ana Tell said 12 died. The group said police fired first.', [['Ana Tell', 'Ana Tell'], ['The group', 'group']]);
    checkAttributions('Maria Lopes said police fired. Amnesty International said 12 died. She said more.', [['Maria Lopes', 'Maria Lopes'], ['Amnesty International', 'Amnesty International'], ['She', 'Maria Lopes']]);
    // "he" and "she" are people: after bodies alone, they stay unresolved.
    checkAttributions('The ministry said 27 died. She said more were missing.', [['The ministry', 'ministry'], ['She', 'She']]);
    checkAttributions('Hospital officials said 27 were treated. Later she said the wards were full.', [['Hospital officials', 'Hospital officials'], ['she', 'she']]);
    // A name with its initials in brackets speaks; the initials later are that name.
    checkAttributions('The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 12 died. OCHA added that 30 were hurt.', [
      ['The UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'UN Office for the Coordination of Humanitarian Affairs'], ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs'],
    ]);
    checkAttributions('Staff of the World Food Programme (WFP) arrived. WFP said 12 died.', [['WFP', 'World Food Programme']]);
    checkAttributions('Doctors Without Borders (MSF) arrived. MSF said 12 died.', [['MSF', 'MSF']]);
    // A title, what it is for, then the name; the title alone later is that person.
    checkAttributions('UN High Commissioner for Human Rights Mara Lind urged restraint. The High Commissioner said force must be a last resort.', [
      ['UN High Commissioner for Human Rights Mara Lind', 'Mara Lind'], ['The High Commissioner', 'Mara Lind'],
    ]);
    // A role whose words are all in one person's title: "chief" stands for the title when two words match.
    checkAttributions('UN High Commissioner for Human Rights Mara Lind urged restraint. The UN human rights chief said force must be a last resort. "Nobody should die," the rights chief said.', [
      ['UN High Commissioner for Human Rights Mara Lind', 'Mara Lind'], ['The UN human rights chief', 'Mara Lind'], ['the rights chief', 'Mara Lind'],
    ]);
    // The title before the name set off by commas; the initials in a title are a word of it.
    checkAttributions('The UN High Commissioner for Human Rights, Mara Lind, urged restraint. The High Commissioner said more.', [
      ['Mara Lind', 'Mara Lind'], ['The High Commissioner', 'Mara Lind'],
    ]);
    checkAttributions('United Nations (UN) High Commissioner for Human Rights Mara Lind urged restraint. The UN Human Rights Chief said more.', [
      ['United Nations (UN) High Commissioner for Human Rights Mara Lind', 'Mara Lind'], ['The UN Human Rights Chief', 'Mara Lind'],
    ]);
    checkAttributions('Interior Minister Pavel Orsk said order was restored. The foreign minister said talks would resume.', [
      ['Interior Minister Pavel Orsk', 'Pavel Orsk'], ['The foreign minister', 'foreign minister'],
    ]);
    checkAttributions('Secretary of State Jon Berg said talks would resume.', [['Secretary of State Jon Berg', 'Jon Berg']]);
    checkAttributions('The Minister of Foreign Affairs said talks would resume.', [['The Minister of Foreign Affairs', 'Minister of Foreign Affairs']]);
    // A role in apposition after a name: "the researcher" later is that person.
    checkAttributions('Ana Tell, senior researcher at Rights Monitor, said the toll was higher. The researcher added that 19 bodies were found.', [
      ['Ana Tell', 'Ana Tell'], ['The researcher', 'Ana Tell'],
    ]);
    checkAttributions('Oren Gask, a 34-year-old shopkeeper, said he saw two men fall. The shopkeeper said police fired first.', [
      ['Oren Gask', 'Oren Gask'], ['The shopkeeper', 'Oren Gask'],
    ]);
    // A title after what it is of: "Interior Minister Hugo Brandt" is Hugo Brandt.
    checkAttributions('Interior Minister Hugo Brandt said on Monday that officers acted with restraint. He added more.', [
      ['Interior Minister Hugo Brandt', 'Hugo Brandt'], ['He', 'Hugo Brandt'],
    ]);
    checkAttributions('Michelle Bachelet said the law is clear. She urged calm. Later, Bachelet said more.', [
      ['Michelle Bachelet', 'Michelle Bachelet'], ['She', 'Michelle Bachelet'], ['Bachelet', 'Michelle Bachelet'],
    ]);
    checkAttributions('U.N. human rights spokeswoman Liz Throssell says it is hard. The spokeswoman said more.', [
      ['U.N. human rights spokeswoman Liz Throssell', 'Liz Throssell'], ['The spokeswoman', 'Liz Throssell'],
    ]);
    // Giving out a count names its source, whatever words stand before the count's noun.
    // (In a title-case headline too: the plain search before the pattern finds its noun in any case.)
    checkAttributions('Ministry Releases New Death Toll: 12 Dead', [['Ministry', 'Ministry']]);
    checkAttributions('Police gave new figures on Tuesday: 12 people died. On Friday the government published a much lower death toll of 9.', [
      ['Police', 'Police'], ['the government', 'government'],
    ]);
    checkAttributions('Twelve people gave figures.', []);
    // A participle of saying has the sentence's subject for its source, unless a source in the sentence said it first.
    checkAttributions('The interior ministry gave a much lower toll, saying nine people had died.', [['The interior ministry', 'interior ministry']]);
    checkAttributions('By nightfall, the government had issued a statement saying 12 people had died.', [['the government', 'government']]);
    checkAttributions('The ministry said nine people died, adding that 40 were hurt. Twelve people died, saying nothing.', [['The ministry', 'ministry']]);
    checkAttributions('Police cordoned off the area, adding to the chaos in which 12 died.', []);
    // "It" after a body whose name has a plural's possessive is that body, not a person.
    checkAttributions("Police said 3 died. The Marosa Doctors' Syndicate said 12 died. It said 40 were hurt.", [
      ['Police', 'Police'], ["The Marosa Doctors' Syndicate", "Marosa Doctors' Syndicate"], ['It', "Marosa Doctors' Syndicate"],
    ]);
    // A kind of outlet or body before its name, even at a sentence's start: the name.
    checkAttributions('State news agency Velpress reported that 12 died. Rights group Civic Watch said 14 died.', [
      ['State news agency Velpress', 'Velpress'], ['Rights group Civic Watch', 'Civic Watch'],
    ]);
    // The body a role is in stays the body: "the police" after "police spokesman Ivan Dorn" are not him.
    checkAttributions('Police spokesman Ivan Dorn said 2 died. The police said 3 died. The spokesman said 4 were hurt.', [
      ['Police spokesman Ivan Dorn', 'Ivan Dorn'], ['The police', 'police'], ['The spokesman', 'Ivan Dorn'],
    ]);
    checkAttributions('Agency chief Lio Marren said 2 died. The agency said 3 were missing.', [['Agency chief Lio Marren', 'Lio Marren'], ['The agency', 'agency']]);
    checkAttributions('UN human rights experts today called on the authorities to stop. The experts said it was wrong.', [
      ['UN human rights experts', 'UN human rights experts'], ['The experts', 'UN human rights experts'],
    ]);
    // A role the text also writes before the holder's name, in any capitals.
    checkAttributions('UN High Commissioner for Refugees Mara Lind arrived on Monday. The High Commissioner for Refugees said 12 died.', [
      ['The High Commissioner for Refugees', 'Mara Lind'],
    ]);
    checkAttributions('The visit of UN human rights chief Mara Lind ended. The UN Human Rights Chief said 12 died.', [
      ['The UN Human Rights Chief', 'Mara Lind'],
    ]);
  });

  it('finds the subject before a relative clause', () => {
    checkAttributions('A journalist who arrived at the square in the late afternoon told the monitor that all was calm.', [['A journalist', 'journalist']]);
    checkAttributions('Officials who asked not to be named said the port was closed.', [['Officials', 'Officials']]);
    checkAttributions('Police fired at people who said nothing.', []);
    checkAttributions('A woman whose son was killed told reporters the police fired first.', [['A woman', 'woman']]);
  });

  it('reads titles ("Dr. Hana Voss") and subjects before ", who ...,"', () => {
    checkAttributions('“We received 46 bodies,” said Dr. Hana Voss. Voss added that more died.', [['Dr. Hana Voss', 'Hana Voss'], ['Voss', 'Hana Voss']]);
    checkAttributions('A police spokeswoman, who asked not to be named, said officers had opened the gates.', [['A police spokeswoman', 'police spokeswoman']]);
    checkAttributions('The gates, which were locked, said nothing.', []);
    checkAttributions('Local officials, speaking on condition of anonymity, said 9 were killed.', [['Local officials', 'Local officials']]);
    checkAttributions('Amnesty International, in a statement, said 11 protesters were killed.', [['Amnesty International', 'Amnesty International']]);
    checkAttributions('A statement from the presidency said 4 soldiers died.', [['the presidency', 'presidency']]);
    // "told" takes the listener: "told reporters" names no source.
    checkAttributions('Residents of the town, fearing reprisals, told reporters 5 died.', []);    // Ranks and offices before a name are titles, at the start of a sentence too.
    checkAttributions('Commander Ilse Varga says the search will go on. Bishop Aron Mell said prayers were held.', [['Commander Ilse Varga', 'Ilse Varga'], ['Bishop Aron Mell', 'Aron Mell']]);
    // "his office", "its press service": whose, read as the pronoun alone would be; "he" after a title of two words.
    checkAttributions('Prime Minister Dario Kest declared three days of mourning. His office said an inquiry would open.', [['His office', 'Dario Kest’s office']]);
    checkAttributions('Prime Minister Dario Kest declared three days of mourning. He said an inquiry would open.', [['He', 'Dario Kest']]);
    checkAttributions('The ministry said 20 died. Its press service added that 30 were hurt.', [['The ministry', 'ministry'], ['Its press service', 'ministry’s press service']]);
    checkAttributions('His office said an inquiry would open.', [['His office', 'office']]);
    // A title set off before a name is the name's; a description without a title stays as it is.
    checkAttributions('The UN Secretary-General, Ana Ruiz, said 12 died.', [['Ana Ruiz', 'Ana Ruiz']]);
    checkAttributions('The Prime Minister, Dario Kest, said 12 died.', [['Dario Kest', 'Dario Kest']]);
    // An age set off after the name.
    checkAttributions('Rina Voll spoke first. Voll, 52, told Meridian Wire that her home was gone.', [['Voll', 'Rina Voll']]);
    // Names with particles or an article joined to them.
    checkAttributions('Ana de la Cruz, a nurse, said 12 died.', [['Ana de la Cruz', 'Ana de la Cruz']]);
    checkAttributions('Sheikh Omar al-Rashid said 12 died.', [['Sheikh Omar al-Rashid', 'Omar al-Rashid']]);
    // An age, then an aside: the name before both.
    checkAttributions('Rina Voll, 34, whose husband was among those rescued, said she had not slept.', [['Rina Voll', 'Rina Voll']]);
    // A description with what it does, then its name: the name.
    checkAttributions("The union representing the miners, the Lorn Mineworkers' Federation, said 12 had died.", [["the Lorn Mineworkers' Federation", "Lorn Mineworkers' Federation"]]);
    checkAttributions('The company that runs the mine, the Kessel Group, said 14 had died.', [['the Kessel Group', 'Kessel Group']]);
    checkAttributions('The man who led the rescue, a firefighter, said 12 had died.', [['The man', 'man']]);
    // After "said": what the speaker speaks for, and a name closing the sentence.
    checkAttributions('“Twenty-seven people have died,” said a spokesman for the health ministry.', [['a spokesman for the health ministry', 'spokesman for the health ministry']]);
    checkAttributions('“Twenty-seven people have died,” said a spokesman for the health ministry, Ana Ruiz.', [['Ana Ruiz', 'Ana Ruiz']]);
    // "and" between the places of one source, or after "both".
    checkAttributions('Officials in Dorsk and Kalvin said 12 died.', [['Officials in Dorsk and Kalvin', 'Officials in Dorsk and Kalvin']]);
    checkAttributions('Both the police and the army said 12 died.', [['the police', 'police'], ['the army', 'army']]);
    // A monitor's reports received and concerns expressed; witnesses' accounts.
    checkAttributions('OHCHR has received credible reports that 40 people were killed. The Special Rapporteur expressed deep concern over the detention of 300 protesters.', [
      ['OHCHR', 'OHCHR'], ['The Special Rapporteur', 'Special Rapporteur'],
    ]);
    checkAttributions('Eyewitness accounts indicate that snipers fired from rooftops.', [['Eyewitness accounts', 'Eyewitness accounts']]);
    // Estimates, beliefs and accusations are sourced claims.
    checkAttributions('Rights groups estimate that 200 people have been detained. Police believe 12 died. Opposition leader Mara Selin accused police of firing.', [
      ['Rights groups', 'Rights groups'], ['Police', 'Police'], ['Opposition leader Mara Selin', 'Mara Selin'],
    ]);
  });

  it('reads "X of the Y" names, a person speaking for an organisation, and short forms of a name', () => {
    checkAttributions('The Ministry of the Interior said 5 died.', [['The Ministry of the Interior', 'Ministry of the Interior']]);
    checkAttributions('Mara Lind of the Harbour Union said 5 died.', [['Mara Lind', 'Mara Lind']]);
    checkAttributions('At least 27 died, according to the Selva Human Rights League. The League put the number of arrests at over 600.', [
      ['the Selva Human Rights League', 'Selva Human Rights League'], ['The League', 'Selva Human Rights League'],
    ]);
    // Its own estimate, not the officials' of the sentence before.
    const text = 'Officials claim 320 rioters were detained on Monday alone. Rights groups put the total number of arrests at more than 1,000.';
    const rights = claimsOf(text, 'attribution').find((c) => c.text === 'Rights groups');
    assert.ok(rights, 'Rights groups is a source');
    assert.equal(claimsOf(text, 'figure').find((c) => c.text === 'more than 1,000')?.attribution, rights.id);
  });

  it('knows institutions and professions as sources', () => {
    checkAttributions('The toll has risen to 14, the regional administration said on Sunday.', [['the regional administration', 'regional administration']]);
    checkAttributions('Rain had been falling since October 4, meteorologists said.', [['meteorologists', 'meteorologists']]);
    checkAttributions('Nine miners died, the regional mines inspectorate said.', [['the regional mines inspectorate', 'regional mines inspectorate']]);
  });

  it('reads the subject before an aside such as ", in a post on X,", and names ending in s as people', () => {
    checkAttributions('Opposition leader Kiran Murthy, in a post on X, blamed the police.', [['Opposition leader Kiran Murthy', 'Kiran Murthy']]);
    checkAttributions('Crowd-safety expert Leena Das said the gates failed. "They had years," she said.', [
      ['Crowd-safety expert Leena Das', 'Leena Das'], ['she', 'Leena Das'],
    ]);
    checkAttributions('The Chief Minister announced aid.', [['The Chief Minister', 'Chief Minister']]);
    // Names of institutions keep their words.
    checkAttributions('Exports fell, according to the Chamber of Commerce.', [['the Chamber of Commerce', 'Chamber of Commerce']]);
    checkAttributions('Officials in Norland say 12 died.', [['Officials in Norland', 'Officials in Norland']]);
  });

  it('keeps the organisation a speaker speaks for ("a spokesperson for the fire service")', () => {
    checkAttributions('Twenty miners were rescued, a spokesperson for the regional fire service said.', [
      ['a spokesperson for the regional fire service', 'spokesperson for the regional fire service'],
    ]);
    checkAttributions('The head of the agency said 12 people died.', [['The head of the agency', 'head of the agency']]);
    checkAttributions('A nurse at the town\'s main clinic said 9 died.', [['A nurse at the town\'s main clinic', 'nurse at the town\'s main clinic']]);
    // Kin speak for the dead and the missing; "to" inside a name; whoever quotes is a source too.
    checkAttributions('He was shot on Friday, his sister told reporters.', [['his sister', 'sister']]);
    checkAttributions('Two reporters are held, according to the Alliance to Defend Free Media.', [['the Alliance to Defend Free Media', 'Alliance to Defend Free Media']]);
    checkAttributions('A police officer was quoted by the regional broadcaster as saying that 8 died.', [
      ['A police officer', 'police officer'], ['the regional broadcaster', 'regional broadcaster'],
    ]);
    checkAttributions('Dr. Ines Okafor of the district hospital said in an interview that 12 died.', [['Dr. Ines Okafor', 'Ines Okafor']]);
    checkAttributions('Sources close to the ministry told Reuters that 12 died.', [['Sources close to the ministry', 'Sources close to the ministry']]);
    checkAttributions('A source close to the investigation said 12 died.', [['A source close to the investigation', 'source close to the investigation']]);
    // A speaker at the venue of the event.
    checkAttributions('Our correspondent at the stadium says at least 20 bodies have been brought out.', [['Our correspondent at the stadium', 'correspondent at the stadium']]);
    checkAttributions('A journalist at the prison said 12 inmates died.', [['A journalist at the prison', 'journalist at the prison']]);
    // The cue as the second verb of the sentence's subject; not after a clause of another subject.
    checkAttributions('The minister visited the site on Monday and said 12 people had died.', [['The minister', 'minister']]);
    checkAttributions('Ruiz declined to give a figure but said dozens had died.', [['Ruiz', 'Ruiz']]);
    checkAttributions('Police fired tear gas, and witnesses said 3 died.', [['witnesses', 'witnesses']]);
    // A verb of speech is no noun before a source's head: the first verb is the cue, not part of the subject of the second.
    checkAttributions('Interior Minister Goran Pashek told state television that 31 officers had died and blamed rioters.', [['Interior Minister Goran Pashek', 'Goran Pashek']]);
    checkAttributions('The minister told reporters that 31 people had died and blamed rioters.', [['The minister', 'minister']]);
    // A press release's present tense; "say" before its source, closing a sentence or a headline.
    checkAttributions('The Ministry of the Interior informs the public that 34 officers have died.', [['The Ministry of the Interior', 'Ministry of the Interior']]);
    checkAttributions('Eight people were killed, say witnesses.', [['witnesses', 'witnesses']]);
    checkAttributions('Those who say the protests are over are wrong.', []);
    // A monitor records a count; videos recorded by journalists, or at an hour, have no source.
    checkAttributions('From 24 April, OHCHR recorded 1,119 civilian casualties.', [['OHCHR', 'OHCHR']]);
    checkAttributions('Nine of them were recorded by Agence France-Presse journalists. Another, recorded around 2 a.m., shows more.', []);
    // A compound before the head ("state-run"); "citing ..." is an aside; after "said", the subject of what is said is no source.
    checkAttributions('The state-run agency Velpress, citing the health ministry, said 45 people had died.', [['The state-run agency Velpress', 'Velpress'], ['the health ministry', 'health ministry']]);
    checkAttributions('The agency, a unit of the ministry, citing hospitals, said 45 people had died.', [['hospitals', 'hospitals']]);
    // A statement endorsed or echoed by others, in the passive; not a plan endorsed.
    checkAttributions('Her comments were endorsed by several other experts. The council endorsed the plan.', [['several other experts', 'several other experts']]);
    // A surname before a description set off after it, when the text named the person in full before.
    checkAttributions('Ana Ruiz arrived. Ruiz, the head of the department, said 12 died.', [['Ruiz', 'Ana Ruiz']]);
    // An abbreviated title between the role and the name.
    checkAttributions('Defence Ministry spokesman Col. Ivo Tanner said 12 died.', [['Defence Ministry spokesman Col. Ivo Tanner', 'Ivo Tanner']]);
    // An age before the head, after the cue.
    checkAttributions('“They shot at anyone,” said a 34-year-old farmer who fled with his family.', [['a 34-year-old farmer', '34-year-old farmer']]);
    checkAttributions('Sixteen deaths have been confirmed by the district health office.', [['the district health office', 'district health office']]);
    checkAttributions('The toll rose to 14, as reported by the regional health department.', [['the regional health department', 'regional health department']]);
    checkAttributions('The agency quoted plant director Ilse Kahn as saying 3 died.', [['Ilse Kahn', 'Ilse Kahn']]);
    checkAttributions('Local media cited a hospital doctor as saying four people died.', [['a hospital doctor', 'hospital doctor']]);
    checkAttributions('The report cited poor maintenance. Poor maintenance was cited by investigators as the cause.', []);
    checkAttributions('The minister was cited as saying 12 died.', [['The minister', 'minister']]);
    // A speaker in a body, as in a place: "a source in the ministry".
    checkAttributions('A source in the ministry said 12 died.', [['A source in the ministry', 'source in the ministry']]);
    checkAttributions('An official in the governor\'s office said 12 died.', [['An official in the governor\'s office', 'official in the governor\'s office']]);
    checkAttributions('Rallies were held in 12 cities, the ministry said.', [['the ministry', 'ministry']]);
    checkAttributions('A police officer was cited by the agency as saying 12 were arrested.', [['A police officer', 'police officer'], ['the agency', 'agency']]);
    // A title-case headline capitalises its cue; not a name's word ("United States"), nor in the body.
    checkAttributions('Police Say 12 Killed in Clashes\n\nThe army moved in.', [['Police', 'Police']]);
    checkAttributions('United States Condemns Crackdown Against Protesters\n\nThe army moved in.', []);
    checkAttributions('Protests grew.\n\nPolice Say Nothing About Arrests', []);
    checkAttributions('Unofficial estimates put the death toll at 11.', [['Unofficial estimates', 'Unofficial estimates']]);
    checkAttributions('The quake killed more than 1,200 people, officials in both countries said.', [['officials in both countries', 'officials in both countries']]);
    checkAttributions('Eyewitnesses cited by the broadcaster said troops fired.', [['Eyewitnesses', 'Eyewitnesses']]);
    checkAttributions('Interfax quoted a police officer as saying 3 died.', [['a police officer', 'police officer']]);
    checkAttributions('A doctor at the city hospital, who did not want to be named, said 14 bodies had arrived.', [['A doctor at the city hospital', 'doctor at the city hospital']]);
    checkAttributions('A senior official speaking on condition of anonymity said 28 died.', [['A senior official', 'senior official']]);
    checkAttributions('A protester present at the time told reporters that 5 died.', [['A protester', 'protester']]);
    checkAttributions('Twenty died, reported state broadcaster RTV. "Calm down," urged President Mara Lind.', [
      ['state broadcaster RTV', 'RTV'], ['President Mara Lind', 'Mara Lind'],
    ]);
    checkAttributions('Olena Kovalenko – the defence minister – said 3 died. Amnesty — in a statement — said 4 died.', [
      ['Olena Kovalenko', 'Olena Kovalenko'], ['Amnesty', 'Amnesty'],
    ]);
    checkAttributions('Fans interviewed by the local paper said the gates were shut.', [['Fans', 'Fans']]);
    checkAttributions('Rights groups say at least 15 died. The government insists only 9 died. Opposition leaders claim 17 died.', [
      ['Rights groups', 'Rights groups'], ['The government', 'government'], ['Opposition leaders', 'Opposition leaders'],
    ]);
    checkAttributions('Police spokesperson Jan Ode told Reuters 23 died.', [['Police spokesperson Jan Ode', 'Jan Ode']]);
    checkAttributions('The interior ministry said 21 died. The figures were confirmed by the health ministry.', [
      ['The interior ministry', 'interior ministry'], ['the health ministry', 'health ministry'],
    ]);
    checkAttributions('A statement from the presidency said 12 people died.', [['the presidency', 'presidency']]);
    // An object of a verb is still no source: "told to the crowd".
    checkAttributions('Protesters shouted at the police said to be guarding the hall.', []);
  });

  it('names the maker of a document cited with "according to"', () => {
    checkAttributions('The unrest has claimed 25 lives, according to a tally by local journalists.', [['local journalists', 'local journalists']]);
    checkAttributions('Some 300 were arrested, according to figures released by the Interior Ministry.', [['the Interior Ministry', 'Interior Ministry']]);
    checkAttributions('At least 40 died, according to a report from Human Rights Watch.', [['Human Rights Watch', 'Human Rights Watch']]);
    checkAttributions('According to the report, 12 people died.', [['the report', 'report']]);
    checkAttributions('At least 164 people died, according to official figures.', [['official figures', 'official figures']]);
    // "Per" opening a sentence; not "per capita".
    checkAttributions('Per hospital officials, 12 died.', [['hospital officials', 'hospital officials']]);
    checkAttributions('Per capita, 12 died.', []);
    // A document reads what it says; a person reading does not say it.
    checkAttributions('“Twelve people died,” the statement read.', [['the statement', 'statement']]);
    checkAttributions('Protesters read the statement aloud. The minister read the report on 12 deaths.', []);
    // "The statement" is its issuer's, or the body's that last spoke.
    checkAttributions('Ministry of Health - Press release\n\n“Twelve people died,” the statement said.', [['Ministry of Health', 'Ministry of Health'], ['the statement', 'Ministry of Health']]);
    checkAttributions('In a statement, the army said 14 soldiers died. The statement added that 3 were missing.', [['the army', 'army'], ['The statement', 'army']]);
    // A count opens the source as a number word does; a year does not.
    checkAttributions('At least 19 died, according to 14 witnesses.', [['14 witnesses', '14 witnesses']]);
    checkAttributions('At least 19 died, according to 2021 census data.', []);
    checkAttributions('Mara Lind said the protest was calm. According to her, 5 died.', [['Mara Lind', 'Mara Lind'], ['her', 'Mara Lind']]);
    checkAttributions('According to her office, 5 died.', [['her office', 'office']]);
    // A description, then the name it goes by closing the sentence; one word only as an acronym.
    checkAttributions('Of 112 workers, 72 escaped, according to the mine’s operator, Kessel Mining.', [['Kessel Mining', 'Kessel Mining']]);
    checkAttributions('Some 40 died, according to the UN refugee agency, UNHCR.', [['UNHCR', 'UNHCR']]);
    checkAttributions('Some 40 died, according to the ministry, Monday.', [['the ministry', 'ministry']]);
    checkAttributions('Some 40 died, according to the ministry, in Varn.', [['the ministry', 'ministry']]);
  });

  it("reads a transcript's speaker labels, not a fact sheet's or a title's", () => {
    checkAttributions('Briefing\n\nSPOKESPERSON: As of this morning, 40 people have died.\n\nQUESTION: How many are missing?', [['SPOKESPERSON', 'SPOKESPERSON']]);
    checkAttributions('Briefing\n\n**Police Chief Ana Ruiz:** Twelve officers died. Mr. Dosk: no.\nMr. Dosk: "We detained 612."', [['Police Chief Ana Ruiz', 'Ana Ruiz'], ['Mr. Dosk', 'Dosk']]);
    // Once named in full, a speaker is labelled by the last word of the name; a lone word before that is no speaker.
    checkAttributions('Briefing\n\nUPDATE: Twelve died.\n\nSPOKESMAN PIOTR HALIN: Good morning.\n\nQUESTION: Why?\n\nHALIN: Three bodies are not identified.', [
      ['SPOKESMAN PIOTR HALIN', 'PIOTR HALIN'], ['HALIN', 'PIOTR HALIN'],
    ]);
    // A start of reporting is reporting.
    checkAttributions('Local media began reporting that 12 had died. By evening, users and residents started to report outages.', [['Local media', 'Local media'], ['users', 'users'], ['residents', 'residents']]);
    // A network is a source.
    checkAttributions('The relief network says 52 have died.', [['The relief network', 'relief network']]);
    checkAttributions('Briefing\n\n- Dead: 29\n- Chief: 12\n\nThe minister: a profile.\nKey official: who is she?', []);
    const claims = analyze('Briefing\n\nSPOKESPERSON: As of this morning, 40 people have died in the floods.').claims;
    const figure = claims.find((c) => c.kind === 'figure') as FigureClaim;
    assert.equal((claims.find((c) => c.id === figure.attribution) as AttributionClaim).source, 'SPOKESPERSON');
  });

  it('reads a study as the source of its findings, and "found" only as a finding', () => {
    checkAttributions('A review of media reports on police casualties indicates that three officers were killed.', [
      ['A review of media reports on police casualties', 'review of media reports on police casualties'],
    ]);
    checkAttributions('An investigation of the killings found that police fired first.', [['An investigation of the killings', 'investigation of the killings']]);
    checkAttributions('An analysis by Civic Watch found that 40 people were killed.', [['Civic Watch', 'Civic Watch']]);
    checkAttributions('Witness statements indicate that at least 10 people were shot.', [['Witness statements', 'Witness statements']]);
    checkAttributions('Rescuers found 12 bodies. Police found the car abandoned.', []);
    checkAttributions('Rescuers found that 12 people had died.', [['Rescuers', 'Rescuers']]);
  });

  it('skips what is not a source', () => {
    checkAttributions('Treatment must be fair according to international law and according to the established procedures.', []);
    checkAttributions('The protests are said to have injured nearly 1,000 people.', []);
    checkAttributions('The Commission verified the deaths of 27 people.', [['The Commission', 'Commission']]);
    // The wording of translated and official reports; "per" after a comma.
    checkAttributions('The ministry informed that 12 people had died.', [['The ministry', 'ministry']]);
    checkAttributions('Officials pointed out that 12 people had died.', [['Officials', 'Officials']]);
    checkAttributions('Twelve people died, per the health ministry.', [['the health ministry', 'health ministry']]);
    checkAttributions('They pointed out the damage to reporters. The union underlined its demands.', []);
    // Two sources for one cue.
    checkAttributions('Twelve people died, according to police and hospital officials.', [['police', 'police'], ['hospital officials', 'hospital officials']]);
    checkAttributions('Twelve died, according to both the ministry and the Red Cross.', [['the ministry', 'ministry'], ['the Red Cross', 'Red Cross']]);
    checkAttributions('The ministry and the Red Cross both said 12 died.', [['The ministry', 'ministry'], ['the Red Cross', 'Red Cross']]);
    // A plural's possessive inside the source: "the guards' union".
    checkAttributions("The prison guards' union said 17 inmates died. Three died, according to the teachers’ union.", [["The prison guards' union", "prison guards' union"], ['the teachers’ union', 'teachers’ union']]);
    // "Today" ending an outlet's name.
    checkAttributions('Three people died, Russia Today reported. The audit, according to the newspaper Varnia Today, found cracks.', [['Russia Today', 'Russia Today'], ['the newspaper Varnia Today', 'Varnia Today']]);
    // An adverb of time between source and cue: a liveblog's "now says".
    checkAttributions('The emergency ministry now says 31 people have died.', [['The emergency ministry', 'emergency ministry']]);
    checkAttributions('Officials have since said 12 people died. The army meanwhile said 5 soldiers were hurt.', [['Officials', 'Officials'], ['The army', 'army']]);
    checkAttributions('Twelve died, according to police and she was among the wounded.', [['police', 'police']]);
    checkAttributions('Fuel prices rose 5 per cent. Three people per day died.', []);
    checkAttributions('The interior ministry gave a figure of 230 detentions.', [['The interior ministry', 'interior ministry']]);
    // A source that changes its own count.
    checkAttributions('Officials on Sunday revised the death toll down to 125.', [['Officials', 'Officials']]);
    checkAttributions('The incident raised concerns. Officials have updated the website.', []);
    // Particles inside a name.
    checkAttributions('Ana de la Cruz said 12 died.', [['Ana de la Cruz', 'Ana de la Cruz']]);
    checkAttributions('Spokesman Pieter van der Berg said 12 died.', [['Spokesman Pieter van der Berg', 'Pieter van der Berg']]);
    checkAttributions('The Monitor verified 42 videos recorded by witnesses.', []);
    // A document's maker is its source; who saw it is not.
    checkAttributions('Figures compiled by the opposition Unity Party put the death toll at 57.', [['the opposition Unity Party', 'Unity Party']]);
    checkAttributions('Interior ministry data seen by this newspaper show 41 deaths.', [['Interior ministry data', 'Interior ministry data']]);
    checkAttributions('A letter sent by the mayor said four people died.', [['the mayor', 'mayor']]);
    checkAttributions('Footage was compared with media reports and social media posts.', []);
    checkAttributions('Residents want to have their say on the curfew.', []);
    // A noun that is also a cue is the subject's, not the cue ("reports", "claims"); the verb after it is the cue.
    checkAttributions('Credible reports indicate that 1,200 people were arrested. Media claims of abuse grew.', [['Credible reports', 'Credible reports']]);
    checkAttributions('The families had the final say, and the state claims nothing.', []);
    checkAttributions('Rescuers are searching for 40 people reported missing and two confirmed dead.', []);
  });

  it('links a figure to the attribution in its sentence or paragraph', () => {
    const claims = claimsOf('12 officers have died, according to the Interior Ministry.', 'figure');
    const attributions = claimsOf('12 officers have died, according to the Interior Ministry.', 'attribution');
    assert.equal(claims[0].attribution, attributions[0].id);
    const [lonely] = claimsOf('Nearly 1,000 people were injured.\n\nThe ministry said nothing else.', 'figure');
    assert.equal(lonely.attribution, null);
    // A headline's figure takes the backer of the same figure in the story below; not a different one, nor a sentence's.
    const backer = (text: string) => {
      const claims = analyze(text).claims;
      return claims.filter((c) => c.kind === 'figure').map((f) => (claims.find((a) => a.id === (f as FigureClaim).attribution) as AttributionClaim | undefined)?.source ?? null);
    };
    assert.deepEqual(backer('Darel: four dead as police clear sit-in\n5 May 2033\n\nPolice cleared the sit-in, leaving four people dead, the interior ministry said.'), ['interior ministry', 'interior ministry']);
    assert.deepEqual(backer('Darel: four dead as police clear sit-in\n\nPolice cleared the sit-in, leaving five people dead, the interior ministry said.'), [null, 'interior ministry']);
    assert.deepEqual(backer('Four people died in the clashes.\n\nFour people died, the interior ministry said.'), [null, 'interior ministry']);
    assert.deepEqual(backer('Clashes leave 40 dead\n\nAt least 40 people have been killed, according to figures released by the Red Cross.'), ['Red Cross', 'Red Cross']);
    // A headline's label names its source, before a colon or after a dash; not a place, nor an issuer's line.
    assert.deepEqual(backer('Police: 12 killed in clashes\n\nClashes erupted on Monday.'), ['Police']);
    assert.deepEqual(backer("Talvia protests: 'More than 300 killed' - rights group\n\nClashes erupted on Monday."), ['rights group']);
    assert.deepEqual(backer('Red Cross: 40 missing after floods\n\nThe floods hit on Monday.'), ['Red Cross']);
    assert.deepEqual(backer('UK: 12 killed in storm\n\nThe storm hit on Monday.'), [null]);
    assert.deepEqual(backer('12 killed in clashes - police\r\n\r\nClashes erupted on Monday.\r\n'), ['police']);
    assert.deepEqual(backer('Darel: four dead as police clear sit-in\n\nPolice cleared the sit-in on Monday.'), [null]);
    // The headline under a masthead, a date and a byline; not a line after the first line of prose.
    assert.deepEqual(backer('The Alba Herald\nMonday, March 8, 2032\n\nFerry toll rises to 44\n\nBy Clara Venn\n\nThe number of deaths rose to 44 on Monday, officials said.'), ['officials', 'officials']);
    assert.deepEqual(backer('The ferry sank on Sunday.\nToll rises to 44\n\nThe number of deaths rose to 44 on Monday, officials said.'), [null, 'officials']);
    // A summary's bullets, likewise, by the text below the section.
    assert.deepEqual(backer('# Flash update\n\n## Highlights\n\n- At least 46 civilians killed.\n- Two aid workers killed.\n\n## Overview\n\nAccording to the health authorities, 46 civilians have been killed.'), ['health authorities', null, 'health authorities']);
    assert.deepEqual(backer('# Flash update\n\n- At least 46 civilians killed.\n\nAccording to the health authorities, 46 civilians have been killed.'), [null, 'health authorities']);
  });

  it('reads the issuer a press release or statement names in its opening lines, and lets it back what no one else does', () => {
    const backers = (text: string) => {
      const claims = analyze(text).claims;
      const source = (id: string | null) => (claims.find((c) => c.id === id) as AttributionClaim | undefined)?.source ?? null;
      return claims.filter((c) => c.kind === 'figure').map((f) => [f.text, source((f as FigureClaim).attribution)]);
    };
    assert.deepEqual(backers('Ministry of Transport - Press release\n13 August 2031\n\nWe mourn the 29 passengers who died.\n\nDoctors said 12 people were injured.'),
      [['29', 'Ministry of Transport'], ['12', 'Doctors']]);
    assert.deepEqual(backers('Varen Human Rights Centre\nUrgent statement, 24 October 2031\n\nAt least 450 people have been detained.'), [['At least 450', 'Varen Human Rights Centre']]);
    assert.deepEqual(backers('Statement by the Council of Harbour Unions\n\nFour dockers were killed.'), [['Four', 'Council of Harbour Unions']]);
    // A news story, a site's navigation: no issuer.
    assert.deepEqual(backers('Ferry capsizes off Tarn coast\n\nPORT ELLIS - At least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('Press releases Special Procedures\n\nExperts condemn force\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('Harbour Gazette\nStatement season begins\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('PRESS RELEASE\nMinistry of Health\n\nAt least 31 people were killed.'), [['At least 31', 'Ministry of Health']]);
    assert.deepEqual(backers('Protests grow - statement expected\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    // A short name on the line of the kind of text is an issuer's ("Norrail - Statement"); a header word, a date or a word the text uses in lower case is not.
    assert.deepEqual(backers('Norrail - Statement\n15 March 2031\n\nTwelve passengers lost their lives.'), [['Twelve', 'Norrail']]);
    assert.deepEqual(backers('Amnesty International: press release\n\nAt least 31 people were killed.'), [['At least 31', 'Amnesty International']]);
    // A company's legal suffix is part of its name.
    assert.deepEqual(backers('Kessel Mining plc — Statement on the incident at Orvik mine\n\n11 May 2033\n\nFourteen workers were killed.'), [['Fourteen', 'Kessel Mining plc']]);
    assert.deepEqual(backers('Norra Shipping Ltd. - Press release\n\nTwelve crew members died.'), [['Twelve', 'Norra Shipping Ltd.']]);
    assert.deepEqual(backers('Tarsia Ministry of Defence: briefing, 2 March 2040\n\nUp to 60 servicemen were killed.'), [['Up to 60', 'Tarsia Ministry of Defence']]);
    assert.deepEqual(backers('Briefing ends in chaos\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('Relief Coalition for Orsava - Situation report no. 2\n9 November 2034\n\nOfficial figures report 2,106 deaths.'), [['2,106', 'Relief Coalition for Orsava']]);
    // A report titled by the place it covers: the place is no issuer.
    assert.deepEqual(backers('# Eastern Harlow: Flash Update No. 2 (as of 14 May 2035)\n\n- At least 46 civilians killed.'), [['At least 46', null]]);
    assert.deepEqual(backers('OCHA: Flash Update No. 2\n\n- At least 46 civilians killed.'), [['At least 46', 'OCHA']]);
    assert.deepEqual(backers('Update - Statement\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('Statement - March 15\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('Floods - statement\n\nAt least 31 people were killed in the floods.'), [['At least 31', null]]);
    assert.deepEqual(backers('Norrail\nStatement, 15 March 2031\n\nTwelve passengers lost their lives.'), [['Twelve', null]]);
    // An organisation's masthead, name and date, over a text that speaks as "we"; not a newspaper's, nor one that does not.
    assert.deepEqual(backers('# At least 914 detained\n\n**Civic Defence Centre, 13 November 2039**\n\nWe have recorded 914 detentions.'), [['At least 914', 'Civic Defence Centre'], ['914', 'Civic Defence Centre']]);
    assert.deepEqual(backers('The Karsa Daily, 15 August 2041\n\nOur reporters saw 12 bodies in the street.'), [['12', null]]);
    assert.deepEqual(backers('Karsa Watch, 15 August 2041\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    // The maker of a compiled text, on a line of its opening block.
    assert.deepEqual(backers('# Timeline\n\n*Compiled by the Civic Defence Centre, 20 November 2039*\n\n- 11 November: two protesters are killed.'), [['two', 'Civic Defence Centre']]);
    assert.deepEqual(backers('Report title\nPublished by the Civic Watch on 3 May 2025\n\nTroops killed 4 people.'), [['4', 'Civic Watch']]);
    // A fact sheet: a source in brackets after a count, and a closing "Source:" line for the rest; not one that does not close the text.
    assert.deepEqual(backers('# Situation report\n\n- Dead: 29 (Ministry of the Interior)\n- Missing: 47\n\nSource: Civil Protection Agency, 5 May 2031\n'),
      [['29', 'Ministry of the Interior'], ['47', 'Civil Protection Agency']]);
    assert.deepEqual(backers('# Situation report\n\n- Missing: 47\n\nSource: Civil Protection Agency\n\nAt least 31 people were killed.'), [['47', null], ['At least 31', null]]);
    // A "Source:" line right under a table backs the table, whatever follows; its words need no grammar.
    assert.deepEqual(backers('| Province | Dead |\n|---|---|\n| Arno | 41 |\n| **Total** | **67** |\n\nSource: provincial disaster management offices.\n\nAt least 31 people were killed.'),
      [['41', 'provincial disaster management offices'], ['67', 'provincial disaster management offices'], ['At least 31', null]]);
    // The issuer before the kind of text, on a title line; not a headline about a statement.
    assert.deepEqual(backers('Interior Ministry statement on the situation in Karvin\n\nSince 23 September, 34 police officers have died.'), [['34', 'Interior Ministry']]);
    assert.deepEqual(backers('Velmora Red Cross statement on the floods\n\nAt least 31 people were killed.'), [['At least 31', 'Velmora Red Cross']]);
    assert.deepEqual(backers('Ministry statement on toll sparks anger\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    assert.deepEqual(backers('Orsavan Ministry of Defence: daily briefing\n\nSince the start of the operation, 212 servicemen have been killed.'), [['212', 'Orsavan Ministry of Defence']]);
    assert.deepEqual(backers('Police statement on the shooting raises questions\n\nAt least 31 people were killed.'), [['At least 31', null]]);
    // The issuer after a dash closing a report's title line.
    assert.deepEqual(backers('# Floods\n\n*Situation report No. 4, 22 June 2037 — Delta Relief Network*\n\nAt least 31 people were killed.'), [['At least 31', 'Delta Relief Network']]);
  });
});

describe('lexicon extras', () => {
  it('adds attribution verbs, security groups and outcome words from settings', async () => {
    const { analyze } = await import('../../server/src/analysis/analyze.ts');
    const text = 'Twelve carabinieri were slaughtered, the ministry affirmed.';
    const plain = analyze(text);
    assert.deepEqual(plain.claims.map((c) => c.kind), []);
    const extended = analyze(text, {}, { attributionVerbs: ['affirmed'], securityGroups: ['carabinieri'], outcomes: { killed: ['slaughtered'] } });
    const figure = extended.claims.find((c) => c.kind === 'figure');
    assert.ok(figure && figure.kind === 'figure');
    assert.deepEqual([figure.min, figure.outcome, figure.group], [12, 'killed', 'security']);
    const attribution = extended.claims.find((c) => c.kind === 'attribution');
    assert.equal(attribution?.text, 'the ministry');
  });
});
