import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { dueState, mayChangeTask, taskAnchor } from './tasks';
import { testTask } from './testActivity';

function me(role: Me['user']['role'], scope: 'all' | 'own_countries', id = 4): Me {
  return {
    user: {
      id,
      email: 'someone@attache.demo',
      display_name: 'Someone',
      role,
      lang: 'en',
      countries: role === 'attache' ? ['VN'] : [],
      company_id: null,
      region: null,
      active: true,
      must_change_password: false,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      version: 1,
    } as Me['user'],
    permissions: ['activity.read', 'activity.update'],
    scopes: { 'activity.read': scope, 'activity.update': scope },
    csrf_token: 'x',
    auth: 'session',
    expires_at: null,
  };
}

describe('dueState', () => {
  const today = '2026-11-22';
  it('tells overdue, today, soon (three days) and later apart; a done task is done', () => {
    expect(dueState(testTask({ due_on: '2026-11-21' }), today)).toBe('overdue');
    expect(dueState(testTask({ due_on: '2026-11-22' }), today)).toBe('today');
    expect(dueState(testTask({ due_on: '2026-11-25' }), today)).toBe('soon');
    expect(dueState(testTask({ due_on: '2026-11-26' }), today)).toBe('later');
    expect(dueState(testTask({ due_on: '2026-11-01', done: true }), today)).toBe('done');
  });
});

describe('mayChangeTask', () => {
  it('lets its assignee, its creator, HQ and staff of its country change it', () => {
    const others = testTask({ assignee_id: 9, created_by: { id: 9, display_name: 'Other' } });
    expect(mayChangeTask(testTask(), me('attache', 'own_countries', 4))).toBe(true);
    expect(mayChangeTask(others, me('analyst', 'all', 3))).toBe(true);
    expect(mayChangeTask(others, me('attache', 'own_countries', 5))).toBe(true);
    expect(mayChangeTask({ ...others, country: 'TR' }, me('attache', 'own_countries', 5))).toBe(false);
    expect(mayChangeTask({ ...others, country: null }, me('attache', 'own_countries', 5))).toBe(false);
    expect(mayChangeTask(testTask(), null)).toBe(false);
  });

  it('anchors each task row for the links that lead to it', () => {
    expect(taskAnchor(12)).toBe('task-12');
  });
});
