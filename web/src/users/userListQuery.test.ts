import { describe, expect, it } from 'vitest';
import { parseUserListQuery, toUserApiQuery, toUserSearchParams } from './userListQuery';

describe('users list query', () => {
  it('reads filters and order from the URL, in one canonical form', () => {
    const query = parseUserListQuery(
      new URLSearchParams(
        'q=%20anna%20&role=viewer,admin,nobody,admin&status=disabled&sort=-last_login_at&limit=20',
      ),
    );
    expect(query).toEqual({
      q: 'anna',
      roles: ['admin', 'viewer'],
      statuses: ['disabled'],
      sort: { field: 'last_login_at', descending: true },
      limit: 20,
    });
    expect(toUserSearchParams(query).toString()).toBe(
      'q=anna&role=admin%2Cviewer&status=disabled&sort=-last_login_at&limit=20',
    );
  });

  it('falls back to the defaults for junk and leaves them out of the URL', () => {
    const query = parseUserListQuery(new URLSearchParams('sort=password&limit=7&status=deleted'));
    expect(query).toEqual({
      q: '',
      roles: [],
      statuses: [],
      sort: { field: 'email', descending: false },
      limit: 50,
    });
    expect(toUserSearchParams(query).toString()).toBe('');
  });

  it('asks the API for the same, with the cursor of the page shown', () => {
    const query = parseUserListQuery(new URLSearchParams('role=attache&sort=display_name'));
    expect(toUserApiQuery(query, undefined)).toEqual({ sort: 'display_name', limit: 50, role: 'attache' });
    expect(toUserApiQuery(query, 'c2')).toEqual({
      sort: 'display_name',
      limit: 50,
      role: 'attache',
      cursor: 'c2',
    });
  });
});
