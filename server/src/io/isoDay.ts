// A calendar day written YYYY-MM-DD, as the CLI's --reference-date and the referenceDate setting take it.
import * as z from 'zod';
import { parseDay } from '../analysis/calendarMath.ts';

export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((s) => parseDay(s) !== null, { message: 'no such day in the calendar' });
