/** Activities of one calendar day, in the order the timeline gave them. */
export interface DayGroup<T> {
  /** YYYY-MM-DD. */
  day: string;
  items: T[];
}

/**
 * The timeline's activities under a heading per day. The server sends them newest first, so
 * the days follow one another; a day met again later (pages that overlap a day) joins its group.
 */
export function groupByDay<T extends { occurred_on: string }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  const byDay = new Map<string, DayGroup<T>>();
  for (const item of items) {
    const day = item.occurred_on.slice(0, 10);
    let group = byDay.get(day);
    if (!group) {
      group = { day, items: [] };
      byDay.set(day, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** The reader's calendar day, YYYY-MM-DD: what is due or overdue is told by the local day. */
export function localDay(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `today` to `day` (both YYYY-MM-DD): 1 tomorrow, -1 yesterday. */
export function daysBetween(today: string, day: string): number {
  return Math.round(
    (Date.parse(`${day.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}
