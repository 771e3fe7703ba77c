import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import type { UserRef } from '../api/types';
import { useAssigneesOf } from './api';

/**
 * The members of the service who may take on work in `countries` (their attachés, then HQ
 * analysts), as the options of a picker: "Name · Role". `also` keeps people the lists do not
 * hold (a record's owner as saved, the reader), first. Only countries the reader files requests
 * in are asked about: the server lists candidates to no one else.
 */
export function useStaffOptions(countries: readonly string[], also: readonly UserRef[] = []) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const asked = countries.filter((country) => can('request.create', { country }));
  const people = useAssigneesOf(asked, asked.length > 0);
  return useMemo(() => {
    const byId = new Map<number, string>();
    for (const person of also) byId.set(person.id, person.display_name);
    for (const person of people) byId.set(person.id, `${person.display_name} · ${t(`roles.${person.role}`)}`);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [people, also, t]);
}
