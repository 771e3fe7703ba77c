import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { toMinorUnits } from '../fx/money';

// The limits of the server (docs/openapi.yaml, DealFields and friends), checked here first so a
// reader learns of a mistake where it is, before anything is sent.
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 10000;
export const MAX_CONTRACT_NUMBER = 100;
export const MAX_REASON = 2000;
export const MAX_LOST_TO = 200;
export const MAX_HOW = 2000;
export const MAX_MILESTONE_TITLE = 200;
export const MAX_SOLUTIONS = 20;
export const MAX_REQUESTS = 50;

/**
 * The rule of an amount typed in major units of the currency `currencyOf()` says; `required`
 * when the amount may not be left empty.
 */
export function amountRule(t: TFunction, currencyOf: () => string | undefined, required: boolean): Rule {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const text = (value ?? '').trim();
      if (!text) {
        return required ? Promise.reject(new Error(t('fx.errors.amountRequired'))) : Promise.resolve();
      }
      const checked = toMinorUnits(text, currencyOf() || 'USD');
      if ('minor' in checked) return Promise.resolve();
      if (checked.error === 'large') return Promise.reject(new Error(t('deals.errors.amountLarge')));
      return Promise.reject(new Error(t(`fx.errors.amount.${checked.error}`, { count: checked.digits })));
    },
  };
}

/** The antd rules of the deal form, in the reader's language. */
export function dealRules(t: TFunction) {
  const max = (limit: number): Rule => ({
    max: limit,
    message: t('requests.errors.tooLong', { max: limit }),
  });
  return {
    organisation: [{ required: true, message: t('deals.errors.organisationRequired') }] as Rule[],
    country: [{ required: true, message: t('deals.errors.countryRequired') }] as Rule[],
    category: [{ required: true, message: t('deals.errors.categoryRequired') }] as Rule[],
    title: [
      { required: true, whitespace: true, message: t('deals.errors.titleRequired') },
      max(MAX_TITLE),
    ] as Rule[],
    description: [max(MAX_DESCRIPTION)] as Rule[],
    contractNumber: [max(MAX_CONTRACT_NUMBER)] as Rule[],
    solutions: [
      { type: 'array', max: MAX_SOLUTIONS, message: t('deals.errors.tooMany', { max: MAX_SOLUTIONS }) },
    ] as Rule[],
    requests: [
      { type: 'array', max: MAX_REQUESTS, message: t('deals.errors.tooMany', { max: MAX_REQUESTS }) },
    ] as Rule[],
  };
}
