import dayjs, { type Dayjs } from 'dayjs';
import { amountText, toMinorUnits } from '../fx/money';
import type { Money } from '../fx/types';
import { pointerToPath } from '../api/problem';
import type { Deal, DealCategory, DealFields, DealPatch } from './types';

/** What the deal form holds: DealFields with the empty states of inputs, the value as typed. */
export interface DealValues {
  organisation_id?: number | null;
  country?: string;
  category?: DealCategory;
  title?: string;
  description?: string;
  counterparty_id?: number | null;
  /** The value in major units, as typed ("15 000,50"); empty for none. */
  amount?: string;
  currency?: string;
  expected_close_date?: Dayjs | null;
  owner_id?: number | null;
  contract_number?: string;
  contract_date?: Dayjs | null;
  solution_ids?: number[];
  request_ids?: number[];
}

/** The fields of the form, in the order of the page: what a server error may point at. */
export const FORM_FIELDS = [
  'organisation_id',
  'country',
  'category',
  'title',
  'description',
  'counterparty_id',
  'amount',
  'currency',
  'expected_close_date',
  'owner_id',
  'contract_number',
  'contract_date',
  'solution_ids',
  'request_ids',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The currency a new deal's value is offered in: exports are mostly priced in dollars. */
export const DEFAULT_CURRENCY = 'USD';

/**
 * The form field a server error's pointer names: the value is typed as an amount and a
 * currency, so "/value" is the amount and "/value/currency" the currency.
 */
export function formFieldOf(pointer: string | undefined): FormField | undefined {
  if (pointer === undefined) return undefined;
  const [first, second] = pointerToPath(pointer);
  if (first === 'value') return second === 'currency' ? 'currency' : 'amount';
  return (FORM_FIELDS as readonly string[]).find((field) => field === first) as FormField | undefined;
}

const text = (value: string | undefined): string => (value ?? '').trim();
const day = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
const ids = (value: number[] | undefined): number[] => [...new Set(value ?? [])].sort((a, b) => a - b);

/** The form's starting values: a deal's, or a new one's in `country` when given. */
export function toValues(deal?: Deal, country?: string): DealValues {
  if (!deal) {
    return {
      organisation_id: null,
      country,
      counterparty_id: null,
      amount: '',
      currency: DEFAULT_CURRENCY,
      expected_close_date: null,
      owner_id: null,
      contract_date: null,
      solution_ids: [],
      request_ids: [],
    };
  }
  return {
    organisation_id: deal.organisation_id,
    country: deal.country,
    category: deal.category,
    title: deal.title,
    description: deal.description,
    counterparty_id: deal.counterparty_id,
    amount: deal.value ? amountText(deal.value) : '',
    currency: deal.value?.currency ?? DEFAULT_CURRENCY,
    expected_close_date: deal.expected_close_date ? dayjs(deal.expected_close_date) : null,
    owner_id: deal.owner_id,
    contract_number: deal.contract_number,
    contract_date: deal.contract_date ? dayjs(deal.contract_date) : null,
    solution_ids: ids(deal.solution_ids),
    request_ids: ids(deal.request_ids),
  };
}

/**
 * The value the form says, in minor units; null when no amount is typed. The form's rules
 * have checked the amount, so one that does not read is taken for none.
 */
export function valueOf(values: Pick<DealValues, 'amount' | 'currency'>): Money | null {
  const currency = text(values.currency).toUpperCase() || DEFAULT_CURRENCY;
  if (!text(values.amount)) return null;
  const checked = toMinorUnits(text(values.amount), currency);
  return 'minor' in checked ? { minor: checked.minor, currency } : null;
}

/** The body of POST /api/v1/deals; what is left empty is left out. */
export function toFields(values: DealValues): DealFields {
  const fields: DealFields = {
    organisation_id: values.organisation_id ?? 0,
    country: text(values.country).toUpperCase(),
    category: values.category ?? 'software',
    title: text(values.title),
  };
  if (text(values.description)) fields.description = text(values.description);
  if (values.counterparty_id) fields.counterparty_id = values.counterparty_id;
  const value = valueOf(values);
  if (value) fields.value = value;
  const expected = day(values.expected_close_date);
  if (expected) fields.expected_close_date = expected;
  if (values.owner_id) fields.owner_id = values.owner_id;
  if (text(values.contract_number)) fields.contract_number = text(values.contract_number);
  const contract = day(values.contract_date);
  if (contract) fields.contract_date = contract;
  if (ids(values.solution_ids).length > 0) fields.solution_ids = ids(values.solution_ids);
  if (ids(values.request_ids).length > 0) fields.request_ids = ids(values.request_ids);
  return fields;
}

/** Whether two optional amounts are the same amount in the same currency. */
export const sameMoney = (a: Money | null, b: Money | null) =>
  a === b || (!!a && !!b && a.minor === b.minor && a.currency === b.currency);
const sameIds = (a: number[], b: number[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * A JSON merge patch of what the form changed, read through the same mapping as the deal as
 * loaded, so an untouched field never counts. The company never changes.
 */
export function toPatch(original: Deal, values: DealValues): DealPatch {
  const before = toValues(original);
  const patch: DealPatch = {};
  const country = text(values.country).toUpperCase();
  if (country !== before.country) patch.country = country;
  if (values.category && values.category !== before.category) patch.category = values.category;
  if (text(values.title) !== text(before.title)) patch.title = text(values.title);
  if (text(values.description) !== text(before.description)) patch.description = text(values.description);
  if ((values.counterparty_id ?? null) !== before.counterparty_id)
    patch.counterparty_id = values.counterparty_id ?? null;
  const value = valueOf(values);
  if (!sameMoney(value, original.value)) patch.value = value;
  if (day(values.expected_close_date) !== day(before.expected_close_date))
    patch.expected_close_date = day(values.expected_close_date);
  if ((values.owner_id ?? null) !== before.owner_id) patch.owner_id = values.owner_id ?? null;
  if (text(values.contract_number) !== text(before.contract_number))
    patch.contract_number = text(values.contract_number);
  if (day(values.contract_date) !== day(before.contract_date))
    patch.contract_date = day(values.contract_date);
  if (!sameIds(ids(values.solution_ids), ids(before.solution_ids)))
    patch.solution_ids = ids(values.solution_ids);
  if (!sameIds(ids(values.request_ids), ids(before.request_ids))) patch.request_ids = ids(values.request_ids);
  return patch;
}
