// UK civil time, shared by the sandbox, the consumer core and the widgets: dates and `+00:00`/`+01:00` offsets as GP Connect writes them (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instant British Summer Time starts or ends in `year`: 01:00 UTC on the last Sunday of the month. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY;
}

/** Minutes the UK is ahead of UTC at `instant`: 60 in BST, 0 in GMT. */
export function ukOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const t = instant.getTime();
  return t >= lastSundayAtOneUtc(year, 2) && t < lastSundayAtOneUtc(year, 9) ? 60 : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The UK wall-clock fields of an instant. */
function ukFields(instant: Date) {
  const local = new Date(instant.getTime() + ukOffsetMinutes(instant) * 60_000);
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    min: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  };
}

/** `yyyy-mm-dd` of the UK calendar day containing `instant`. */
export function ukDate(instant: Date): string {
  const { y, m, d } = ukFields(instant);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** `yyyy-mm-ddThh:mm:ss+hh:mm` in UK local time, the only form appointment times take. */
export function toUkDateTime(instant: Date): string {
  const { y, m, d, h, min, s } = ukFields(instant);
  return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:${pad(s)}+0${ukOffsetMinutes(instant) / 60}:00`;
}

/** The instant of a UK wall-clock time on a `yyyy-mm-dd` day (daytime hours only, so never inside a clock change). */
export function fromUkLocal(date: string, hours: number, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, hours, minutes);
  const inSummer = new Date(asUtc - HOUR);
  return ukOffsetMinutes(inSummer) === 60 ? inSummer : new Date(asUtc);
}

/** The `yyyy-mm-dd` day `days` after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** True when `value` carries the UK offset that is right for its own date and time. */
export function hasCorrectUkOffset(value: string): boolean {
  const match = /([+-]\d\d:\d\d)$/.exec(value);
  const instant = new Date(value);
  if (!match || Number.isNaN(instant.getTime())) return false;
  return match[1] === `+0${ukOffsetMinutes(instant) / 60}:00`;
}
