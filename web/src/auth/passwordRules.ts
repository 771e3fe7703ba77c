import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

// Mirrors PasswordChange in docs/openapi.yaml; the server also refuses common passwords,
// which only it can tell.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'sameAsCurrent' | 'repeatDiffers';

/** Characters as a reader counts them: "пароль" is 6, not 12 UTF-16 units or bytes. */
function length(text: string): number {
  return [...text].length;
}

export function newPasswordProblem(
  password: string | undefined,
  current: string | undefined,
): PasswordProblem | null {
  if (!password) return 'required';
  if (length(password) < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length(password) > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (current && password === current) return 'sameAsCurrent';
  return null;
}

export function repeatProblem(
  repeat: string | undefined,
  password: string | undefined,
): PasswordProblem | null {
  if (!repeat) return 'required';
  return repeat === password ? null : 'repeatDiffers';
}

/** antd rules of the change-password form; the new and repeated fields read their siblings. */
export function passwordRules(t: TFunction) {
  const fail = (problem: PasswordProblem) =>
    Promise.reject(
      new Error(t(`password.errors.${problem}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })),
    );
  return {
    current: [{ required: true, message: t('password.errors.currentRequired') }] satisfies Rule[],
    next: [
      ({ getFieldValue }) => ({
        validator: (_, value: string | undefined) => {
          const problem = newPasswordProblem(value, getFieldValue('current_password'));
          return problem ? fail(problem) : Promise.resolve();
        },
      }),
    ] satisfies Rule[],
    repeat: [
      ({ getFieldValue }) => ({
        validator: (_, value: string | undefined) => {
          const problem = repeatProblem(value, getFieldValue('new_password'));
          return problem ? fail(problem) : Promise.resolve();
        },
      }),
    ] satisfies Rule[],
  };
}
