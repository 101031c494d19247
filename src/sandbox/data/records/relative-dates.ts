// Dates relative to "now", so the records' date filters keep returning data whatever day it is: fixed dates would drift out of the search windows.

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day `days` away from `now`. */
export const toDate = (now: Date, days: number): string =>
  new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);

/** A FHIR dateTime on the day `days` away from `now` at `time` (HH:MM), written with a `+00:00` offset. */
export const toDateTime = (now: Date, days: number, time: string): string => `${toDate(now, days)}T${time}:00+00:00`;

/** The calendar year `years` before `now` (for year-only partial dates). */
export const toYear = (now: Date, years: number): string => String(now.getUTCFullYear() - years);
