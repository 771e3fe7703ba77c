import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { REGION } from '../organisations/listQuery';

// The limits of the server (docs/openapi.yaml, RelocationCaseFields), checked here first so a
// reader learns of a mistake where it is, before anything is sent.
export const MAX_TITLE = 200;
export const MAX_NOTES = 10000;
export const MAX_JOBS = 1_000_000;

/** The antd rules of the relocation case form, in the reader's language. */
export function relocationRules(t: TFunction) {
  return {
    organisation: [{ required: true, message: t('relocations.errors.organisationRequired') }] as Rule[],
    kind: [{ required: true, message: t('relocations.errors.kindRequired') }] as Rule[],
    title: [
      { required: true, whitespace: true, message: t('relocations.errors.titleRequired') },
      { max: MAX_TITLE, message: t('requests.errors.tooLong', { max: MAX_TITLE }) },
    ] as Rule[],
    notes: [{ max: MAX_NOTES, message: t('requests.errors.tooLong', { max: MAX_NOTES }) }] as Rule[],
    region: [{ pattern: REGION, message: t('organisations.errors.regionInvalid') }] as Rule[],
    jobs: [
      {
        type: 'integer',
        min: 0,
        max: MAX_JOBS,
        message: t('relocations.errors.jobs'),
      },
    ] as Rule[],
  };
}
