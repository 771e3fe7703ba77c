import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dateProblem, plausibleWebsite, validInn, validOgrn } from './formRules';

describe('validInn', () => {
  it('accepts INNs with the right check digits', () => {
    expect(validInn('7707083893')).toBe(true); // an organisation: 10 digits
    expect(validInn('500100732259')).toBe(true); // an entrepreneur: 12 digits
  });

  it('refuses wrong check digits, lengths and letters', () => {
    expect(validInn('7707083894')).toBe(false);
    expect(validInn('500100732258')).toBe(false);
    expect(validInn('770708389')).toBe(false);
    expect(validInn('77070838931')).toBe(false);
    expect(validInn('77070838a3')).toBe(false);
  });
});

describe('validOgrn', () => {
  it('accepts OGRNs with the right check digit', () => {
    expect(validOgrn('1027700132195')).toBe(true);
    expect(validOgrn('304500116000157')).toBe(true);
  });

  it('refuses wrong check digits and lengths', () => {
    expect(validOgrn('1027700132196')).toBe(false);
    expect(validOgrn('304500116000158')).toBe(false);
    expect(validOgrn('10277001321')).toBe(false);
  });
});

describe('plausibleWebsite', () => {
  it('accepts what the server accepts', () => {
    expect(plausibleWebsite('example.ru')).toBe(true);
    expect(plausibleWebsite('https://www.example.ru/about')).toBe(true);
    expect(plausibleWebsite('')).toBe(true);
  });

  it('refuses what is not a web address', () => {
    expect(plausibleWebsite('localhost')).toBe(false);
    expect(plausibleWebsite('ftp://example.ru')).toBe(false);
    expect(plausibleWebsite('name@example.ru')).toBe(false);
    expect(plausibleWebsite('https://.example')).toBe(false);
  });
});

describe('dateProblem', () => {
  const today = dayjs('2025-06-10');
  it('refuses the future and dates before 1991', () => {
    expect(dateProblem(dayjs('2025-06-10'), today)).toBeNull();
    expect(dateProblem(dayjs('2025-06-11'), today)).toBe('future');
    expect(dateProblem(dayjs('1990-12-31'), today)).toBe('early');
    expect(dateProblem(null, today)).toBeNull();
  });
});
