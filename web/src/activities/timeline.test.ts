import { describe, expect, it } from 'vitest';
import { daysBetween, groupByDay, localDay } from './timeline';

const at = (id: number, occurred_on: string) => ({ id, occurred_on });

describe('groupByDay', () => {
  it('puts the activities under their day, newest day first as they came', () => {
    const groups = groupByDay([
      at(5, '2026-12-05'),
      at(4, '2026-11-22'),
      at(3, '2026-11-22'),
      at(1, '2026-11-20'),
    ]);
    expect(groups.map((group) => [group.day, group.items.map((item) => item.id)])).toEqual([
      ['2026-12-05', [5]],
      ['2026-11-22', [4, 3]],
      ['2026-11-20', [1]],
    ]);
  });

  it('joins a day met again (pages that overlap a day) to its group', () => {
    const groups = groupByDay([at(3, '2026-11-22'), at(2, '2026-11-21'), at(1, '2026-11-22')]);
    expect(groups.map((group) => group.items.length)).toEqual([2, 1]);
  });

  it('has nothing to show for no activities', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('days', () => {
  it('count whole days from today, across months and years', () => {
    expect(daysBetween('2026-11-22', '2026-11-23')).toBe(1);
    expect(daysBetween('2026-11-22', '2026-11-21')).toBe(-1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('tell the reader\u2019s calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
