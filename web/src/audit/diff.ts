/**
 * An audit entry's `diff` made readable: `{field: {from, to}}` becomes one row per changed
 * field, nested changes (`{presence: {status: {from, to}}}`) become "presence.status", and
 * anything else (the facts of a sign-in, say) a row with a value alone. Fields whose value
 * did not change are left out.
 */
export type DiffRow =
  | { kind: 'change'; field: string; from: unknown; to: unknown }
  | { kind: 'fact'; field: string; value: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChange(value: unknown): value is { from?: unknown; to?: unknown } {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key === 'from' || key === 'to');
}

/** An object all of whose members are changes, at any depth: its fields are shown one by one. */
function isNestedChange(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const members = Object.values(value);
  return members.length > 0 && members.every((member) => isChange(member) || isNestedChange(member));
}

export function diffRows(diff: Record<string, unknown> | null | undefined, prefix = ''): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const [key, value] of Object.entries(diff ?? {})) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (isChange(value)) {
      const from = value.from ?? null;
      const to = value.to ?? null;
      // A creation lists every field, the empty ones too: "empty -> empty" says nothing.
      if (JSON.stringify(from) !== JSON.stringify(to)) rows.push({ kind: 'change', field, from, to });
    } else if (isNestedChange(value)) rows.push(...diffRows(value, field));
    else rows.push({ kind: 'fact', field, value });
  }
  return rows;
}

export interface ValueWords {
  yes: string;
  no: string;
}

/**
 * One value as text: strings as they are, lists joined, true/false in words, objects as
 * compact JSON; null and absent become "" for the caller to mark as empty.
 */
export function formatValue(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    return value.map((item) => formatValue(item, words)).join(', ');
  }
  return JSON.stringify(value);
}
