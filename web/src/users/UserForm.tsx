import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import type { Role, User, UserWithPassword } from '../api/types';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { ROLES } from '../auth/permissions';
import { useAllCountries } from '../countries/api';
import { currentLanguage, LANGUAGES, type Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCreateUser, usePatchUser } from './api';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  REGION_PATTERN,
  toUserInput,
  toUserPatch,
  toUserValues,
  type UserValues,
} from './userValues';

const FIELDS = ['email', 'display_name', 'lang', 'role', 'countries', 'company_id', 'region'] as const;

interface Props {
  /** The user to change; a new one is created when absent. */
  user?: User;
  onCreated: (created: UserWithPassword) => void;
  onClose: () => void;
}

/** The create/edit dialog of a user account; rendered only while open, so each opening starts clean. */
export function UserForm({ user, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const [form] = Form.useForm<UserValues>();
  const role = Form.useWatch('role', form) ?? user?.role ?? 'viewer';
  const countries = useAllCountries();
  const create = useCreateUser();
  const patch = usePatchUser();
  const mutation = user ? patch : create;

  const countryOptions = useMemo(
    () =>
      (countries.data?.items ?? [])
        .map((country) => ({
          value: country.iso2,
          label: `${localName(country, language)} (${country.iso2})`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [countries.data, language],
  );

  const onError = (error: Error) => {
    if (user && error instanceof ProblemError && error.status === 409) {
      void message.warning(t('users.conflict'));
      onClose();
    } else if (error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length) {
      // Another account has this e-mail already.
      form.setFields([{ name: 'email', errors: [error.problem.detail ?? error.problem.title] }]);
    } else {
      showFieldProblems(form, error, FIELDS);
    }
  };

  const submit = (values: UserValues) => {
    if (user) {
      const changes = toUserPatch(user, values);
      if (Object.keys(changes).length === 0) {
        onClose();
        return;
      }
      patch.mutate(
        { user, patch: changes },
        {
          onSuccess: () => {
            void message.success(t('users.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(toUserInput(values), { onSuccess: onCreated, onError });
    }
  };

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { email: user.email }) : t('users.createTitle')}
      okText={user ? t('common.save') : t('users.createOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      width={640}
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={toUserValues(user, language)}
        onFinish={submit}
        disabled={mutation.isPending}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="email"
              label={t('users.fields.email')}
              rules={
                user
                  ? []
                  : [
                      { required: true, whitespace: true, message: t('users.errors.emailRequired') },
                      { type: 'email', message: t('users.errors.emailInvalid') },
                      {
                        max: EMAIL_MAX_LENGTH,
                        message: t('users.errors.tooLong', { max: EMAIL_MAX_LENGTH }),
                      },
                    ]
              }
              extra={user ? t('users.hints.emailFixed') : undefined}
            >
              <Input autoFocus={!user} disabled={!!user} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="display_name"
              label={t('users.fields.displayName')}
              rules={[
                {
                  max: DISPLAY_NAME_MAX_LENGTH,
                  message: t('users.errors.tooLong', { max: DISPLAY_NAME_MAX_LENGTH }),
                },
              ]}
            >
              <Input autoFocus={!!user} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="role"
              label={t('users.fields.role')}
              rules={[{ required: true }]}
              extra={t(`roles.about.${role}`)}
            >
              <Select<Role> options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="lang" label={t('users.fields.language')} rules={[{ required: true }]}>
              <Select<Language>
                options={LANGUAGES.map((value) => ({ value, label: t(`app.languages.${value}`) }))}
              />
            </Form.Item>
          </Col>
          {role === 'attache' && (
            <Col span={24}>
              <Form.Item
                name="countries"
                label={t('users.fields.countries')}
                rules={[
                  { required: true, type: 'array', min: 1, message: t('users.errors.countriesRequired') },
                ]}
                extra={t('users.hints.countries')}
              >
                <Select<string[]>
                  mode="multiple"
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  loading={countries.isPending}
                  options={countryOptions}
                  placeholder={t('users.hints.countriesPlaceholder')}
                />
              </Form.Item>
            </Col>
          )}
          {role === 'company' && (
            <Col xs={24} sm={12}>
              <Form.Item
                name="company_id"
                label={t('users.fields.company')}
                rules={[
                  { required: true, type: 'integer', min: 1, message: t('users.errors.companyRequired') },
                ]}
                extra={t('users.hints.company')}
              >
                <InputNumber className="full-width" min={1} precision={0} />
              </Form.Item>
            </Col>
          )}
          {role === 'region' && (
            <Col xs={24} sm={12}>
              <Form.Item
                name="region"
                label={t('users.fields.region')}
                normalize={(value?: string) => value?.toUpperCase()}
                rules={[
                  { required: true, whitespace: true, message: t('users.errors.regionRequired') },
                  { pattern: REGION_PATTERN, message: t('users.errors.regionInvalid') },
                ]}
                extra={t('users.hints.region')}
              >
                <Input placeholder="RU-TA" autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
          )}
        </Row>
        {mutation.isError && <ProblemAlert error={mutation.error} formFields={FIELDS} />}
        {/* Lets Enter in a text field submit, as it does in any other form. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
