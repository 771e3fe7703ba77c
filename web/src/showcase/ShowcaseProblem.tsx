import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatWait } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';

/** A failed showcase call; too many requests is the visitor's pace, not a fault, and says so. */
export function ShowcaseProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ProblemError && error.status === 429) {
    return (
      <Result
        status="info"
        className="showcase-busy"
        data-testid="showcase-busy"
        title={t('showcase.busy.title')}
        subTitle={
          error.retryAfter !== undefined
            ? t('showcase.busy.wait', { wait: formatWait(error.retryAfter, currentLanguage()) })
            : t('showcase.busy.later')
        }
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return <ProblemAlert error={error} onRetry={onRetry} />;
}
