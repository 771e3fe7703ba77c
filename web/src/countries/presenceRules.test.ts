import dayjs from 'dayjs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import '../i18n/i18n';
import { noteLength, noteProblem, presenceRules, sinceProblem } from './presenceRules';

const today = dayjs('2025-10-13');

describe('sinceProblem', () => {
  it('accepts no date, today and any day since 1991', () => {
    expect(sinceProblem(null, today)).toBeNull();
    expect(sinceProblem(today, today)).toBeNull();
    expect(sinceProblem(dayjs('1991-01-01'), today)).toBeNull();
  });

  it('rejects a future date', () => {
    expect(sinceProblem(dayjs('2025-10-14'), today)).toBe('sinceInFuture');
  });

  it('rejects a date before 1991', () => {
    expect(sinceProblem(dayjs('1990-12-31'), today)).toBe('sinceTooEarly');
  });
});

describe('noteProblem', () => {
  it('allows up to 2000 characters', () => {
    expect(noteProblem(undefined)).toBeNull();
    expect(noteProblem('x'.repeat(2000))).toBeNull();
    expect(noteProblem('x'.repeat(2001))).toBe('noteTooLong');
  });

  it('counts an emoji as one character, as the server does', () => {
    expect(noteLength('🌍')).toBe(1);
    expect(noteProblem('🌍'.repeat(2000))).toBeNull();
  });
});

describe('presenceRules', () => {
  type Validator = (rule: unknown, value: unknown) => Promise<void>;
  const validate = (rules: { validator?: unknown }[], value: unknown) =>
    (rules[0]?.validator as Validator)({}, value);

  it('explains a future date in the reader language', async () => {
    await i18next.changeLanguage('en');
    const rules = presenceRules(i18next.t, () => today);
    await expect(validate(rules.since, dayjs('2030-01-01'))).rejects.toThrow(
      'The date cannot be in the future',
    );
    await expect(validate(rules.since, dayjs('2020-01-01'))).resolves.toBeUndefined();

    await i18next.changeLanguage('ru');
    const russian = presenceRules(i18next.t, () => today);
    await expect(validate(russian.note, 'я'.repeat(2001))).rejects.toThrow(
      'Примечание должно быть не длиннее 2000 символов',
    );
    await i18next.changeLanguage('en');
  });
});
