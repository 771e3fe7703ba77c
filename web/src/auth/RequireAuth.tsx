import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../app/ForbiddenPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from './AuthProvider';
import { ForcedPasswordChange } from './ForcedPasswordChange';
import { LOGIN_PATH, loginPath } from './nextUrl';
import type { Permission } from './permissions';

/**
 * The gate of every page but the login: waits for the session, sends a visitor without one
 * to the login page (which brings them back here), and lets a user with a one-time
 * password do nothing before replacing it.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const { state, refresh } = useAuth();
  const location = useLocation();

  switch (state.status) {
    case 'loading':
      return (
        <div className="auth-loading">
          <Spin size="large" aria-label={t('login.loading')} />
        </div>
      );
    case 'error':
      return (
        <div className="auth-loading">
          <Result
            status="warning"
            title={t('login.loadFailed')}
            extra={
              <Button type="primary" onClick={() => void refresh()}>
                {t('common.retry')}
              </Button>
            }
          >
            <ProblemAlert error={state.error} />
          </Result>
        </div>
      );
    case 'anonymous':
      return (
        <Navigate
          replace
          to={
            state.reason === 'logout'
              ? LOGIN_PATH
              : loginPath(location.pathname + location.search + location.hash)
          }
        />
      );
    case 'signed-in':
      return state.me.user.must_change_password ? <ForcedPasswordChange /> : <Outlet />;
  }
}

/** A page for those holding `permission`; the 403 page for everyone else. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? <>{children}</> : <ForbiddenPage />;
}
