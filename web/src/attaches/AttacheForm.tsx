import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import type { Attache, AttacheInput } from '../api/types';
import { ProblemAlert } from '../app/ProblemAlert';
import { showFieldProblems } from '../app/formProblems';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCreateAttache, usePatchAttache } from './api';
import { attacheRules, type AttacheValues } from './attacheRules';
import { ATTACHE_STATUSES } from './attacheStatus';
import { AttacheStatusTag } from './AttacheStatusTag';

const FIELDS = ['name_ru', 'name_en', 'status', 'start_date', 'end_date', 'email'] as const;

interface Props {
  country: string;
  /** The attaché to change; a new one is added when absent. */
  attache?: Attache;
  onClose: () => void;
}

function toValues(attache: Attache | undefined): AttacheValues {
  if (!attache) return { status: 'planned', name_ru: '', name_en: '', email: '' };
  return {
    name_ru: attache.name_ru,
    name_en: attache.name_en,
    status: attache.status,
    start_date: attache.start_date ? dayjs(attache.start_date) : null,
    end_date: attache.end_date ? dayjs(attache.end_date) : null,
    email: attache.email ?? '',
  };
}

function toInput(values: AttacheValues): Omit<AttacheInput, 'country'> {
  return {
    name_ru: values.name_ru?.trim() ?? '',
    name_en: values.name_en?.trim() ?? '',
    status: values.status,
    start_date: values.start_date ? values.start_date.format('YYYY-MM-DD') : null,
    end_date: values.end_date ? values.end_date.format('YYYY-MM-DD') : null,
    email: values.email?.trim() || null,
  };
}

/** The add/edit dialog of an attaché; rendered only while open, so each opening starts clean. */
export function AttacheForm({ country, attache, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AttacheValues>();
  const rules = useMemo(() => attacheRules(t), [t]);
  const create = useCreateAttache();
  const patch = usePatchAttache();
  const mutation = attache ? patch : create;
  const formats = datePickerFormats(currentLanguage());
  const status = Form.useWatch('status', form);

  const onError = (error: Error) => {
    if (error instanceof ProblemError && error.status === 409) {
      void message.warning(t('attaches.conflict'));
      onClose();
    } else {
      showFieldProblems(form, error, FIELDS);
    }
  };
  const onSuccess = () => {
    void message.success(t(attache ? 'attaches.saved' : 'attaches.added'));
    onClose();
  };
  const submit = (values: AttacheValues) => {
    const input = toInput(values);
    if (attache) patch.mutate({ attache, patch: input }, { onSuccess, onError });
    else create.mutate({ ...input, country }, { onSuccess, onError });
  };

  return (
    <Modal
      open
      title={t(attache ? 'attaches.editTitle' : 'attaches.addTitle')}
      okText={t(attache ? 'common.save' : 'attaches.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      width={640}
    >
      <Form<AttacheValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={toValues(attache)}
        onFinish={submit}
        disabled={mutation.isPending}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name_ru"
              label={t('attaches.fields.nameRu')}
              rules={rules.nameRu}
              dependencies={['name_en']}
            >
              <Input autoFocus />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name_en"
              label={t('attaches.fields.nameEn')}
              rules={rules.nameEn}
              dependencies={['name_ru']}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="status" label={t('attaches.fields.status')} rules={rules.status}>
              <Select
                options={ATTACHE_STATUSES.map((status) => ({
                  value: status,
                  label: <AttacheStatusTag status={status} />,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('attaches.fields.email')} rules={rules.email}>
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="start_date" label={t('attaches.fields.startDate')}>
              <DatePicker className="full-width" format={formats} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="end_date"
              label={t('attaches.fields.endDate')}
              rules={rules.endDate}
              dependencies={['status', 'start_date']}
              // Only the mark: the rule itself decides (see endDateProblem).
              required={status === 'ended'}
            >
              <DatePicker className="full-width" format={formats} />
            </Form.Item>
          </Col>
        </Row>
        {mutation.isError && <ProblemAlert error={mutation.error} formFields={FIELDS} />}
        {/* Lets Enter in a text field submit, as it does in any other form. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
