import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';

// The limits of the server (src/domains/contacts/rules.hpp), checked here first.
export const MAX_NAME = 200;
export const MAX_POSITION = 200;
export const MAX_EMAIL = 254;
export const MAX_PHONE = 40;
export const MAX_LANGUAGES = 10;
export const MAX_NOTES = 2000;
const MIN_PHONE_DIGITS = 5;
const EARLIEST_CONSENT = '1991-01-01';

/** An address with one @ and a dotted domain: catches typos, as the server does, not reachability. */
export function plausibleEmail(email: string): boolean {
  const at = email.indexOf('@');
  if (at <= 0 || email.indexOf('@', at + 1) !== -1) return false;
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  if (dot <= 0 || dot + 1 >= domain.length) return false;
  return !/[\s<>()[\],;:"]/.test(email) && !domain.startsWith('.') && !domain.includes('..');
}

/** Digits with the usual separators and enough digits to be a number. */
export function plausiblePhone(phone: string): boolean {
  return /^[\d +()-]*$/.test(phone) && (phone.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS;
}

type Getter = (name: string) => unknown;

/** The antd rules of the contact dialog, in the reader's language. */
export function contactRules(t: TFunction, today: Dayjs) {
  const max = (limit: number): Rule => ({
    max: limit,
    message: t('contacts.errors.tooLong', { max: limit }),
  });
  const oneName = ({ getFieldValue }: { getFieldValue: Getter }): Rule => ({
    validator: async () => {
      const ru = String(getFieldValue('name_ru') ?? '').trim();
      const en = String(getFieldValue('name_en') ?? '').trim();
      if (!ru && !en) throw new Error(t('contacts.errors.nameRequired'));
    },
  });
  return {
    name: [oneName, max(MAX_NAME)] as Rule[],
    position: [max(MAX_POSITION)] as Rule[],
    email: [
      max(MAX_EMAIL),
      {
        validator: async (_, email: string | undefined) => {
          if (email?.trim() && !plausibleEmail(email.trim()))
            throw new Error(t('contacts.errors.emailInvalid'));
        },
      },
    ] as Rule[],
    phone: [
      max(MAX_PHONE),
      {
        validator: async (_, phone: string | undefined) => {
          if (phone?.trim() && !plausiblePhone(phone.trim()))
            throw new Error(t('contacts.errors.phoneInvalid'));
        },
      },
    ] as Rule[],
    languages: [
      {
        type: 'array',
        max: MAX_LANGUAGES,
        message: t('contacts.errors.tooManyLanguages', { max: MAX_LANGUAGES }),
      },
      {
        validator: async (_, codes: string[] | undefined) => {
          const wrong = (codes ?? []).find((code) => !/^[a-z]{2}$/i.test(code.trim()));
          if (wrong !== undefined) throw new Error(t('solutions.errors.languageInvalid', { code: wrong }));
        },
      },
    ] as Rule[],
    consentDate: [
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, date: Dayjs | null | undefined) => {
          if (date && date.isAfter(today, 'day')) throw new Error(t('contacts.errors.consentFuture'));
          if (date && date.format('YYYY-MM-DD') < EARLIEST_CONSENT)
            throw new Error(t('contacts.errors.consentEarly'));
          if (!date && getFieldValue('consent_basis') === 'consent') {
            throw new Error(t('contacts.errors.consentDateRequired'));
          }
        },
      }),
    ] as Rule[],
    consentBasis: [
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, basis: string | null | undefined) => {
          if (!basis && getFieldValue('consent_date'))
            throw new Error(t('contacts.errors.consentBasisRequired'));
        },
      }),
    ] as Rule[],
    notes: [max(MAX_NOTES)] as Rule[],
  };
}
