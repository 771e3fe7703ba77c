import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/problem';
import '../i18n/i18n';
import { setLanguage } from '../i18n/i18n';
import { ShowcaseProblem } from './ShowcaseProblem';

const tooMany = (retryAfter?: number) =>
  new ProblemError(
    { type: '/problems/too-many-requests', title: 'Too Many Requests', status: 429, detail: 'Slow down.' },
    retryAfter,
  );

describe('ShowcaseProblem', () => {
  it('tells a visitor who asked too often when to try again, and lets them', async () => {
    await setLanguage('en');
    const retry = vi.fn();
    render(<ShowcaseProblem error={tooMany(45)} onRetry={retry} />);
    expect(screen.getByText('Too many requests at once')).toBeTruthy();
    expect(screen.getByText(/Please try again in 45 seconds\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says so in Russian too, also without Retry-After', async () => {
    await setLanguage('ru');
    render(<ShowcaseProblem error={tooMany()} onRetry={() => undefined} />);
    expect(screen.getByText('Слишком много запросов сразу')).toBeTruthy();
    expect(screen.getByText(/Попробуйте снова через минуту\./)).toBeTruthy();
    await setLanguage('en');
  });

  it('shows any other failure as the app does', async () => {
    await setLanguage('en');
    render(
      <ShowcaseProblem
        error={
          new ProblemError({
            type: '/problems/unavailable',
            title: 'Unavailable',
            status: 503,
            detail: 'Down.',
          })
        }
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Down.');
  });
});
