import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

// The limits of the server (docs/openapi.yaml, SupportRequestFields), checked here first so a
// reader learns of a mistake where it is, before anything is sent.
export const MAX_SUBJECT = 200;
export const MAX_DESCRIPTION = 10000;
export const MAX_REASON = 2000;
export const MAX_COMMENT = 10000;

/** The antd rules of the request form, in the reader's language. */
export function requestRules(t: TFunction) {
  const max = (limit: number): Rule => ({
    max: limit,
    message: t('requests.errors.tooLong', { max: limit }),
  });
  return {
    organisation: [{ required: true, message: t('requests.errors.organisationRequired') }] as Rule[],
    country: [{ required: true, message: t('requests.errors.countryRequired') }] as Rule[],
    type: [{ required: true, message: t('requests.errors.typeRequired') }] as Rule[],
    subject: [
      { required: true, whitespace: true, message: t('requests.errors.subjectRequired') },
      max(MAX_SUBJECT),
    ] as Rule[],
    description: [max(MAX_DESCRIPTION)] as Rule[],
  };
}
