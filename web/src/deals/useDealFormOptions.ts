import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useRequestAssignees } from '../requests/api';
import { useSolutionList } from '../solutions/api';
import { useCompanyRequests } from './api';
import type { Deal } from './types';

// Enough of a company's solutions and requests to choose from in one list.
const LINKED = 100;

/**
 * What the deal form offers to choose from: the company's solutions and support requests, and
 * the attachés and analysts who may own a deal in the country; the deal's own links and owner
 * keep their labels though the lists no longer hold them.
 */
export function useDealFormOptions(
  original: Deal | undefined,
  organisationId: number | undefined,
  country: string | undefined,
) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const solutions = useSolutionList(
    { organisation: organisationId ?? 0, limit: LINKED },
    { enabled: !!organisationId },
  );
  const requests = useCompanyRequests(organisationId ?? 0, LINKED);
  const assignees = useRequestAssignees(country);

  const solutionOptions = useMemo(() => {
    const byId = new Map<number, string>();
    for (const solution of original?.solutions ?? []) byId.set(solution.id, localName(solution, language));
    for (const solution of solutions.data?.items ?? []) byId.set(solution.id, localName(solution, language));
    return [...byId].map(([value, label]) => ({ value, label: label || `#${value}` }));
  }, [original, solutions.data, language]);
  const requestOptions = useMemo(() => {
    const byId = new Map<number, string>();
    for (const request of original?.requests ?? []) byId.set(request.id, request.subject);
    for (const request of requests.data?.items ?? []) byId.set(request.id, request.subject);
    return [...byId].map(([value, subject]) => ({
      value,
      label: `${t('requests.number', { id: value })} ${subject}`,
    }));
  }, [original, requests.data, t]);
  const ownerOptions = useMemo(() => {
    const options = (assignees.data?.items ?? []).map((person) => ({
      value: person.id,
      label: `${person.display_name} · ${t(`roles.${person.role}`)}`,
    }));
    // The owner as saved, though no longer among the country's candidates.
    const current = original?.owner;
    if (current && !options.some((option) => option.value === current.id)) {
      options.push({ value: current.id, label: current.display_name });
    }
    return options;
  }, [assignees.data, original, t]);

  return { solutions, requests, assignees, solutionOptions, requestOptions, ownerOptions };
}
