// Words for sourcing: the cue verbs, and the nouns a source can be.

/** Cue verbs and phrases that follow their source: "X said", "X has urged", "X is calling for". */
export const CUES_AFTER_SOURCE = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'stated', 'states', 'reported', 'reports', 'announced',
  'announces', 'urged', 'urges', 'stressed', 'stresses', 'added', 'adds', 'claimed', 'claims', 'concluded',
  'noted', 'notes', 'explained', 'warned', 'warns', 'insisted', 'confirmed', 'denied', 'declared',
  'acknowledged', 'alleged', 'wrote', 'writes', 'tweeted', 'recalled', 'cautioned', 'highlighted',
  'reminded', 'emphasized', 'emphasised', 'indicated', 'indicates', 'indicate', 'counted', 'identified', 'called on',
  'calls on', 'called for', 'calls for', 'calling for', 'described', 'blamed', 'spoke of', 'responds',
  'responded', 'estimated', 'estimates', 'estimate', 'accused', 'accuses', 'believe', 'believes', 'observed', 'argued', 'asserted', 'disclosed', 'revealed',
  'testified', 'admitted', 'maintained', 'suggested', 'suggest', 'suggests', 'recounted', 'explained',
  'can be heard saying', 'quoted', 'documented', 'recorded', 'verified', 'insists', 'maintains', 'claim',
  // The wording of translated and official reports: "the ministry informed that", "she pointed out that".
  'informed', 'informs', 'pointed out', 'points out', 'underlined', 'underlines', 'clarified', 'specified', 'reiterated',
  // A finding: "the inquiry found that", "an analysis by the group finds that" (see STATEMENT_ONLY_BEFORE).
  'found', 'finds',
  // A source's change to its own count: "Officials revised the death toll down to 125" (see STATEMENT_ONLY_BEFORE).
  'revised', 'revises', 'raised', 'raises', 'lowered', 'lowers', 'updated', 'updates',
  // A monitor's reports and concerns: "OHCHR has received credible reports that", "the Rapporteur expressed concern over".
  'received reports', 'received credible reports', 'received information', 'received credible information',
  'expressed concern', 'expressed deep concern', 'expressed grave concern', 'expressed alarm', 'expresses concern', 'expresses deep concern',
  // A start of reporting: "users and media began to report restrictions".
  'began to report', 'begun to report', 'started to report', 'began reporting', 'started reporting',
  // A post is a statement: "The army posted on Telegram that 6 soldiers were killed".
  'posted on', 'wrote on',
  // A characterisation: "the president referred to the protesters as 'terrorist gangs'".
  'referred to',
  // Only after records and tallies: "hospital records show", "data from the ministry showed".
  'show', 'shows', 'showed',
  // Only after a document, closing what it says: '"...," the statement read.'
  'read', 'reads',
  // Only before "as saying": "Local media cited a hospital doctor as saying ...".
  'cited',
  // A press release's present tense: "The Government confirms that 19 persons are still missing".
  'confirms', 'confirm', 'denies', 'declares', 'acknowledges', 'alleges', 'concludes', 'recalls', 'highlights',
  'reveals', 'admits', 'argues', 'asserts', 'observes', 'cautions', 'reminds', 'emphasizes', 'emphasises', 'tweets',
  // "The League put the number of arrests at over 600": a source's own estimate.
  'put the number', 'puts the number', 'put the toll', 'puts the toll', 'put the death toll', 'puts the death toll',
  'put the figure', 'puts the figure', 'put the tally', 'puts the tally', 'put the total', 'puts the total',
  'put the count', 'puts the count', 'put the overall', 'puts the overall',
  // Only in the passive, with its agent (see STATEMENT_ONLY_BEFORE): "Her comments were endorsed by several other experts".
  'endorsed', 'echoed',
  // "The interior ministry gave a figure of 230 detentions".
  'gave a figure', 'gives a figure', 'gave the figure', 'gave a toll', 'gave a death toll', 'gave the toll', 'gave the death toll',
  'gave a number', 'gave the number', 'gave a total', 'gives a toll', 'gives the toll',
];

/** Cue verbs that may precede their source: "said Jonathan Smith", "added the ministry". */
export const CUES_BEFORE_SOURCE = ['said', 'says', 'say', 'added', 'adds', 'wrote', 'warned', 'noted', 'stressed', 'reported', 'urged', 'explained', 'insisted', 'confirmed', 'recalled'];

/** Head nouns a source can end with ("a city police spokesperson", "the experts"). */
export const SOURCE_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officials', 'officer', 'officers',
  'minister', 'ministry', 'office', 'police', 'government', 'authorities', 'authority', 'expert', 'experts',
  'witness', 'witnesses', 'protester', 'protesters', 'protestor', 'journalist', 'journalists', 'reporter',
  'reporters', 'researcher', 'researchers', 'analyst', 'analysts', 'chief', 'head', 'director', 'president',
  'commissioner', 'rapporteur', 'agency', 'department', 'council', 'committee', 'group', 'organization',
  'organisation', 'report', 'reports', 'statement', 'statements', 'media', 'sources', 'source', 'resident', 'residents',
  'doctor', 'doctors', 'employee', 'employees', 'activist', 'activists', 'lawyer', 'lawyers', 'prosecutor',
  'prosecutors', 'army', 'military', 'commander', 'commanders', 'mayor', 'governor', 'leader', 'leaders',
  'version', 'colleague', 'investigators', 'observers', 'monitors', 'medics', 'hospital', 'spokespersons',
  'people', 'person', 'man', 'woman', 'men', 'women', 'representative', 'representatives', 'envoy',
  'secretary', 'general', 'ambassador', 'embassy', 'service', 'services', 'ministries', 'board', 'union',
  'party', 'chair', 'chairman', 'chairwoman', 'founder', 'coordinator', 'correspondent', 'editor', 'users',
  'survivor', 'survivors', 'relatives', 'family', 'families', 'friend', 'neighbour', 'neighbor', 'nurse',
  'paramedic', 'paramedics', 'staff', 'worker', 'workers', 'others', 'other', 'agencies', 'operator',
  'opposition', 'television', 'tv', 'radio', 'newspaper', 'broadcaster', 'outlet', 'channel', 'website',
  'administration', 'institute', 'commission', 'court', 'judge', 'judges', 'parliament', 'cabinet', 'presidency',
  'bureau', 'centre', 'center', 'watchdog', 'company', 'firm', 'airline', 'charity', 'mission', 'delegation',
  'figures', 'statistics', 'estimates', 'estimate', 'tally', 'tallies', 'data', 'records', 'documents', 'accounts', 'testimonies', 'panel', 'rapporteurs',
  'coalition', 'alliance', 'association', 'federation', 'network', 'networks', 'syndicate', 'observatory', 'collective', 'scientists', 'meteorologists', 'seismologists',
  'rescuers', 'firefighters', 'volunteers', 'teachers', 'students', 'villagers', 'locals', 'eyewitness',
  'eyewitnesses', 'soldiers', 'troops', 'fighters', 'rebels', 'militants', 'campaigners', 'organisers', 'organizers',
  'inspectorate', 'directorate', 'secretariat', 'regulator', 'coroner', 'inspector', 'inspectors', 'ombudsman',
  'coastguard', 'guard', 'guards', 'manager', 'owner', 'operators', 'investigator', 'examiner', 'pathologist', 'pathologists',
  'groups', 'organizations', 'organisations', 'committees', 'councils', 'unions', 'parties', 'hospitals', 'clinic', 'clinics',
  'defenders', 'advocates', 'nurses', 'physicians', 'surgeons', 'bystanders', 'mourners', 'demonstrators', 'protestors', 'lawmakers', 'legislators', 'diplomats', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesmen', 'spokeswomen', 'farmers', 'traders', 'shopkeepers', 'drivers', 'citizens', 'physician', 'surgeon', 'medic', 'negotiators', 'politicians',
  'student', 'farmer', 'shopkeeper', 'teacher', 'driver', 'trader', 'engineer', 'villager', 'victim', 'passenger', 'priest', 'imam', 'pastor', 'vendor', 'lecturer', 'professor', 'scientist', 'rescuer', 'firefighter', 'volunteer', 'soldier', 'fighter', 'organiser', 'organizer', 'campaigner', 'defender', 'advocate', 'lawmaker', 'legislator', 'diplomat', 'politician', 'bystander', 'mourner', 'demonstrator', 'teenager', 'citizen',
  // Kin, who speak for the dead and the missing: "her aunt told", "his brother said".
  'aunt', 'uncle', 'mother', 'father', 'brother', 'sister', 'son', 'daughter', 'cousin', 'wife', 'husband',
  'parents', 'grandmother', 'grandfather', 'nephew', 'niece', 'widow', 'brothers', 'sisters', 'sons', 'daughters',
]);

/** Lower-case words that may stand inside a source before its head ("human rights experts"). */
export const SOURCE_MODIFIERS = new Set([
  'human', 'rights', 'police', 'local', 'state', 'foreign', 'interior', 'health', 'defence', 'defense',
  'senior', 'former', 'deputy', 'regional', 'national', 'international', 'female', 'male', 'older', 'young',
  'younger', 'interim', 'military', 'security', 'news', 'media', 'government', 'press', 'prosecutor’s',
  "prosecutor's", 'chief', 'city', 'district', 'emergency', 'official', 'independent', 'several', 'other',
  'two', 'three', 'four', 'many', 'some', 'morgue', 'hospital', 'army', 'opposition', 'rescue', 'fire',
  'public', 'federal', 'provincial', 'municipal', 'top', 'high', 'special', 'general', 'acting', 'civil',
  'conflict', 'crisis', 'eyewitness', 'medical', 'legal', 'ministry', 'foreign', 'affairs', 'defence',
  'humanitarian', 'unnamed', 'anonymous', 'another', 'one', 'first', 'second', 'third',
  'main', 'central', 'largest', 'biggest', 'university', 'teaching', 'private', 'coast', 'border', 'prison',
]);

/** Places a speaker is in or at: "doctors in the capital", "witnesses at the scene", "officials in the province". */
export const SPEAKER_PLACES = new Set([
  'capital', 'city', 'town', 'village', 'villages', 'region', 'province', 'district', 'area', 'areas', 'county',
  'neighbourhood', 'neighborhood', 'north', 'south', 'east', 'west', 'scene', 'square', 'port', 'camp', 'camps',
  'border', 'country', 'countries', 'cities', 'towns', 'regions', 'provinces', 'districts', 'valley', 'island', 'suburbs', 'countryside', 'streets', 'ground', 'site', 'morgue',
  // Venues an event happens at: "our correspondent at the stadium says".
  'stadium', 'mine', 'factory', 'plant', 'prison', 'airport', 'station', 'court', 'courthouse', 'market', 'harbour', 'harbor',
  'docks', 'shelter', 'shelters', 'compound', 'checkpoint', 'crossing', 'frontline', 'venue', 'hospital', 'hospitals', 'school', 'campus',
]);

/** Determiners that may open a source. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/** Titles written with a full stop before a name ("Dr. Hana Voss"): the tokenizer keeps the stop, sources drop the title. */
export const NAME_TITLES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Maj', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'Insp', 'Supt', 'Cpl', 'Pvt', 'Fr']);

/** Pronouns that can be a source, resolved to the nearest earlier source. */
export const PRONOUNS: Record<string, 'singular' | 'plural' | 'neuter'> = { he: 'singular', she: 'singular', they: 'plural', it: 'neuter' };

/**
 * A person's roles: an appositive opens with one without an article ("Ada Kesh, head of the union,
 * told"), and a later "the researcher" is the person named with it.
 */
export const ROLE_HEADS = new Set([
  'chief', 'commissioner', 'president', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'head',
  'mayor', 'governor', 'rapporteur', 'secretary', 'ambassador', 'envoy', 'commander', 'prosecutor', 'leader',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'coordinator', 'founder', 'co-founder', 'editor', 'correspondent',
  'member', 'deputy', 'researcher', 'representative', 'executive', 'manager', 'owner', 'organiser', 'organizer',
]);

/** Pronouns after a forward cue: "according to him". */
export const OBJECT_PRONOUNS: Record<string, 'singular' | 'plural'> = { him: 'singular', her: 'singular', them: 'plural' };

/** Capitalised words that open sentences and are never part of a name. */
export const CAPITALISED_STOPWORDS = new Set([
  'the', 'a', 'an', 'then', 'later', 'but', 'and', 'or', 'however', 'also', 'meanwhile', 'earlier', 'yesterday',
  'today', 'on', 'in', 'at', 'after', 'before', 'when', 'while', 'as', 'if', 'although', 'since', 'this',
  'that', 'these', 'those', 'it', 'we', 'i', 'you', 'there', 'here', 'by', 'for', 'from', 'with', 'to', 'of',
  'so', 'yet', 'instead', 'still', 'now', 'finally', 'separately', 'last', 'next', 'some', 'many', 'most',
  'all', 'both', 'each', 'every', 'no', 'not', 'only', 'even', 'just', 'what', 'which', 'who', 'whom',
  'whose', 'where', 'why', 'how', 'during', 'until', 'despite', 'under', 'over', 'between', 'among',
  'around', 'about', 'according', 'regardless', 'because', 'once', 'though', 'unless', 'whether', 'my',
  // No one in particular: "Nobody tells us anything", "Everyone says the dam was cracked".
  'nobody', 'none', 'everyone', 'everybody', 'anyone', 'anybody', 'nothing', 'everything',
]);

/** Words after "according to" that are rules or plans, not sources. */
export const NOT_SOURCES = new Set([
  'law', 'laws', 'plan', 'plans', 'procedure', 'procedures', 'rules', 'rule', 'schedule', 'standards',
  'principles', 'protocol', 'tradition', 'custom', 'legislation', 'constitution', 'regulations', 'policy',
]);

/** Adverbs and fillers that may stand between a source and its cue. */
export const BETWEEN_SOURCE_AND_CUE = new Set([
  'also', 'reportedly', 'later', 'previously', 'earlier', 'separately', 'recently', 'again', 'further',
  'then', 'allegedly', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'today', 'yesterday', 'publicly',
  'initially', 'first', 'repeatedly', 'once', 'had', 'would', 'will', 'could', 'may', 'might', 'has',
  'subsequently', 'quickly', 'officially', 'openly', 'immediately', 'specifically', 'simply', '*', 'been', 'being',
  'both', // "The ministry and the Red Cross both said"
  'now', 'still', 'since', 'meanwhile', 'likewise', 'formally', // "The ministry now says", "Officials have since said"
]);

/** Two or three capitalised words and nothing else: a person's name ("Mara Lind", "Leena Das"). */
export const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}$/u;
