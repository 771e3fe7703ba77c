import dayjs, { type Dayjs } from 'dayjs';
import { pointerToPath } from '../api/problem';
import { amountText, toMinorUnits } from '../fx/money';
import type { Money } from '../fx/types';
import { DEFAULT_CURRENCY } from './formValues';
import type {
  Deal,
  DealMilestone,
  DealMilestoneFields,
  DealMilestoneKind,
  DealMilestonePatch,
} from './types';

export const MILESTONE_KINDS = [
  'delivery',
  'acceptance',
  'payment',
] as const satisfies readonly DealMilestoneKind[];

/** What the milestone dialog holds; a payment's amount as typed in major units. */
export interface MilestoneValues {
  kind: DealMilestoneKind;
  title?: string;
  due_on?: Dayjs | null;
  done_on?: Dayjs | null;
  amount?: string;
  currency?: string;
}

export const MILESTONE_FIELDS = ['kind', 'title', 'due_on', 'done_on', 'amount', 'currency'] as const;

/** The dialog field a server error's pointer names: "/amount/currency" is the currency. */
export function milestoneFieldOf(pointer: string | undefined): string | undefined {
  if (pointer === undefined) return undefined;
  const [first, second] = pointerToPath(pointer);
  if (first === 'amount' && second === 'currency') return 'currency';
  return first;
}

const text = (value: string | undefined): string => (value ?? '').trim();
const day = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);

/**
 * The dialog's starting values: a milestone's, or a new one's, a payment in the deal's
 * currency when the deal has a value.
 */
export function toMilestoneValues(
  milestone: DealMilestone | undefined,
  deal: Pick<Deal, 'value'>,
): MilestoneValues {
  if (!milestone) {
    return {
      kind: 'delivery',
      title: '',
      due_on: null,
      done_on: null,
      amount: '',
      currency: deal.value?.currency ?? DEFAULT_CURRENCY,
    };
  }
  return {
    kind: milestone.kind,
    title: milestone.title,
    due_on: milestone.due_on ? dayjs(milestone.due_on) : null,
    done_on: milestone.done_on ? dayjs(milestone.done_on) : null,
    amount: milestone.amount ? amountText(milestone.amount) : '',
    currency: milestone.amount?.currency ?? deal.value?.currency ?? DEFAULT_CURRENCY,
  };
}

/** A payment's amount in minor units; nothing for the other kinds, which carry no money. */
function amountOf(values: MilestoneValues): Money | null {
  if (values.kind !== 'payment' || !text(values.amount)) return null;
  const currency = text(values.currency).toUpperCase() || DEFAULT_CURRENCY;
  const checked = toMinorUnits(text(values.amount), currency);
  return 'minor' in checked ? { minor: checked.minor, currency } : null;
}

/** The body of POST /api/v1/deals/{id}/milestones. */
export function toMilestoneFields(values: MilestoneValues): DealMilestoneFields {
  const fields: DealMilestoneFields = { kind: values.kind, title: text(values.title) };
  const due = day(values.due_on);
  const done = day(values.done_on);
  if (due) fields.due_on = due;
  if (done) fields.done_on = done;
  const amount = amountOf(values);
  if (amount) fields.amount = amount;
  return fields;
}

/** A merge patch of what the dialog changed; a milestone that stops being a payment drops its amount. */
export function toMilestonePatch(milestone: DealMilestone, values: MilestoneValues): DealMilestonePatch {
  const patch: DealMilestonePatch = {};
  if (values.kind !== milestone.kind) patch.kind = values.kind;
  if (text(values.title) !== milestone.title) patch.title = text(values.title);
  if (day(values.due_on) !== milestone.due_on) patch.due_on = day(values.due_on);
  if (day(values.done_on) !== milestone.done_on) patch.done_on = day(values.done_on);
  const amount = amountOf(values);
  const before = milestone.amount;
  if (
    (amount?.minor ?? null) !== (before?.minor ?? null) ||
    (amount?.currency ?? null) !== (before?.currency ?? null)
  )
    patch.amount = amount;
  return patch;
}
