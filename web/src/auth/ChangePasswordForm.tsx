import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { changePassword } from './api';
import { PASSWORD_MIN_LENGTH, passwordRules } from './passwordRules';

interface Values {
  current_password: string;
  new_password: string;
  repeat: string;
}

const FIELDS = ['current_password', 'new_password'] as const;

interface Props {
  /** Called once the server has taken the new password. */
  onChanged: () => void;
  autoFocus?: boolean;
}

/** Current, new and repeated password; used on the profile page and for the forced change. */
export function ChangePasswordForm({ onChanged, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = useMemo(() => passwordRules(t), [t]);
  const change = useMutation({ mutationFn: changePassword });

  const submit = ({ current_password, new_password }: Values) =>
    change.mutate(
      { current_password, new_password },
      {
        onSuccess: () => {
          void message.success(t('password.changed'));
          form.resetFields();
          onChanged();
        },
        onError: (error) => showFieldProblems(form, error, FIELDS),
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      disabled={change.isPending}
      className="password-form"
    >
      <Form.Item name="current_password" label={t('password.current')} rules={rules.current}>
        <Input.Password autoComplete="current-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="new_password"
        label={t('password.new')}
        rules={rules.next}
        dependencies={['current_password']}
        extra={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('password.repeat')}
        rules={rules.repeat}
        dependencies={['new_password']}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {change.isError && (
        <Form.Item>
          <ProblemAlert error={change.error} formFields={FIELDS} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
