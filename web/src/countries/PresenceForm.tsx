import { App, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import type { PresenceStatus } from '../api/types';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { usePutPresence, type CountryRecord } from './api';
import { PRESENCE_STATUSES } from './presence';
import { PresenceTag } from './PresenceTag';
import { NOTE_MAX_LENGTH, noteLength, presenceRules, sinceProblem } from './presenceRules';

interface Values {
  status: PresenceStatus;
  since: Dayjs | null;
  note?: string;
}

const FIELDS = ['status', 'since', 'note'] as const;

interface Props {
  record: CountryRecord;
  onSaved: () => void;
  /** Someone else saved first (409): the caller shows the fresh record instead. */
  onConflict: () => void;
  onCancel: () => void;
}

export function PresenceForm({ record, onSaved, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const put = usePutPresence(record.country.iso2);
  const rules = useMemo(() => presenceRules(t), [t]);
  const { presence } = record.country;

  const submit = (values: Values) => {
    put.mutate(
      {
        etag: record.etag,
        input: {
          status: values.status,
          since: values.since ? values.since.format('YYYY-MM-DD') : null,
          note: values.note ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('presence.saved'));
          onSaved();
        },
        onError: (error) => {
          if (error instanceof ProblemError && error.status === 409) onConflict();
          else showFieldProblems(form, error, FIELDS);
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{
        status: presence.status,
        since: presence.since ? dayjs(presence.since) : null,
        note: presence.note,
      }}
      onFinish={submit}
      disabled={put.isPending}
    >
      <Form.Item name="status" label={t('presence.fields.status')} rules={rules.status}>
        <Select
          options={PRESENCE_STATUSES.map((status) => ({
            value: status,
            label: <PresenceTag status={status} />,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="since"
        label={t('presence.fields.since')}
        rules={rules.since}
        extra={t('presence.hints.since')}
      >
        <DatePicker
          className="full-width"
          format={datePickerFormats(currentLanguage())}
          disabledDate={(day) => sinceProblem(day, dayjs()) !== null}
        />
      </Form.Item>
      <Form.Item name="note" label={t('presence.fields.note')} rules={rules.note}>
        {/* `count` rather than maxLength: a pasted long text stays visible and the rule
            explains what is wrong, instead of being cut silently. */}
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          count={{ show: true, max: NOTE_MAX_LENGTH, strategy: noteLength }}
        />
      </Form.Item>
      {put.isError && !(put.error instanceof ProblemError && put.error.status === 409) && (
        <Form.Item>
          <ProblemAlert error={put.error} formFields={FIELDS} />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={put.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
