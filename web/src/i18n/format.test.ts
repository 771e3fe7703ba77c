import { describe, expect, it } from 'vitest';
import { formatDuration, formatElapsed, formatPercent, formatWait } from './format';

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

describe('formatElapsed', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();
  const minute = 60_000;

  it('says the largest whole unit: minutes, hours, then days', () => {
    expect(formatElapsed(ago(45 * minute), now, 'en')).toBe('45 min');
    expect(formatElapsed(ago(5 * 60 * minute + 59 * minute), now, 'en')).toBe('5 hr');
    expect(formatElapsed(ago(3 * 24 * 60 * minute + 23 * 60 * minute), now, 'en')).toBe('3 days');
    expect(formatElapsed(ago(24 * 60 * minute), now, 'en')).toBe('1 day');
    expect(formatElapsed(ago(3 * 24 * 60 * minute), now, 'ru')).toBe('3 дн.');
    expect(formatElapsed(ago(2 * 60 * minute), now, 'ru')).toBe('2 ч');
  });

  it('never says less than a minute, nor a time ahead', () => {
    expect(formatElapsed(ago(10_000), now, 'en')).toBe('1 min');
    expect(formatElapsed(ago(-5 * minute), now, 'en')).toBe('1 min');
  });

  it('leaves an unreadable moment blank', () => {
    expect(formatElapsed('soon', now, 'en')).toBe('');
  });
});

describe('formatDuration', () => {
  const hour = 3600;
  const day = 24 * hour;

  it('says the two largest units', () => {
    expect(formatDuration(3 * day + 4 * hour + 20 * 60, 'en')).toBe('3 days 4 hr');
    expect(formatDuration(5 * hour + 12 * 60, 'en')).toBe('5 hr 12 min');
    expect(formatDuration(40 * 60, 'en')).toBe('40 min');
    expect(formatDuration(2 * day, 'en')).toBe('2 days');
    expect(formatDuration(3 * day + 4 * hour, 'ru')).toBe('3 дн. 4 ч');
  });

  it('never says less than a minute', () => {
    expect(formatDuration(12, 'en')).toBe('1 min');
    expect(formatDuration(0, 'en')).toBe('1 min');
  });
});

describe('formatPercent', () => {
  it('shows a share to a tenth of a percent', () => {
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0.8567, 'ru').replace(/\u00a0/g, ' ')).toBe('85,7 %');
  });
});
