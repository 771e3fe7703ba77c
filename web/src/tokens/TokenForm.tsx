import { Button, Checkbox, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me, TokenWithSecret } from '../api/types';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { actionLabel, resourceLabel } from '../auth/permissionLabels';
import { groupPermissions, tokenPermissions } from '../auth/permissions';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCreateToken } from './api';
import { defaultExpiry, expiryProblem, TOKEN_NAME_MAX_LENGTH, utcToday } from './tokenRules';

interface Values {
  name: string;
  expires_on: Dayjs | null;
  permissions: string[];
}

const FIELDS = ['name', 'expires_on', 'permissions'] as const;

interface Props {
  me: Me;
  onCreated: (created: TokenWithSecret) => void;
  onClose: () => void;
}

/** A new API token: a name, the last day it works and what it may do, within the user's own rights. */
export function TokenForm({ me, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateToken();
  const today = useMemo(() => utcToday(), []);
  const offered = useMemo(() => tokenPermissions(me), [me]);
  const groups = useMemo(() => groupPermissions(offered), [offered]);
  const reading = offered.filter((permission) => permission.endsWith('.read'));

  const submit = (values: Values) =>
    create.mutate(
      {
        name: values.name.trim(),
        expires_on: values.expires_on?.format('YYYY-MM-DD') ?? '',
        permissions: values.permissions,
      },
      { onSuccess: onCreated, onError: (error) => showFieldProblems(form, error, FIELDS) },
    );

  const choose = (permissions: string[]) => form.setFieldsValue({ permissions });

  return (
    <Modal
      open
      title={t('tokens.createTitle')}
      okText={t('tokens.createOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ name: '', expires_on: defaultExpiry(today), permissions: reading }}
        onFinish={submit}
        disabled={create.isPending}
      >
        <Form.Item
          name="name"
          label={t('tokens.fields.name')}
          extra={t('tokens.hints.name')}
          rules={[
            { required: true, whitespace: true, message: t('tokens.errors.nameRequired') },
            {
              max: TOKEN_NAME_MAX_LENGTH,
              message: t('tokens.errors.nameTooLong', { max: TOKEN_NAME_MAX_LENGTH }),
            },
          ]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="expires_on"
          label={t('tokens.fields.expiresOn')}
          required
          extra={t('tokens.hints.expiresOn')}
          rules={[
            {
              validator: (_, day: Dayjs | null) => {
                const problem = expiryProblem(day, today);
                return problem ? Promise.reject(new Error(t(`tokens.errors.${problem}`))) : Promise.resolve();
              },
            },
          ]}
        >
          <DatePicker
            className="full-width"
            format={datePickerFormats(currentLanguage())}
            disabledDate={(day) => expiryProblem(day, today) !== null}
          />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('tokens.fields.permissions')}
          extra={t('tokens.hints.permissions')}
          rules={[{ required: true, type: 'array', min: 1, message: t('tokens.errors.permissionsRequired') }]}
        >
          <Checkbox.Group className="permission-groups">
            {groups.map((group) => (
              <div
                key={group.resource}
                className="permission-group"
                role="group"
                aria-labelledby={`permission-group-${group.resource}`}
              >
                <Typography.Text
                  strong
                  id={`permission-group-${group.resource}`}
                  className="permission-group-name"
                >
                  {resourceLabel(t, group.resource)}
                </Typography.Text>
                <Space wrap size={[16, 4]}>
                  {group.permissions.map((permission) => (
                    <Checkbox key={permission} value={permission} title={permission}>
                      {actionLabel(t, permission)}
                    </Checkbox>
                  ))}
                </Space>
              </div>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Space className="permission-shortcuts" wrap>
          <Button size="small" onClick={() => choose(reading)}>
            {t('tokens.onlyReading')}
          </Button>
          <Button size="small" onClick={() => choose(offered)}>
            {t('tokens.everything')}
          </Button>
          <Button size="small" onClick={() => choose([])}>
            {t('tokens.nothing')}
          </Button>
        </Space>
        {create.isError && <ProblemAlert error={create.error} formFields={FIELDS} />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
