import { ApiOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Me, ProfilePatch } from '../api/types';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { formatDateTime } from '../i18n/format';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../i18n/i18n';
import { RoleTag } from '../users/RoleTag';
import { UserScope } from '../users/UserScope';
import { patchMe } from './api';
import { useAuth } from './AuthProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

interface Values {
  display_name: string;
  lang: Language;
}

const FIELDS = ['display_name', 'lang'] as const;
const DISPLAY_NAME_MAX_LENGTH = 200;

/** The fields that changed, so that an untouched form sends nothing. */
export function profilePatch(me: Me, values: Values): ProfilePatch {
  const patch: ProfilePatch = {};
  const name = values.display_name.trim();
  if (name !== me.user.display_name) patch.display_name = name;
  if (values.lang !== me.user.lang) patch.lang = values.lang;
  return patch;
}

function DetailsForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update, can } = useAuth();
  const [form] = Form.useForm<Values>();
  const save = useMutation({ mutationFn: patchMe });
  const editable = can('profile.update');

  const submit = (values: Values) => {
    const patch = profilePatch(me, values);
    if (Object.keys(patch).length === 0) {
      void message.info(t('profile.unchanged'));
      return;
    }
    save.mutate(patch, {
      onSuccess: async (changed) => {
        update(changed);
        if (changed.user.lang !== currentLanguage()) await setLanguage(changed.user.lang);
        void message.success(t('profile.saved'));
      },
      onError: (error) => showFieldProblems(form, error, FIELDS),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ display_name: me.user.display_name, lang: me.user.lang }}
      onFinish={submit}
      disabled={!editable || save.isPending}
    >
      <Form.Item
        name="display_name"
        label={t('profile.displayName')}
        rules={[
          {
            max: DISPLAY_NAME_MAX_LENGTH,
            message: t('profile.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH }),
          },
        ]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item name="lang" label={t('profile.language')} extra={t('profile.languageHint')}>
        <Select<Language>
          options={LANGUAGES.map((language) => ({ value: language, label: t(`app.languages.${language}`) }))}
        />
      </Form.Item>
      {save.isError && (
        <Form.Item>
          <ProblemAlert error={save.error} formFields={FIELDS} />
        </Form.Item>
      )}
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { me, refresh, can } = useAuth();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const language = currentLanguage();
  usePageTitle(t('profile.title'));

  // "Change password" in the user menu leads here: bring that form into view, ready to type.
  useEffect(() => {
    if (hash !== '#password') return;
    const card = document.getElementById('password');
    card?.scrollIntoView({ block: 'start' });
    card?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  }, [hash]);

  if (!me) return null;
  const { user } = me;
  return (
    <>
      <div className="page-heading">
        <Typography.Title level={2}>{t('profile.title')}</Typography.Title>
        <Typography.Text type="secondary">{user.email}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Space direction="vertical" size={16} className="full-width">
            <Card title={t('profile.account')}>
              <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 176 } }}>
                <Descriptions.Item label={t('users.fields.email')}>{user.email}</Descriptions.Item>
                <Descriptions.Item label={t('users.fields.role')}>
                  <RoleTag role={user.role} />
                </Descriptions.Item>
                <Descriptions.Item label={t('users.fields.scope')}>
                  <UserScope user={user} long />
                </Descriptions.Item>
                <Descriptions.Item label={t('users.fields.lastLogin')}>
                  {formatDateTime(user.last_login_at, language) || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.sessionEnds')}>
                  {formatDateTime(me.expires_at, language) || '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('profile.details')}>
              {/* A new form (and form store) for every saved version, also after the
                  header's language switch saved a language. */}
              <DetailsForm key={`${user.version}-${user.lang}`} me={me} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Space direction="vertical" size={16} className="full-width">
            <Card title={t('password.title')} id="password">
              <ChangePasswordForm onChanged={() => void refresh()} />
            </Card>
            {can('token.read') && (
              <Card title={t('tokens.title')}>
                <Typography.Paragraph type="secondary">{t('profile.tokensHint')}</Typography.Paragraph>
                <Button icon={<ApiOutlined />} onClick={() => navigate('/tokens')}>
                  {t('profile.toTokens')}
                </Button>
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </>
  );
}
