import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Spin, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { formatWait } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { AuthLayout } from './AuthLayout';
import { useAuth } from './AuthProvider';
import { safeNextPath } from './nextUrl';

interface Values {
  email: string;
  password: string;
}

const FIELDS = ['email', 'password'] as const;

/** Whole seconds left until `at` (ms since the epoch), ticking every second; 0 without one. */
function useSecondsUntil(at: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === undefined) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === undefined ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

function status(error: unknown): number | undefined {
  return error instanceof ProblemError ? error.status : undefined;
}

export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [form] = Form.useForm<Values>();
  const password = useRef<InputRef>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [retryAt, setRetryAt] = useState<number>();
  const wait = useSecondsUntil(retryAt);
  usePageTitle(t('login.title'));

  // The pause is over: the next attempt may go.
  useEffect(() => {
    if (retryAt !== undefined && wait === 0) {
      setRetryAt(undefined);
      setError(undefined);
    }
  }, [retryAt, wait]);

  if (auth.state.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setPending(true);
    setError(undefined);
    try {
      await auth.login({ email: values.email.trim(), password: values.password });
      // Signed in: the page turns into a redirect to `next`.
    } catch (failure) {
      setError(failure);
      const code = status(failure);
      if (code === 429 && failure instanceof ProblemError && failure.retryAfter !== undefined) {
        setRetryAt(Date.now() + failure.retryAfter * 1000);
      } else if (code === 401) {
        form.setFieldValue('password', '');
        password.current?.focus();
      } else {
        showFieldProblems(form, failure, FIELDS);
      }
    } finally {
      setPending(false);
    }
  };

  const code = status(error);
  const problem = error instanceof ProblemError ? error.problem : undefined;
  const expired = auth.state.status === 'anonymous' && auth.state.reason === 'expired';

  return (
    <AuthLayout title={t('login.title')}>
      {auth.state.status === 'loading' ? (
        <div className="auth-spin">
          <Spin aria-label={t('login.loading')} />
        </div>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          size="large"
          onFinish={(values) => void submit(values)}
          disabled={pending}
          className="login-form"
        >
          {expired && !error && (
            <Alert className="card-alert" type="info" showIcon message={t('login.expired')} />
          )}
          {code === 429 && (
            <Alert
              className="card-alert"
              type="warning"
              showIcon
              role="alert"
              data-testid="login-throttled"
              message={t('login.throttledTitle')}
              description={
                wait > 0
                  ? t('login.throttledWait', { when: formatWait(wait, currentLanguage()) })
                  : problem?.detail
              }
            />
          )}
          {code === 401 && (
            <Alert
              className="card-alert"
              type="error"
              showIcon
              role="alert"
              data-testid="login-error"
              message={problem?.detail ?? problem?.title}
            />
          )}
          {error !== undefined && code !== 401 && code !== 429 && (
            <ProblemAlert error={error} formFields={FIELDS} />
          )}
          <Form.Item
            name="email"
            label={t('login.email')}
            rules={[{ required: true, whitespace: true, message: t('login.emailRequired') }]}
          >
            <Input
              prefix={<MailOutlined />}
              autoFocus
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password ref={password} prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={pending} disabled={wait > 0}>
            {t('login.submit')}
          </Button>
        </Form>
      )}
    </AuthLayout>
  );
}
