import { describe, expect, it } from 'vitest';
import { formatWait } from './format';

describe('formatWait', () => {
  it('says seconds under a minute and whole minutes, rounded up, beyond', () => {
    expect(formatWait(45, 'en')).toBe('in 45 seconds');
    expect(formatWait(60, 'en')).toBe('in 1 minute');
    expect(formatWait(61, 'en')).toBe('in 2 minutes');
    expect(formatWait(900, 'ru')).toBe('через 15 минут');
    expect(formatWait(3, 'ru')).toBe('через 3 секунды');
  });

  it('never promises less than a second', () => {
    expect(formatWait(0, 'en')).toBe('in 1 second');
    expect(formatWait(0.2, 'en')).toBe('in 1 second');
  });
});
