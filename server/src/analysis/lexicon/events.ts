// Events whose date sources report: a subject (protests, a state of emergency...) and a phase (began...).
// A date in the same clause as a subject and a phase word is the date of that event.

export interface EventSubject {
  /** The fact's name: "protests", "state of emergency". */
  name: string;
  /** Words that name the subject (matched case-insensitively, whole words). */
  words: string[];
}

export const EVENT_SUBJECTS: EventSubject[] = [
  { name: 'protests', words: ['protest', 'protests', 'demonstrations', 'demonstration', 'unrest', 'uprising', 'riots', 'rallies', 'protest movement'] },
  { name: 'state of emergency', words: ['state of emergency', 'states of emergency', 'emergency rule', 'martial law'] },
  { name: 'curfew', words: ['curfew'] },
  { name: 'internet disruption', words: ['internet', 'mobile internet', 'internet access', 'internet services'] },
  { name: 'strike', words: ['strike', 'strikes', 'walkout'] },
  { name: 'ceasefire', words: ['ceasefire', 'cease-fire', 'truce'] },
  { name: 'lockdown', words: ['lockdown'] },
  { name: 'war', words: ['war', 'invasion', 'offensive'] },
  { name: 'fighting', words: ['fighting', 'clashes', 'hostilities'] },
  { name: 'floods', words: ['flood', 'floods', 'flooding'] },
  { name: 'fire', words: ['wildfire', 'wildfires', 'bushfire', 'bushfires', 'forest fire', 'forest fires', 'fire', 'fires', 'blaze', 'blazes'] },
  { name: 'outbreak', words: ['outbreak', 'epidemic'] },
  { name: 'eruption', words: ['eruption'] },
  { name: 'evacuation', words: ['evacuation', 'evacuations'] },
  { name: 'riot', words: ['riot', 'prison riot', 'mutiny'] },
  { name: 'siege', words: ['siege', 'standoff', 'stand-off', 'hostage crisis', 'hostage-taking'] },
];

/**
 * Verbs of a structure that fails: "the dam burst", "the roof gave way", "the levee was breached". A
 * collapse only after the structure's noun (STRUCTURE_NOUNS), and not in a figure of speech ("calm gave
 * way to anger", "burst into tears").
 */
const STRUCTURE_VERBS_LIST = ['burst', 'gave way', 'breached'];
export const STRUCTURE_VERBS = new Set(STRUCTURE_VERBS_LIST);
export const STRUCTURE_NOUNS = ['dam', 'dams', 'levee', 'levees', 'dyke', 'dykes', 'dike', 'dikes', 'embankment', 'embankments', 'bridge', 'roof', 'ceiling', 'floor', 'building', 'wall', 'walls', 'stand', 'stands', 'balcony', 'pipe', 'pipeline', 'reservoir', 'barrier', 'tailings', 'tunnel', 'overpass', 'flyover', 'crane', 'tower', 'scaffolding', 'spillway', 'mine'];

/** Sudden disasters: they happen once, on a day (phase 'occurred'); a verb names both the event and its phase. */
interface IncidentSubject {
  name: string;
  /** The nouns: "a collapse", "Tuesday's collapse". */
  nouns: string[];
  /** The verbs, which are their own phase: "the tunnel collapsed". */
  verbs: string[];
}
const INCIDENT_SUBJECTS: IncidentSubject[] = [
  { name: 'collapse', nouns: ['collapse', 'cave-in'], verbs: ['collapsed', 'caved in', ...STRUCTURE_VERBS_LIST] },
  { name: 'explosion', nouns: ['explosion', 'blast', 'bombing', 'car bombing', 'suicide bombing'], verbs: ['exploded'] },
  { name: 'shooting', nouns: ['shooting', 'mass shooting'], verbs: [] },
  { name: 'massacre', nouns: ['massacre'], verbs: [] },
  { name: 'stampede', nouns: ['stampede', 'crowd crush'], verbs: [] },
  { name: 'earthquake', nouns: ['earthquake', 'quake'], verbs: [] },
  { name: 'crash', nouns: ['crash'], verbs: ['crashed'] },
  { name: 'derailment', nouns: ['derailment'], verbs: ['derailed'] },
  { name: 'landslide', nouns: ['landslide', 'mudslide'], verbs: [] },
  { name: 'sinking', nouns: ['sinking', 'capsizing', 'shipwreck'], verbs: ['capsized', 'sank'] },
];
EVENT_SUBJECTS.push(...INCIDENT_SUBJECTS.map((s) => ({ name: s.name, words: [...s.nouns, ...s.verbs] })));
/** The nouns of sudden disasters, by word: a date right before one dates it ("Tuesday's collapse", "the 4 March blast"). */
export const INCIDENT_NOUNS = new Map(INCIDENT_SUBJECTS.flatMap((s) => s.nouns.map((w) => [w, s.name] as const)));
export const INCIDENTS = new Set(INCIDENT_SUBJECTS.map((s) => s.name));

/** Words before a subject that make it another thing: a hunger strike or an air strike is no strike of workers. */
export const NOT_THE_SUBJECT_AFTER: Record<string, string[]> = {
  strike: ['hunger', 'air', 'drone', 'missile', 'rocket', 'artillery', 'military', 'aerial', 'retaliatory', 'pre-emptive', 'preemptive', 'nuclear', 'precision'],
  // Shooting, not a blaze: "opened fire", "came under fire", "began to fire on the crowd", "live fire".
  fire: ['open', 'opened', 'opening', 'opens', 'under', 'cross', 'gun', 'artillery', 'mortar', 'rocket', 'sniper', 'machine-gun', 'automatic', 'live', 'friendly', 'heavy', 'return', 'returned', 'returning', 'warning', 'rapid', 'hold', 'held', 'cease', 'to', 'not', "didn't", 'set', 'caught', 'catch', 'catching', 'on', 'of', 'line', 'exchange', 'exchanged', 'exchanges'],
};

/**
 * Words that name a subject only in a story about it: a fire in a story of protests ("a fire broke out at
 * the town hall") is one incident among others, and two such stories may tell of two fires. The text's
 * lead must name the subject too (see events.ts).
 */
export const STORY_ONLY_WORDS = new Set(['fire', 'fires', 'blaze', 'blazes']);

/** Words right after a subject that make it another thing: "fire officials", "the fire service", "fire crews". */
export const NOT_THE_SUBJECT_BEFORE: Record<string, string[]> = {
  // "riot police", "riot gear": the police for riots, not a riot.
  riot: ['police', 'policemen', 'officers', 'gear', 'shields', 'shield', 'squad', 'squads', 'control', 'units', 'unit', 'vans', 'trucks', 'act', 'charges', 'charge', 'helmets', 'batons', 'troops', 'forces'],
  fire: ['officials', 'official', 'service', 'services', 'chief', 'chiefs', 'brigade', 'brigades', 'crew', 'crews', 'department', 'departments', 'engine', 'engines', 'truck', 'trucks', 'alarm', 'alarms', 'safety', 'exit', 'exits', 'escape', 'station', 'stations', 'fighter', 'fighters', 'risk', 'season', 'danger', 'ban', 'weather', 'hydrant', 'extinguisher', 'extinguishers', 'door', 'doors', 'code', 'codes', 'inspector', 'inspectors', 'authorities', 'authority', 'agency', 'commissioner', 'marshal', 'marshals', 'rescue', 'and', 'on', 'at', 'into', 'rubber', 'tear', 'live', 'shots', 'warning', 'bullets', 'rounds', 'weapons', 'back'],
};

export type Phase = 'began' | 'declared' | 'ended' | 'occurred';

/** Phase words, longest first when compiled. "Since" before the date also means "began". */
export const PHASE_WORDS: Record<string, Phase> = {
  began: 'began', begun: 'began', begin: 'began', started: 'began', start: 'began', erupted: 'began',
  'broke out': 'began', 'kicked off': 'began', emerged: 'began', 'flared up': 'began', sparked: 'began',
  disrupted: 'began', restricted: 'began', restrictions: 'began', 'shut down': 'began', shutdown: 'began',
  'cut off': 'began', cut: 'began', suspended: 'began', blocked: 'began', 'went dark': 'began',
  begins: 'began', starts: 'began', erupts: 'began', 'breaks out': 'began', erupt: 'began', 'break out': 'began',
  declared: 'declared', imposed: 'declared', introduced: 'declared', proclaimed: 'declared',
  'took effect': 'declared', 'takes effect': 'declared', 'came into force': 'declared', 'comes into force': 'declared',
  'came into effect': 'declared', 'went into effect': 'declared', 'entered into force': 'declared',
  // A timeline's present tense: "5 December — Government declares a curfew", "9 December — Curfew lifts".
  declares: 'declared', imposes: 'declared', introduces: 'declared', proclaims: 'declared',
  ended: 'ended', lifted: 'ended', expired: 'ended', 'came to an end': 'ended', restored: 'ended',
  ends: 'ended', lifts: 'ended', expires: 'ended', restores: 'ended', 'comes to an end': 'ended',
  until: 'ended', 'remain in place until': 'ended', 'called off': 'ended', 'calls off': 'ended',
  // A report's nouns, with what they are of: "since the declaration of the outbreak on 18 May", "the lifting of the curfew".
  'declaration of': 'declared', 'imposition of': 'declared', 'introduction of': 'declared', 'lifting of': 'ended',
  'beginning of': 'began', 'onset of': 'began',
  happened: 'occurred', occurred: 'occurred', 'took place': 'occurred', struck: 'occurred', 'gave way': 'occurred',
  collapsed: 'occurred', 'caved in': 'occurred', exploded: 'occurred', crashed: 'occurred', derailed: 'occurred',
  capsized: 'occurred', sank: 'occurred', burst: 'occurred', breached: 'occurred',
  // Only a disaster happens (PHASE_FOR_SUBJECT): "the earthquake hit Talva on 8 November", "a blast rocked the port".
  hit: 'occurred', hits: 'occurred', rocked: 'occurred', shook: 'occurred', jolted: 'occurred', 'ripped through': 'occurred', tore: 'occurred', 'tore through': 'occurred',
};

/**
 * Phase words of one kind of subject only: a service is cut or blocked, a strike or a protest is not
 * begun by being "suspended" ("The strike was suspended on 9 October" ended it, for a while).
 */
export const PHASE_ONLY_FOR: Record<string, string[]> = Object.fromEntries([
  ...['disrupted', 'restricted', 'restrictions', 'shut down', 'shutdown', 'cut off', 'cut', 'suspended', 'blocked', 'went dark', 'restored', 'restores'].map((w) => [w, ['internet disruption']]),
  // A measure is lifted; protests are not ("the government lifted price controls, which set off the unrest").
  ...['lifted', 'lifts', 'lifting of'].map((w) => [w, ['state of emergency', 'curfew', 'lockdown', 'internet disruption', 'siege', 'evacuation']]),
]);

/**
 * Before an incident's word (up to three words back): another incident ("a second section collapsed",
 * "another blast"), or a thing that collapses only in a figure of speech ("talks collapsed", "the market crashed").
 */
export const NOT_THE_INCIDENT_BEFORE = ['second', 'third', 'another', 'further', 'new', 'later', 'subsequent', 'earlier', 'previous', 'similar', 'last', 'talks', 'negotiations', 'deal', 'ceasefire', 'truce', 'government', 'coalition', 'market', 'markets', 'economy', 'currency', 'prices', 'shares', 'stocks', 'system', 'website', 'site', 'server', 'servers', 'network', 'app', 'computer', 'computers', 'plan', 'plans', 'case', 'trial', 'support', 'morale', 'hopes', 'hope', 'spirits', 'heart', 'hearts', 'ratings', 'sales', 'profits', 'value', 'anger', 'violence', 'rage', 'outrage', 'grief', 'joy', 'protest', 'protests', 'interest', 'demand'];

/** Which phases make sense for which subject (a curfew is imposed, protests begin...). */
export const PHASE_FOR_SUBJECT: Record<string, Phase[]> = {
  protests: ['began', 'ended'],
  'state of emergency': ['declared', 'ended'],
  curfew: ['declared', 'ended'],
  'internet disruption': ['began', 'ended'],
  strike: ['began', 'ended'],
  ceasefire: ['declared', 'ended'],
  lockdown: ['declared', 'ended'],
  war: ['began', 'ended'],
  fighting: ['began', 'ended'],
  floods: ['began', 'ended'],
  fire: ['began', 'ended'],
  outbreak: ['began', 'declared', 'ended'],
  eruption: ['began', 'ended'],
  evacuation: ['began', 'declared', 'ended'],
  riot: ['began', 'ended'],
  siege: ['began', 'ended'],
  ...Object.fromEntries(INCIDENT_SUBJECTS.map((s) => [s.name, ['occurred'] as Phase[]])),
};
