import { api, send, sendEmpty } from '../api/client';
import { ProblemError } from '../api/problem';
import type { LoginInput, Me, PasswordChange, ProfilePatch } from '../api/types';

/** The signed-in caller, or null when there is no valid session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return (await send(api.GET('/api/v1/me', { signal }))).data;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) return null;
    throw error;
  }
}

export async function login(input: LoginInput): Promise<Me> {
  return (await send(api.POST('/api/v1/session', { body: input }))).data;
}

export async function logout(): Promise<void> {
  try {
    await sendEmpty(api.DELETE('/api/v1/session'));
  } catch (error) {
    // Already over (expired, or ended elsewhere): signed out all the same.
    if (!(error instanceof ProblemError && error.status === 401)) throw error;
  }
}

export async function patchMe(patch: ProfilePatch): Promise<Me> {
  return (await send(api.PATCH('/api/v1/me', { body: patch }))).data;
}

export async function changePassword(change: PasswordChange): Promise<void> {
  await sendEmpty(api.PUT('/api/v1/me/password', { body: change }));
}
