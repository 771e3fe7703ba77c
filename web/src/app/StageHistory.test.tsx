import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/problem';
import '../i18n/i18n';
import { setLanguage } from '../i18n/i18n';
import { StageHistory } from './StageHistory';
import type { StageChangeOf } from './stagePath';

type Stage = 'prospect' | 'engaged' | 'lost';
const TEXTS = { title: 'Stage history', empty: 'No moves yet', opened: 'Opened at' };

function show(props: Partial<Parameters<typeof StageHistory<Stage>>[0]> = {}) {
  return render(
    <StageHistory<Stage>
      history={undefined}
      loading={false}
      error={null}
      onRetry={() => undefined}
      renderStage={(stage) => <span data-testid="stage">{stage.toUpperCase()}</span>}
      colorOf={() => '#000000'}
      texts={TEXTS}
      testId="relocation-history"
      {...props}
    />,
  );
}

const HISTORY: StageChangeOf<Stage>[] = [
  {
    from: null,
    to: 'prospect',
    reason: '',
    by: { id: 4, display_name: 'Demo attaché' },
    at: '2026-11-20T10:00:00Z',
  },
  { from: 'prospect', to: 'engaged', reason: '', by: null, at: '2026-11-21T10:00:00Z' },
  {
    from: 'engaged',
    to: 'lost',
    reason: 'Chose Dubai',
    by: { id: 4, display_name: 'Demo attaché' },
    at: '2026-11-22T10:00:00Z',
  },
];

describe('StageHistory', () => {
  it('lists every move oldest first: the opening, from where to where, who and why', async () => {
    await setLanguage('en');
    show({ history: HISTORY });
    const card = screen.getByTestId('relocation-history');
    expect(within(card).getByText('Stage history')).toBeTruthy();
    const moves = within(card).getAllByTestId('stage-change');
    expect(
      moves.map((move) =>
        within(move)
          .getAllByTestId('stage')
          .map((tag) => tag.textContent),
      ),
    ).toEqual([['PROSPECT'], ['PROSPECT', 'ENGAGED'], ['ENGAGED', 'LOST']]);
    expect(moves.map((move) => move.getAttribute('data-to'))).toEqual(['prospect', 'engaged', 'lost']);
    expect(within(moves[0]!).getByText('Opened at')).toBeTruthy();
    expect(within(moves[0]!).getByText(/Demo attaché/)).toBeTruthy();
    // A move nobody made by hand is the system's.
    expect(within(moves[1]!).getByText(/System/)).toBeTruthy();
    expect(within(moves[2]!).getByText('Chose Dubai')).toBeTruthy();
    expect(within(card).queryByText('No moves yet')).toBeNull();
  });

  it('says when there are no moves, and offers to try again when they could not be read', async () => {
    await setLanguage('en');
    const { unmount } = show({ history: [] });
    expect(within(screen.getByTestId('relocation-history')).getByText('No moves yet')).toBeTruthy();
    unmount();

    const retry = vi.fn();
    show({
      error: new ProblemError({ type: '/problems/unavailable', title: 'Unavailable', status: 503 }),
      onRetry: retry,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
    expect(screen.queryAllByTestId('stage-change')).toEqual([]);
  });
});
