import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { listenToSession, setCsrfToken } from '../api/client';
import { ProblemError } from '../api/problem';
import type { LoginInput, Me } from '../api/types';
import { currentLanguage, setLanguage, type Language } from '../i18n/i18n';
import * as session from './api';
import { can, type Permission, type Scope } from './permissions';

/** Why nobody is signed in: never was, the session ended by itself, or the user left. */
export type SignedOutReason = 'initial' | 'expired' | 'logout';

export type AuthState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; reason: SignedOutReason }
  | { status: 'signed-in'; me: Me };

export interface Auth {
  state: AuthState;
  /** The signed-in user, null otherwise. */
  me: Me | null;
  can: (permission: Permission, scope?: Scope) => boolean;
  /** Signs in and switches the UI to the user's language; throws ProblemError. */
  login: (input: LoginInput) => Promise<Me>;
  logout: () => Promise<void>;
  /** Reads GET /api/v1/me again (after a password change, or to retry a failed load). */
  refresh: () => Promise<void>;
  /** Takes the caller as an update of it answered (PATCH /api/v1/me). */
  update: (me: Me) => void;
  /** Switches the UI's language and, when signed in, saves it as the user's. */
  changeLanguage: (language: Language) => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Loads the session once, keeps the CSRF token of the API client in step with it, and
 *  hears from the client when the server ends it. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  // The listener below and the callbacks read the latest state without re-registering.
  const stateRef = useRef(state);
  const signingOut = useRef(false);

  const apply = useCallback((next: AuthState) => {
    // The token first: nothing may send a write of the new session without it.
    setCsrfToken(next.status === 'signed-in' ? next.me.csrf_token : null);
    stateRef.current = next;
    setState(next);
  }, []);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const me = await session.fetchMe(signal);
        if (signal?.aborted) return;
        apply(me ? { status: 'signed-in', me } : { status: 'anonymous', reason: 'initial' });
      } catch (error) {
        if (signal?.aborted) return;
        apply({ status: 'error', error });
      }
    },
    [apply],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(
    () =>
      listenToSession({
        onUnauthenticated: () => {
          // A query answered 401 because the user is signing out is not an expired session: it
          // would send them to the login page with a way back to where they were.
          if (stateRef.current.status === 'signed-in' && !signingOut.current) {
            apply({ status: 'anonymous', reason: 'expired' });
          }
        },
        onPasswordChangeRequired: () => {
          const current = stateRef.current;
          if (current.status === 'signed-in' && !current.me.user.must_change_password) {
            const { me } = current;
            apply({ status: 'signed-in', me: { ...me, user: { ...me.user, must_change_password: true } } });
          }
        },
      }),
    [apply],
  );

  const login = useCallback(
    async (input: LoginInput) => {
      const me = await session.login(input);
      // Nothing another user loaded may show through.
      queryClient.clear();
      if (me.user.lang !== currentLanguage()) await setLanguage(me.user.lang);
      apply({ status: 'signed-in', me });
      return me;
    },
    [apply, queryClient],
  );

  const logout = useCallback(async () => {
    signingOut.current = true;
    try {
      await session.logout();
      apply({ status: 'anonymous', reason: 'logout' });
      queryClient.clear();
    } finally {
      signingOut.current = false;
    }
  }, [apply, queryClient]);

  const update = useCallback((me: Me) => apply({ status: 'signed-in', me }), [apply]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      await setLanguage(language);
      const current = stateRef.current;
      if (current.status !== 'signed-in' || current.me.user.lang === language) return;
      if (!can(current.me, 'profile.update')) return;
      try {
        update(await session.patchMe({ lang: language }));
      } catch (error) {
        void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'));
      }
    },
    [message, t, update],
  );

  const value = useMemo<Auth>(() => {
    const me = state.status === 'signed-in' ? state.me : null;
    return {
      state,
      me,
      can: (permission, scope) => can(me, permission, scope),
      login,
      logout,
      refresh: () => load(),
      update,
      changeLanguage,
    };
  }, [state, login, logout, load, update, changeLanguage]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
