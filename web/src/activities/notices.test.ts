import { describe, expect, it } from 'vitest';
import { noticeCount, noticeLink, noticeSections } from './notices';
import type { Notice } from './types';

const task = (id: number, due = '2026-11-23'): Notice => ({
  kind: 'task',
  id,
  title: `Task ${id}`,
  due,
  country: 'VN',
});
const request = (id: number): Notice => ({
  kind: 'request',
  id,
  title: `Request ${id}`,
  due: '2026-12-02T06:42:00Z',
  country: 'VN',
});

describe('noticeSections', () => {
  it('puts each task or request once, under its most pressing heading', () => {
    const sections = noticeSections({
      assigned: [task(1), task(2), request(7), task(3)],
      overdue: [task(2, '2026-11-01')],
      due_soon: [task(1), task(2)],
    });
    expect(sections.map((section) => [section.key, section.notices.map((notice) => notice.id)])).toEqual([
      ['overdue', [2]],
      ['due_soon', [1]],
      ['assigned', [7, 3]],
    ]);
    expect(noticeCount(sections)).toBe(4);
  });

  it('leaves out empty headings, and has nothing before the first answer', () => {
    expect(
      noticeSections({ assigned: [request(7)], overdue: [], due_soon: [] }).map((section) => section.key),
    ).toEqual(['assigned']);
    expect(noticeSections(undefined)).toEqual([]);
    expect(noticeCount([])).toBe(0);
  });
});

describe('noticeLink', () => {
  it('leads to a request\u2019s page, or to the task on its own over the reader\u2019s tasks', () => {
    expect(noticeLink(request(7))).toBe('/requests/7');
    expect(noticeLink(task(3))).toBe('/tasks?task=3');
  });
});
