import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError, problemFieldErrors } from '../api/problem';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Fields a form already shows errors on; their messages are not repeated here. */
  formFields?: readonly string[];
}

/** Shows a failed call: the server's localised detail, stray field errors and the request id. */
export function ProblemAlert({ error, onRetry, formFields = [] }: Props) {
  const { t } = useTranslation();
  const problem = error instanceof ProblemError ? error.problem : undefined;
  const other = problem ? problemFieldErrors(problem, formFields).other : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="problem-alert"
      message={problem?.title ?? t('errors.networkTitle')}
      description={
        <>
          <div>{problem ? problem.detail : t('errors.networkDetail')}</div>
          {other.length > 0 && (
            <ul className="problem-errors">
              {other.map((item, index) => (
                <li key={index}>
                  {(item.parameter ?? item.pointer) ? <code>{item.parameter ?? item.pointer}</code> : null}{' '}
                  {item.message}
                </li>
              ))}
            </ul>
          )}
          {problem?.request_id && (
            <Typography.Text type="secondary" className="request-id">
              {t('errors.requestId', { id: problem.request_id })}
            </Typography.Text>
          )}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
