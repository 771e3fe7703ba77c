import { Alert, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from './ProblemAlert';

/** Whether a write was refused because someone else changed the record meanwhile (409). */
export function isStale(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length;
}

interface Options {
  /** The write's outcome: its failure, and the way to forget it. */
  mutation: { isError: boolean; error: unknown; reset: () => void };
  /** Reads the record again, so the form starts over from the latest version. */
  onReload?: () => Promise<unknown>;
  /** "Someone else changed this deal meanwhile". */
  staleTitle: string;
  /** Fields the form shows the server's errors on; the alert does not repeat them. */
  formFields: readonly string[];
}

/**
 * What a record's form says when saving failed: the way to read the record again when someone
 * else changed it meanwhile, or the server's problem. `caught(error)` tells a stale write apart
 * (and remembers it) from one whose errors go on the fields.
 */
export function useSaveProblem({ mutation, onReload, staleTitle, formFields }: Options) {
  const { t } = useTranslation();
  const [stale, setStale] = useState(false);

  const caught = (error: unknown): boolean => {
    if (!isStale(error)) return false;
    setStale(true);
    return true;
  };
  const reload = async () => {
    await onReload?.();
    setStale(false);
    mutation.reset();
  };

  const problem: ReactNode = stale ? (
    <Alert
      type="warning"
      showIcon
      role="alert"
      message={staleTitle}
      description={t('requests.stale.detail')}
      action={<Button onClick={() => void reload()}>{t('requests.stale.reload')}</Button>}
    />
  ) : (
    mutation.isError && <ProblemAlert error={mutation.error} formFields={formFields} />
  );
  return { caught, problem };
}
