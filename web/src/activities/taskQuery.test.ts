import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TASKS_QUERY,
  hasTaskFilters,
  NO_TASK_FILTERS,
  parseTasksQuery,
  taskLink,
  toTasksApiQuery,
  toTasksSearch,
} from './taskQuery';

const parse = (search: string) => parseTasksQuery(new URLSearchParams(search));

describe('parseTasksQuery', () => {
  it('shows the reader\u2019s open tasks, unfiltered, for an empty query string', () => {
    expect(parse('')).toEqual(DEFAULT_TASKS_QUERY);
    expect(hasTaskFilters(parse(''))).toBe(false);
    expect(toTasksApiQuery(parse(''), 50)).toEqual({ status: 'open', limit: 50, assignee: 'me' });
  });

  it('reads the status, the owner, the countries, the due period and the task shown', () => {
    expect(
      parse('status=done&assignee=all&country=vn,TR,vn&due_from=2026-11-01&due_to=2026-11-30&task=12'),
    ).toEqual({
      status: 'done',
      mine: false,
      countries: ['TR', 'VN'],
      dueFrom: '2026-11-01',
      dueTo: '2026-11-30',
      task: 12,
    });
  });

  it('drops what it cannot read and turns a due period given backwards around', () => {
    expect(parse('status=later&country=Vietnam&due_from=2026-02-30&due_to=soon&task=-1')).toEqual(
      DEFAULT_TASKS_QUERY,
    );
    expect(parse('due_from=2026-11-30&due_to=2026-11-01')).toMatchObject({
      dueFrom: '2026-11-01',
      dueTo: '2026-11-30',
    });
  });
});

describe('toTasksSearch and toTasksApiQuery', () => {
  it('write back what was read, and ask the API for the same tasks without the one shown', () => {
    const search = 'status=done&assignee=all&country=TR%2CVN&due_from=2026-11-01&due_to=2026-11-30&task=12';
    const query = parse(search);
    expect(toTasksSearch(query).toString()).toBe(search);
    expect(hasTaskFilters(query)).toBe(true);
    expect(toTasksApiQuery(query, 50)).toEqual({
      status: 'done',
      limit: 50,
      country: 'TR,VN',
      due_from: '2026-11-01',
      due_to: '2026-11-30',
    });
  });

  it('keep either end of the due period open', () => {
    const from = parse('due_from=2026-11-01');
    expect(hasTaskFilters(from)).toBe(true);
    expect(toTasksSearch(from).toString()).toBe('due_from=2026-11-01');
    expect(toTasksApiQuery(from, 50)).toEqual({
      status: 'open',
      limit: 50,
      assignee: 'me',
      due_from: '2026-11-01',
    });
    expect(toTasksApiQuery(parse('due_to=2026-11-30'), 50)).toMatchObject({ due_to: '2026-11-30' });
    expect(toTasksApiQuery(parse('due_to=2026-11-30'), 50)).not.toHaveProperty('due_from');
  });

  it('clear the filters, keeping the status and the owner', () => {
    const query = { ...parse('status=done&assignee=all&country=VN&due_to=2026-11-30'), ...NO_TASK_FILTERS };
    expect(hasTaskFilters(query)).toBe(false);
    expect(toTasksSearch(query).toString()).toBe('status=done&assignee=all');
  });

  it('lead to a task on its own over the reader\u2019s open tasks', () => {
    expect(taskLink(7)).toBe('/tasks?task=7');
    expect(parse(taskLink(7).split('?')[1] ?? '')).toEqual({ ...DEFAULT_TASKS_QUERY, task: 7 });
  });
});
