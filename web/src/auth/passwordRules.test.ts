import { describe, expect, it } from 'vitest';
import { newPasswordProblem, repeatProblem } from './passwordRules';

describe('newPasswordProblem', () => {
  it('wants at least 12 characters, counted as a reader counts them', () => {
    expect(newPasswordProblem('', 'old')).toBe('required');
    expect(newPasswordProblem('short-pass1', 'old')).toBe('tooShort');
    expect(newPasswordProblem('twelve-chars', 'old')).toBeNull();
    expect(newPasswordProblem('пароль-пароль', 'old')).toBeNull();
    expect(newPasswordProblem('😀😀😀😀😀😀😀😀😀😀😀', 'old')).toBe('tooShort');
  });

  it('refuses more than 200 characters and the current password again', () => {
    expect(newPasswordProblem('x'.repeat(200), 'old')).toBeNull();
    expect(newPasswordProblem('x'.repeat(201), 'old')).toBe('tooLong');
    expect(newPasswordProblem('the-same-password', 'the-same-password')).toBe('sameAsCurrent');
  });
});

describe('repeatProblem', () => {
  it('wants the new password typed the same twice', () => {
    expect(repeatProblem('', 'a-new-password')).toBe('required');
    expect(repeatProblem('a-new-passwork', 'a-new-password')).toBe('repeatDiffers');
    expect(repeatProblem('a-new-password', 'a-new-password')).toBeNull();
  });
});
