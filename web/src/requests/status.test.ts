import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import ru from '../i18n/locales/ru.json';
import {
  isFinal,
  mainTransition,
  orderedTransitions,
  reasonNeed,
  transitionLabelKey,
  REQUEST_STATUSES,
  STATUS_COLORS,
  STATUS_CHOICES,
} from './status';

describe('statuses', () => {
  it('have a colour and a name in both languages each', () => {
    for (const status of REQUEST_STATUSES) {
      expect(STATUS_COLORS[status], status).toBeTruthy();
      expect(en.requests.statuses[status], status).toBeTruthy();
      expect(ru.requests.statuses[status], status).toBeTruthy();
    }
    expect(ru.requests.statuses.waiting_on_company).toBe('Ждёт компанию');
    expect(en.requests.statuses.in_progress).toBe('In progress');
  });

  it('tell the closed ones apart by colour', () => {
    expect(STATUS_COLORS.resolved).toBe('green');
    expect(STATUS_COLORS.declined).toBe('red');
    expect(new Set(REQUEST_STATUSES.map((status) => STATUS_COLORS[status])).size).toBe(
      REQUEST_STATUSES.length,
    );
  });

  it('offer "open" first among the filter choices, with a name of its own', () => {
    expect(STATUS_CHOICES[0]).toBe('open');
    expect(en.requests.filters.open).toBeTruthy();
    expect(ru.requests.filters.open).toBeTruthy();
  });

  it('know which are final', () => {
    expect(REQUEST_STATUSES.filter(isFinal)).toEqual(['resolved', 'declined', 'cancelled']);
  });
});

describe('transitions', () => {
  it('have a button label in both languages for every target', () => {
    for (const status of REQUEST_STATUSES.filter((item) => item !== 'new')) {
      expect(en.requests.transitions[status as Exclude<typeof status, 'new'>], status).toBeTruthy();
      expect(ru.requests.transitions[status as Exclude<typeof status, 'new'>], status).toBeTruthy();
    }
  });

  it('call going back to work from waiting on the company resuming it', () => {
    expect(transitionLabelKey('waiting_on_company', 'in_progress')).toBe('requests.transitions.resume');
    expect(transitionLabelKey('triaged', 'in_progress')).toBe('requests.transitions.in_progress');
    expect(transitionLabelKey('waiting_on_company', 'resolved')).toBe('requests.transitions.resolved');
    expect(en.requests.transitions.resume).toBe('Resume work');
  });

  it('ask a reason to decline or cancel and a note, if any, to resolve', () => {
    expect(reasonNeed('declined')).toBe('required');
    expect(reasonNeed('cancelled')).toBe('required');
    expect(reasonNeed('resolved')).toBe('optional');
    expect(reasonNeed('triaged')).toBe('none');
  });

  it('follow the lifecycle, the ways out last', () => {
    expect(orderedTransitions(['cancelled', 'declined', 'in_progress', 'triaged'])).toEqual([
      'triaged',
      'in_progress',
      'declined',
      'cancelled',
    ]);
  });

  it('single out resolving, else the next step forward', () => {
    expect(mainTransition(['declined', 'waiting_on_company', 'resolved'])).toBe('resolved');
    expect(mainTransition(['cancelled', 'declined', 'triaged'])).toBe('triaged');
    expect(mainTransition(['cancelled'])).toBeUndefined();
  });
});
