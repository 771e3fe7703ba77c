import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultExpiry, expiryProblem, lastValidDay, utcToday } from './tokenRules';

describe('expiryProblem', () => {
  const today = dayjs('2026-03-01');

  it('takes a day from today up to a year ahead', () => {
    expect(expiryProblem(today, today)).toBeNull();
    expect(expiryProblem(dayjs('2027-03-01'), today)).toBeNull();
    expect(expiryProblem(defaultExpiry(today), today)).toBeNull();
  });

  it('refuses the past, beyond a year and nothing', () => {
    expect(expiryProblem(dayjs('2026-02-28'), today)).toBe('past');
    expect(expiryProblem(dayjs('2027-03-02'), today)).toBe('tooFar');
    expect(expiryProblem(null, today)).toBe('required');
  });
});

describe('utcToday', () => {
  it('is the UTC date, whatever the local time zone says', () => {
    expect(utcToday(new Date('2026-03-01T23:30:00Z')).format('YYYY-MM-DD')).toBe('2026-03-01');
    expect(utcToday(new Date('2026-03-01T00:10:00Z')).format('YYYY-MM-DD')).toBe('2026-03-01');
  });
});

describe('lastValidDay', () => {
  it('is the day before the moment the token stops working', () => {
    expect(lastValidDay('2027-02-20T00:00:00Z')).toBe('2027-02-19');
    expect(lastValidDay('2027-02-20T00:00:00.000Z')).toBe('2027-02-19');
    expect(lastValidDay('2027-02-19T23:59:59Z')).toBe('2027-02-19');
  });
});
