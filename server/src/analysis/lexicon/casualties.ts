// Words that make a number a casualty figure: outcomes, the groups counted, and what is not a person.
import type { Group, Outcome } from '../model.ts';

/** Participles and adjectives after the counted noun: "12 officers were killed", "19 injured". */
export const OUTCOME_AFTER: Record<string, Outcome> = {
  killed: 'killed', died: 'killed', die: 'killed', dies: 'killed', dead: 'killed', 'shot dead': 'killed', 'lost their lives': 'killed',
  'lost their life': 'killed', 'were killed': 'killed', slain: 'killed', murdered: 'killed', executed: 'killed',
  'beaten to death': 'killed', perished: 'killed', 'confirmed dead': 'killed', 'found dead': 'killed',
  drowned: 'killed', 'burned to death': 'killed', 'crushed to death': 'killed', 'trampled to death': 'killed',
  'succumbed to their injuries': 'killed', 'succumbed to his injuries': 'killed', 'succumbed to her injuries': 'killed',
  'succumbed to their wounds': 'killed', 'succumbed to his wounds': 'killed', 'succumbed to her wounds': 'killed',
  succumbed: 'killed', // "two of the injured succumbed at the hospital"
  eliminated: 'killed', liquidated: 'killed', // a military communiqué's words: "Up to 60 servicemen were eliminated"
  'sustained injuries': 'injured', 'suffered injuries': 'injured', 'were injured': 'injured',
  'sustained wounds': 'injured', 'suffered wounds': 'injured', 'sustained gunshot wounds': 'injured', 'suffered gunshot wounds': 'injured',
  'had gunshot wounds': 'injured', 'sustained burns': 'injured', 'suffered burns': 'injured', 'treated for burns': 'injured',
  'treated for gunshot wounds': 'injured',
  injured: 'injured', wounded: 'injured', hurt: 'injured', hospitalized: 'injured', hospitalised: 'injured',
  'treated for injuries': 'injured', 'treated for wounds': 'injured', 'taken to hospital': 'injured',
  'taken to hospitals': 'injured', 'admitted to hospital': 'injured', 'rushed to hospital': 'injured', 'admitted to hospitals': 'injured', 'treated in hospital': 'injured',
  'treated in hospitals': 'injured',
  // "231 persons have received medical treatment", "40 needed hospital treatment".
  'received medical treatment': 'injured', 'received hospital treatment': 'injured', 'received medical care': 'injured',
  'needed medical treatment': 'injured', 'needed hospital treatment': 'injured', 'required medical treatment': 'injured',
  'required hospital treatment': 'injured', 'sought medical treatment': 'injured',
  // Still in care: some of the injured (see the scope of those in hospital).
  'undergoing treatment': 'injured', 'receiving treatment': 'injured', 'being treated': 'injured',
  'in critical condition': 'injured', 'in a critical condition': 'injured', 'in serious condition': 'injured',
  'in a serious condition': 'injured', 'in intensive care': 'injured',
  'shot': 'injured', hit: 'injured',
  arrested: 'detained', detained: 'detained', 'in detention': 'detained', 'in custody': 'detained',
  'in pre-trial detention': 'detained', 'in pretrial detention': 'detained',
  'taken into custody': 'detained', held: 'detained', jailed: 'detained', imprisoned: 'detained',
  'into custody': 'detained', 'behind bars': 'detained', // "took 60 people into custody", "60 remain behind bars"
  captured: 'detained', 'rounded up': 'detained', apprehended: 'detained', abducted: 'missing', missing: 'missing', disappeared: 'missing',
  kidnapped: 'missing', 'taken hostage': 'missing', 'held hostage': 'missing',
  unaccounted: 'missing',
};

/** Nouns right after the count that carry the outcome: "10 apparent killings", "225 deaths". */
export const OUTCOME_NOUNS: Record<string, Outcome> = {
  deaths: 'killed', death: 'killed', killings: 'killed', fatalities: 'killed', dead: 'killed', bodies: 'killed',
  body: 'killed', victims: 'killed', injuries: 'injured', wounded: 'injured', injured: 'injured',
  arrests: 'detained', detentions: 'detained', detainees: 'detained', detainee: 'detained', prisoners: 'detained',
  'political prisoners': 'detained',
};

/** Active verbs and nouns before the count: "killed dozens of protesters", "the deaths of 12 officers". */
export const OUTCOME_BEFORE: Record<string, Outcome> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', 'death of': 'killed', 'deaths of': 'killed',
  'bodies of': 'killed', 'killing of': 'killed', 'killings of': 'killed', 'shot dead': 'killed',
  injured: 'injured', injuring: 'injured', wounded: 'injured', wounding: 'injured', injure: 'injured', injures: 'injured',
  'injuries to': 'injured',
  arrested: 'detained', arresting: 'detained', detained: 'detained', detaining: 'detained', detains: 'detained',
  detain: 'detained', arrest: 'detained', arrests: 'detained', // a headline's present: "Police detain hundreds", "Army arrests 40"
  'arrest of': 'detained', 'arrests of': 'detained', 'detention of': 'detained', captured: 'detained',
  capture: 'detained', 'release of': 'detained', jailed: 'detained', 'rounded up': 'detained', apprehended: 'detained', apprehending: 'detained',
  'disappearance of': 'missing',
  'whereabouts of': 'missing', 'searching for': 'missing', 'search for': 'missing',
};

/** "the number of wounded at 1,300", "Deaths: 41": the word counted, and its outcome. */
export const COUNTED_OUTCOMES: Record<string, Outcome> = {
  dead: 'killed', deaths: 'killed', death: 'killed', killed: 'killed', fatalities: 'killed', victims: 'killed', deceased: 'killed',
  wounded: 'injured', injured: 'injured', injuries: 'injured',
  detained: 'detained', detainees: 'detained', arrests: 'detained', arrest: 'detained', arrested: 'detained',
  detentions: 'detained', 'in custody': 'detained', 'in detention': 'detained', missing: 'missing', 'unaccounted for': 'missing',
};

/** Nouns for people, and the group each one counts. */
export const GROUP_NOUNS: Record<string, Group> = {
  protesters: 'protesters', protester: 'protesters', protestors: 'protesters', protestor: 'protesters',
  demonstrators: 'protesters', demonstrator: 'protesters', rioters: 'protesters', rioter: 'protesters',
  activists: 'protesters', activist: 'protesters', marchers: 'protesters', strikers: 'protesters',
  police: 'security', policemen: 'security', policeman: 'security', policewomen: 'security',
  officers: 'security', officer: 'security', 'law enforcement': 'security', servicemen: 'security',
  serviceman: 'security', soldiers: 'security', soldier: 'security', troops: 'security', cadets: 'security',
  cadet: 'security', guardsmen: 'security', 'national guard': 'security', 'security forces': 'security',
  'security force': 'security', 'security personnel': 'security', 'security officials': 'security',
  gendarmes: 'security', militiamen: 'security', personnel: 'security', colleagues: 'people',
  civilians: 'civilians', civilian: 'civilians', residents: 'civilians', bystanders: 'civilians',
  passersby: 'civilians', children: 'civilians', women: 'civilians', students: 'civilians',
  journalists: 'civilians', journalist: 'civilians', medics: 'civilians', worshippers: 'civilians',
  people: 'people', persons: 'people', person: 'people', individuals: 'people', individual: 'people',
  men: 'people', man: 'people', woman: 'people', others: 'people', victims: 'people', bodies: 'people',
  body: 'people', detainees: 'people', detainee: 'people', prisoners: 'people', members: 'people',
  casualties: 'people', citizens: 'people', migrants: 'civilians', refugees: 'civilians',
  hostages: 'civilians', hostage: 'civilians', villagers: 'civilians', villager: 'civilians', farmers: 'civilians',
  shoppers: 'civilians', commuters: 'civilians', passengers: 'civilians', pupils: 'civilians', schoolchildren: 'civilians',
  'border guards': 'security', peacekeepers: 'security', commandos: 'security', paratroopers: 'security',
  conscripts: 'security', 'riot police': 'security', 'special forces': 'security', 'armed forces': 'security',
  marines: 'security', sailors: 'security', airmen: 'security', policewoman: 'security', 'passers-by': 'civilians',
  boys: 'civilians', girls: 'civilians', minors: 'civilians', teenagers: 'civilians', infants: 'civilians', babies: 'civilians',
  guards: 'security', guard: 'security', 'prison guards': 'security', wardens: 'security', jailers: 'security',
  inmates: 'people', inmate: 'people',
};

/** Those who carried out an attack, and armed groups' fighters: their deaths are not the toll of the victims. */
export const ATTACKER_NOUNS = new Set([
  'attacker', 'attackers', 'gunman', 'gunmen', 'assailant', 'assailants', 'perpetrator', 'perpetrators',
  'bomber', 'bombers', 'shooter', 'shooters', 'hijacker', 'hijackers', 'kidnapper', 'kidnappers',
  'hostage-taker', 'hostage-takers',
  // An armed group's fighters: "nine militants were killed" is not the toll of the people.
  'militant', 'militants', 'rebel', 'rebels', 'insurgent', 'insurgents', 'fighters', 'jihadists', 'separatists',
  'combatants', 'terrorist', 'terrorists',
]);

/** Nouns after a number that make it something other than a count of people. */
export const NON_PERSON_NOUNS = new Set([
  // After "one": "In one incident, police shot 3", "on one occasion".
  'incident', 'occasion', 'hour', 'minute', 'week', 'month', 'case', 'location', 'city', 'town', 'street', 'building',
  'hospital', 'morgue', 'explosion', 'detonation',
  'videos', 'video', 'clips', 'images', 'photos', 'photographs', 'vehicles', 'vehicle', 'cars', 'trucks',
  'vans', 'buses', 'tanks', 'meters', 'metres', 'kilometers', 'kilometres', 'km', 'miles', 'feet', 'rounds',
  'shots', 'bullets', 'grenades', 'canisters', 'minutes', 'hours', 'days', 'weeks', 'months', 'years',
  'year', 'percent', 'per', '%', 'times', 'cities', 'towns', 'regions', 'buildings', 'stores', 'shops',
  'weapons', 'rifles', 'guns', 'countries', 'incidents', 'occasions', 'detonations', 'explosions',
  'locations', 'points', 'streets', 'floors', 'pages', 'tweets', 'posts', 'reports', 'statements',
  'dollars', 'euros', 'tenge', 'rubles', 'tonnes', 'tons', 'litres', 'liters', 'gauge', 'caliber',
  'calibre', 'mm', 'degrees', 'seconds', 'witnesses', 'cases', 'units', 'battalions', 'hospitals', 'morgues',
  'homes', 'houses', 'schools', 'jobs', 'bills', 'seats', 'votes', 'contracts', 'projects', 'proposals', 'deals',
  'flights', 'trains', 'crops', 'trees', 'acres', 'hectares', 'positions',
  // Animals: a flood's drowned livestock is not its toll.
  'animals', 'livestock', 'cattle', 'cows', 'sheep', 'goats', 'pigs', 'horses', 'donkeys', 'camels', 'buffalo',
  'buffaloes', 'oxen', 'chickens', 'hens', 'poultry', 'birds', 'ducks', 'dogs', 'cats', 'pets', 'fish', 'dolphins',
  'whales', 'seals', 'turtles', 'elephants', 'deer', 'bees', 'head',
]);

/** Words after the outcome, or in the sentence, that confine a count to one incident, place or subset. */
export const INCIDENT_AFTER_OUTCOME = [
  'at', 'outside', 'inside', 'near', 'in front of', 'while', 'defending', 'protecting', 'guarding',
  'downtown', 'that day', 'that night', 'there', 'on the spot', 'in the attack', 'in an attack',
  'in the incident', 'in one incident', 'nearby', 'when',
];

/** What a force defends in general, no one place: "lost their lives defending public order" is no incident's count. */
export const DEFENDED_IN_GENERAL = [
  'public order', 'constitutional order', 'order', 'country', 'nation', 'homeland', 'motherland', 'constitution',
  'people', 'citizens', 'peace', 'law', 'state', 'republic', 'freedom', 'democracy',
];

/** Evidence words: a count taken from footage or an investigator's tally of one scene. */
export const FOOTAGE_WORDS = ['footage', 'video', 'videos', 'clip', 'clips', 'incidents'];

/** Words that say a count is a whole toll. */
export const TOLL_WORDS = ['death toll', 'toll', 'in total', 'nationwide', 'across the country', 'in all', 'overall', 'total of'];
