import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { ReferenceValues } from './formValues';

// The limits of the server (src/domains/solutions/rules.hpp), checked here first so a reader
// learns of a mistake where it is, before anything is sent.
export const MAX_NAME = 300;
export const MAX_DESCRIPTION = 10000;
export const MAX_CLASSES = 20;
export const MAX_LANGUAGES = 30;
export const MAX_REFERENCES = 100;
export const MAX_CUSTOMER = 300;
export const MAX_SCALE = 200;
export const MAX_CERTIFICATIONS = 30;
export const MAX_CERTIFICATION = 200;
export const EARLIEST_YEAR = 1991;
/** Readiness 3, "proven abroad", needs a deployment outside the home country. */
export const PROVEN_ABROAD = 3;
const HOME_COUNTRY = 'RU';

/** Whether the references back readiness 3: at least one deployment outside Russia. */
export function deployedAbroad(references: readonly ReferenceValues[] | undefined): boolean {
  return (references ?? []).some((reference) => {
    const country = (reference?.country ?? '').trim().toUpperCase();
    return country !== '' && country !== HOME_COUNTRY;
  });
}

/** Why a deployment year is refused, or null: from 1991 to this year. */
export function yearProblem(year: number | null | undefined, thisYear: number): 'early' | 'future' | null {
  if (year === null || year === undefined) return null;
  if (year < EARLIEST_YEAR) return 'early';
  if (year > thisYear) return 'future';
  return null;
}

type Getter = (name: (string | number)[] | string) => unknown;

/** The antd rules of the solution form, in the reader's language. */
export function solutionRules(t: TFunction, thisYear: number) {
  const max = (limit: number): Rule => ({
    max: limit,
    message: t('solutions.errors.tooLong', { max: limit }),
  });
  const oneName = ({ getFieldValue }: { getFieldValue: Getter }): Rule => ({
    validator: async () => {
      const ru = String(getFieldValue('name_ru') ?? '').trim();
      const en = String(getFieldValue('name_en') ?? '').trim();
      if (!ru && !en) throw new Error(t('solutions.errors.nameRequired'));
    },
  });
  const englishIfPublished = ({ getFieldValue }: { getFieldValue: Getter }): Rule => ({
    validator: async (_: unknown, value: string | undefined) => {
      if (getFieldValue('published') === true && !(value ?? '').trim()) {
        throw new Error(t('solutions.errors.publishedNeedsEnglish'));
      }
    },
  });
  const listMax = (
    limit: number,
    key: 'tooManyClasses' | 'tooManyLanguages' | 'tooManyCertifications',
  ): Rule => ({
    type: 'array',
    max: limit,
    message: t(`solutions.errors.${key}`, { max: limit }),
  });
  return {
    owner: [{ required: true, message: t('solutions.errors.ownerRequired') }] as Rule[],
    nameRu: [oneName, max(MAX_NAME)] as Rule[],
    nameEn: [oneName, englishIfPublished, max(MAX_NAME)] as Rule[],
    description: [max(MAX_DESCRIPTION)] as Rule[],
    kind: [{ required: true, message: t('solutions.errors.kindRequired') }] as Rule[],
    mainClass: [{ required: true, message: t('solutions.errors.mainClassRequired') }] as Rule[],
    classes: [listMax(MAX_CLASSES, 'tooManyClasses')] as Rule[],
    maturity: [{ required: true, message: t('solutions.errors.maturityRequired') }] as Rule[],
    languages: [
      listMax(MAX_LANGUAGES, 'tooManyLanguages'),
      {
        validator: async (_, codes: string[] | undefined) => {
          const wrong = (codes ?? []).find((code) => !/^[a-z]{2}$/i.test(code.trim()));
          if (wrong !== undefined) throw new Error(t('solutions.errors.languageInvalid', { code: wrong }));
        },
      },
    ] as Rule[],
    certifications: [
      listMax(MAX_CERTIFICATIONS, 'tooManyCertifications'),
      {
        validator: async (_, names: string[] | undefined) => {
          if ((names ?? []).some((name) => name.trim().length > MAX_CERTIFICATION)) {
            throw new Error(t('solutions.errors.certificationTooLong', { max: MAX_CERTIFICATION }));
          }
        },
      },
    ] as Rule[],
    registryNumber: [
      { pattern: /^\d{1,20}$/, message: t('solutions.errors.registryNumberInvalid') },
    ] as Rule[],
    readiness: [
      ({ getFieldValue }: { getFieldValue: Getter }) => ({
        validator: async (_: unknown, readiness: number | undefined) => {
          const references = getFieldValue('references') as ReferenceValues[] | undefined;
          if (readiness === PROVEN_ABROAD && !deployedAbroad(references)) {
            throw new Error(t('solutions.errors.provenNeedsReference'));
          }
        },
      }),
    ] as Rule[],
    referenceCountry: [{ required: true, message: t('solutions.errors.countryRequired') }] as Rule[],
    customer: [max(MAX_CUSTOMER)] as Rule[],
    scale: [max(MAX_SCALE)] as Rule[],
    year: [
      {
        validator: async (_, year: number | null | undefined) => {
          const problem = yearProblem(year, thisYear);
          if (problem === 'early') throw new Error(t('solutions.errors.yearEarly', { year: EARLIEST_YEAR }));
          if (problem === 'future') throw new Error(t('solutions.errors.yearFuture'));
        },
      },
    ] as Rule[],
  };
}

export type SolutionRules = ReturnType<typeof solutionRules>;
