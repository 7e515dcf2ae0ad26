// The claim model: what the analysis produces for one source text.
// Spans are offsets into the text as JavaScript string indices (UTF-16 code units).

export type ClaimKind = 'date' | 'figure' | 'attribution';

export interface Span {
  start: number;
  end: number;
}

/** The kinds of date expression, as in the gold schema. */
export type DateType = 'date' | 'weekday' | 'relative' | 'time' | 'range' | 'month';

/** A calendar day or month with the fields the text itself states; the rest is inferred later. */
export interface DayParts {
  year?: number;
  month?: number; // 1-12
  day?: number; // 1-31
}

export interface TimeOfDay {
  hour: number; // 0-23
  minute: number;
}

/**
 * What a date expression says, before any context is applied.
 * `resolveDates` turns it into a normalised value using the document's and the folder's dates.
 */
export type DateSpec =
  | {
    form: 'day'; parts: DayParts; weekday?: number; end?: DayParts;
    /** "January 4 last year": the year relative to the document's (-1, 0, 1). */
    yearOffset?: number;
    /** The clause looks forward ("talks will resume on 20 March"): a date without a year may be months ahead. */
    future?: boolean;
    /** The clause looks back ("last summer, on July 4"): the latest such day not after the document's. */
    past?: boolean;
    /**
     * Background, no slip of the story's timeline: a relative clause about someone or something ("the
     * president, who was re-elected on 5 June,"), or a time before the story's ("the government had raised prices on 1 July").
     */
    background?: boolean;
    /** The year is not the date's own but the one its sentence opens with ("In 2019, ... on November 16"). */
    sentenceYear?: boolean;
    /** The date heads a short line of its own ("## Monday 13 October", "Updated Tuesday 14 October 2025, 18:40"): the day of the entries under it. */
    header?: boolean;
    /** The date is all its line says ("**Tuesday 14 October**"): a live blog's day; what follows is written on it. */
    dateLine?: boolean;
  }
  | { form: 'month'; parts: DayParts }
  /** `last`: "last Friday", never the reference day itself (in a Friday's paper, the Friday before). */
  | { form: 'weekday'; weekday: number; direction: 'past' | 'future'; last?: boolean }
  | { form: 'relative'; offset: number; anchor: 'reference' | 'previous' }
  | {
    form: 'time'; time: TimeOfDay; end?: TimeOfDay;
    /** A time opening its line before a dash, a live blog's entry ("**16:05** – ..."): on the day of the heading above, not of the story told. */
    stamp?: boolean;
  };

export interface ClaimBase extends Span {
  id: string;
  kind: ClaimKind;
  text: string;
  /** Index of the sentence the claim sits in (see segment.ts). */
  sentence: number;
  /** The extractor that found it, for tracing and hover. */
  extractor: string;
}

export interface DateClaim extends ClaimBase {
  kind: 'date';
  type: DateType;
  spec: DateSpec;
  /** `YYYY-MM-DD`, `YYYY-MM`, `HH:MM`, `START/END`, or null when unknown. */
  value: string | null;
  /** For times: the day (`YYYY-MM-DD`) the text is talking about, when known. */
  day: string | null;
  /** Which parts of the value were inferred rather than stated ("year", "day", "weekday"). */
  inferred: readonly string[];
  /** The event the date is the time of ("protests began"), or null. Set by the event refiner. */
  event: string | null;
  attribution: string | null;
  /**
   * The neighbouring day the fact allows too; the value stays. 'next': a night runs over midnight
   * ("overnight on Tuesday", "the night of March 4", "Tuesday night"). 'previous': a midnight time, or a
   * measure taking effect ("the curfew took effect on March 6": it may have been declared on March 5).
   */
  reach: 'next' | 'previous' | null;
}

export type Outcome = 'killed' | 'injured' | 'detained' | 'missing';
export type Group = 'protesters' | 'security' | 'civilians' | 'people';

export interface FigureClaim extends ClaimBase {
  kind: 'figure';
  min: number;
  max: number | null;
  approx: boolean;
  /** For vague quantities ("dozens") the largest value the word still plausibly covers. */
  ceiling: number | null;
  outcome: Outcome;
  group: Group;
  /**
   * 'total' for a toll; 'partial' for one incident, one place or a subset ("two of them"); 'past' for
   * an earlier event the text recalls ("in 2019, similar protests left 300 dead"). Only totals are
   * compared across sources.
   */
  scope: 'total' | 'partial' | 'past' | 'period';
  /** The text says a toll rose to this count ("has climbed to 37", "rose to 41", "41, up from 23"). */
  rising: boolean;
  /** The text says a toll was corrected to this count, either way ("revised down to 31", "31, down from 35"). */
  revised: boolean;
  /** A count the text rejects beside this one ("19, not 17 as the authorities claim": 17), or null: a dispute, not an update. */
  rejects: number | null;
  attribution: string | null;
}

export interface AttributionClaim extends ClaimBase {
  kind: 'attribution';
  /** The agent, normalised to its fullest name in the document. */
  source: string;
  cue: string;
}

export type Claim = DateClaim | FigureClaim | AttributionClaim;

export interface Problem {
  /** A message about the input itself (not about the facts), e.g. a weekday that contradicts its date. */
  code: 'weekday-mismatch';
  start: number;
  end: number;
  message: string;
}

export interface DocumentAnalysis {
  /** The document's own date (a dateline or a date standing alone near the top), `YYYY-MM-DD` or null. */
  published: string | null;
  /** The year most used by full dates in the text, for dates stated without one. */
  textYear: number | null;
  claims: Claim[];
  problems: Problem[];
}
