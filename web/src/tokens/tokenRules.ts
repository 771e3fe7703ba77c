import dayjs, { type Dayjs } from 'dayjs';

// Mirrors TokenInput in docs/openapi.yaml.
export const TOKEN_NAME_MAX_LENGTH = 100;
const DEFAULT_LIFETIME_DAYS = 90;

export type ExpiryProblem = 'required' | 'past' | 'tooFar';

/**
 * Today's date in UTC, as the server counts the days of a token, as a local calendar day
 * for the date picker.
 */
export function utcToday(now: Date = new Date()): Dayjs {
  return dayjs(now.toISOString().slice(0, 10));
}

/** The last day a token works: from today (UTC) up to a year ahead. */
export function expiryProblem(day: Dayjs | null | undefined, today: Dayjs): ExpiryProblem | null {
  if (!day) return 'required';
  if (day.isBefore(today, 'day')) return 'past';
  if (day.isAfter(today.add(1, 'year'), 'day')) return 'tooFar';
  return null;
}

export function defaultExpiry(today: Dayjs): Dayjs {
  return today.add(DEFAULT_LIFETIME_DAYS, 'day');
}

/**
 * The last day a token works (UTC, YYYY-MM-DD), from its `expires_at`: the moment it stops
 * working, which is the start of the next day when it was created with `expires_on`.
 */
export function lastValidDay(expiresAt: string): string {
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return expiresAt.slice(0, 10);
  return new Date(end - 1).toISOString().slice(0, 10);
}
