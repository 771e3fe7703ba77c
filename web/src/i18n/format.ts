import type { Language } from './i18n';

// API dates are calendar dates (YYYY-MM-DD). Formatting them in UTC keeps 2024-03-15 from
// turning into the 14th for a reader west of Greenwich.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(date: string | null | undefined, language: Language): string {
  if (!date) return '';
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : format.format(parsed);
}

export function formatDateTime(instant: string | null | undefined, language: Language): string {
  if (!instant) return '';
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return parsed.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A moment to the second, for the audit trail where the order of events matters. */
export function formatInstant(instant: string | null | undefined, language: Language): string {
  if (!instant) return '';
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return parsed.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** What DatePicker shows and accepts: the first format displays, all of them parse. */
export function datePickerFormats(language: Language): string[] {
  return language === 'ru' ? ['DD.MM.YYYY', 'YYYY-MM-DD'] : ['YYYY-MM-DD', 'DD.MM.YYYY'];
}

/**
 * How long until something may be tried again, as a phrase that fits after "try again":
 * "in 45 seconds", "через 3 минуты". Minutes are rounded up, so the wait is never understated.
 */
export function formatWait(seconds: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? format.format(whole, 'second') : format.format(Math.ceil(whole / 60), 'minute');
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long ago `since` was, in the largest whole unit that fits: "45 min", "5 hr", "3 days"
 * ("3 дн."). For the time a record has spent in its state; a moment ahead of `now` (clocks
 * apart) counts as just now.
 */
export function formatElapsed(since: string, now: number, language: Language): string {
  const start = Date.parse(since);
  if (Number.isNaN(start)) return '';
  const elapsed = Math.max(0, now - start);
  const [amount, unit]: [number, 'day' | 'hour' | 'minute'] =
    elapsed >= DAY_MS
      ? [Math.floor(elapsed / DAY_MS), 'day']
      : elapsed >= HOUR_MS
        ? [Math.floor(elapsed / HOUR_MS), 'hour']
        : [Math.max(1, Math.floor(elapsed / MINUTE_MS)), 'minute'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(amount);
}

/**
 * A span of time in its two largest units, shortened: "3 days 4 hr", "5 hr 12 min", "40 min"
 * ("3 дн. 4 ч"). For the median time to resolve; under a minute counts as one.
 */
export function formatDuration(seconds: number, language: Language): string {
  const unit = (amount: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(amount);
  const minutes = Math.max(1, Math.round(Math.max(0, seconds) / 60));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return rest > 0 ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  return unit(rest, 'minute');
}

/** A share (0..1) as a percentage to a tenth: "87.5%" ("87,5 %"). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
