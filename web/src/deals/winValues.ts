import { pointerToPath } from '../api/problem';
import { amountText, toMinorUnits } from '../fx/money';
import { DEFAULT_CURRENCY } from './formValues';
import type { Deal, DealWinFields } from './types';

/** What the win form holds: the value signed as typed, whether the service helped, and how. */
export interface WinValues {
  amount?: string;
  currency?: string;
  helped?: boolean;
  how?: string;
}

export const WIN_FIELDS = ['amount', 'currency', 'helped', 'how'] as const;

/** The form field a server error's pointer names: "/value" is the amount. */
export function winFieldOf(pointer: string | undefined): string | undefined {
  if (pointer === undefined) return undefined;
  const [first, second] = pointerToPath(pointer);
  if (first === 'value') return second === 'currency' ? 'currency' : 'amount';
  return first;
}

/**
 * The form's starting values: the win as confirmed, else the deal's own value for the company
 * to confirm or correct; whether the service helped is the company's to say.
 */
export function toWinValues(deal: Pick<Deal, 'value' | 'win'>): WinValues {
  const value = deal.win?.value ?? deal.value;
  return {
    amount: value ? amountText(value) : '',
    currency: value?.currency ?? DEFAULT_CURRENCY,
    helped: deal.win?.helped,
    how: deal.win?.how ?? '',
  };
}

/**
 * The body of POST /api/v1/deals/{id}/win, or null while the amount does not read (the form's
 * rules say why). How the service helped is sent only when it did.
 */
export function toWinFields(values: WinValues): DealWinFields | null {
  const currency = (values.currency ?? '').trim().toUpperCase() || DEFAULT_CURRENCY;
  const checked = toMinorUnits((values.amount ?? '').trim(), currency);
  if (!('minor' in checked)) return null;
  const helped = values.helped === true;
  const fields: DealWinFields = { value: { minor: checked.minor, currency }, helped };
  const how = (values.how ?? '').trim();
  if (helped && how) fields.how = how;
  return fields;
}
