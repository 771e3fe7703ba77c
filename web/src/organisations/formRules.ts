import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { MarketValues, ResidentValues } from './formValues';
import { HOME_COUNTRY } from './vocabulary';

// The limits of the server (src/domains/organisations/rules.hpp), checked here first so a
// reader learns of a mistake where it is, before anything is sent.
export const MAX_NAME = 300;
export const MAX_DESCRIPTION = 5000;
export const MAX_WEBSITE = 300;
export const MAX_NOTE = 500;
export const MAX_ACCREDITATION_NUMBER = 50;
export const MAX_SECTORS = 20;
export const EARLIEST_DATE = '1991-01-01';

const digits = (text: string) => [...text].map(Number);

function checkDigit(values: number[], weights: number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * (values[index] ?? 0), 0);
  return (sum % 11) % 10;
}

/** An INN with the right check digits: 10 digits for an organisation, 12 for an entrepreneur. */
export function validInn(inn: string): boolean {
  if (!/^(\d{10}|\d{12})$/.test(inn)) return false;
  const d = digits(inn);
  if (d.length === 10) return checkDigit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  return (
    checkDigit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
    checkDigit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
  );
}

/** An OGRN with the right check digit: 13 digits (mod 11), 15 for an entrepreneur (mod 13). */
export function validOgrn(ogrn: string): boolean {
  if (!/^(\d{13}|\d{15})$/.test(ogrn)) return false;
  const body = Number(ogrn.slice(0, -1));
  const modulus = ogrn.length === 13 ? 11 : 13;
  return (body % modulus) % 10 === Number(ogrn.slice(-1));
}

/** A web address the server accepts: a host with a dot, `https://` assumed when missing. */
export function plausibleWebsite(website: string): boolean {
  const trimmed = website.trim();
  if (trimmed === '') return true;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const match = /^https?:\/\/([^/]*)/i.exec(withScheme);
  const host = match?.[1] ?? '';
  return host.includes('.') && !host.startsWith('.') && !host.endsWith('.') && !/[\s@"<>]/.test(host);
}

/** Why a date is refused, or null: not before 1991 and not after today. */
export function dateProblem(day: Dayjs | null | undefined, today: Dayjs): 'future' | 'early' | null {
  if (!day) return null;
  if (day.isAfter(today, 'day')) return 'future';
  if (day.format('YYYY-MM-DD') < EARLIEST_DATE) return 'early';
  return null;
}

type Getter = (name: (string | number)[] | string) => unknown;

/** The antd rules of the organisation form, in the reader's language. */
export function organisationRules(t: TFunction, today: Dayjs) {
  const max = (limit: number): Rule => ({
    max: limit,
    message: t('organisations.errors.tooLong', { max: limit }),
  });
  const date: Rule = {
    validator: async (_, value: Dayjs | null | undefined) => {
      const problem = dateProblem(value, today);
      if (problem) throw new Error(t(`organisations.errors.date_${problem}`));
    },
  };
  const oneName = ({ getFieldValue }: { getFieldValue: Getter }): Rule => ({
    validator: async () => {
      const ru = String(getFieldValue('name_ru') ?? '').trim();
      const en = String(getFieldValue('name_en') ?? '').trim();
      if (!ru && !en) throw new Error(t('organisations.errors.nameRequired'));
    },
  });
  return {
    kind: [{ required: true, message: t('organisations.errors.kindRequired') }] as Rule[],
    name: [oneName, max(MAX_NAME)] as Rule[],
    country: [
      { required: true, message: t('organisations.errors.countryRequired') },
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, country: string | undefined) => {
          const kind = getFieldValue('kind');
          if (kind === 'domestic_company' && country && country !== HOME_COUNTRY) {
            throw new Error(t('organisations.errors.domesticAbroad'));
          }
          if (kind === 'foreign_company' && country === HOME_COUNTRY) {
            throw new Error(t('organisations.errors.foreignAtHome'));
          }
        },
      }),
    ] as Rule[],
    inn: [
      {
        validator: async (_, inn: string | undefined) => {
          if (inn && inn.trim() && !validInn(inn.trim()))
            throw new Error(t('organisations.errors.innInvalid'));
        },
      },
    ] as Rule[],
    ogrn: [
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, value: string | undefined) => {
          const ogrn = (value ?? '').trim();
          if (!ogrn) return;
          if (!validOgrn(ogrn)) throw new Error(t('organisations.errors.ogrnInvalid'));
          const inn = String(getFieldValue('inn') ?? '').trim();
          if (validInn(inn) && (inn.length === 10) !== (ogrn.length === 13)) {
            throw new Error(t('organisations.errors.ogrnMismatch'));
          }
        },
      }),
    ] as Rule[],
    website: [
      max(MAX_WEBSITE),
      {
        validator: async (_, website: string | undefined) => {
          if (website && !plausibleWebsite(website))
            throw new Error(t('organisations.errors.websiteInvalid'));
        },
      },
    ] as Rule[],
    hqRegion: [{ pattern: /^RU-[A-Z]{2,3}$/, message: t('organisations.errors.regionInvalid') }] as Rule[],
    description: [max(MAX_DESCRIPTION)] as Rule[],
    accreditationNumber: [max(MAX_ACCREDITATION_NUMBER)] as Rule[],
    date: [date] as Rule[],
    sectors: [
      {
        type: 'array',
        max: MAX_SECTORS,
        message: t('organisations.errors.tooManySectors', { max: MAX_SECTORS }),
      },
    ] as Rule[],
    marketCountry: (index: number): Rule[] => [
      { required: true, message: t('organisations.errors.countryRequired') },
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, country: string | undefined) => {
          if (!country) return;
          if (country === getFieldValue('country')) throw new Error(t('organisations.errors.marketIsHome'));
          const markets = (getFieldValue('markets') ?? []) as MarketValues[];
          if (markets.some((market, other) => other < index && market?.country === country)) {
            throw new Error(t('organisations.errors.marketRepeated'));
          }
        },
      }),
    ],
    marketStatus: [{ required: true, message: t('organisations.errors.statusRequired') }] as Rule[],
    note: [max(MAX_NOTE)] as Rule[],
    resident: (index: number): Rule[] => [
      { required: true, message: t('organisations.errors.residentRequired') },
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, id: number | undefined) => {
          const residents = (getFieldValue('residents') ?? []) as ResidentValues[];
          if (id && residents.some((resident, other) => other < index && resident?.organisation_id === id)) {
            throw new Error(t('organisations.errors.residentRepeated'));
          }
        },
      }),
    ],
  };
}

export type OrganisationRules = ReturnType<typeof organisationRules>;
