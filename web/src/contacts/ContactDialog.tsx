import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from '../app/ProblemAlert';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { fieldProblems } from '../organisations/formValues';
import { COMMON_LANGUAGES, languageName } from '../solutions/vocabulary';
import { useCreateContact, usePatchContact } from './api';
import { MAX_NOTES, contactRules } from './contactRules';
import {
  CONSENT_BASES,
  CONTACT_FIELDS,
  toFields,
  toPatch,
  toValues,
  type ContactValues,
} from './contactValues';
import type { Contact } from './types';

interface Props {
  /** The organisation the person belongs to. */
  organisation: number;
  /** The contact to change; a new one is added when absent. */
  contact?: Contact;
  onClose: () => void;
}

/** Adds a person to an organisation or changes one, in a dialog over the organisation's page. */
export function ContactDialog({ organisation, contact, onClose }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const create = useCreateContact();
  const patch = usePatchContact();
  const mutation = contact ? patch : create;
  const rules = useMemo(() => contactRules(t, dayjs()), [t]);
  const initialValues = useMemo(() => toValues(contact), [contact]);
  const languageOptions = useMemo(
    () =>
      COMMON_LANGUAGES.map((code) => ({ value: code, label: `${languageName(code, language)} (${code})` })),
    [language],
  );

  const onError = (error: Error) => {
    if (!(error instanceof ProblemError)) return;
    const { fields } = fieldProblems(error.problem, CONTACT_FIELDS);
    if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
  };

  const done = (key: 'contacts.created' | 'contacts.saved') => {
    void message.success(t(key));
    onClose();
  };

  const save = (values: ContactValues) => {
    if (contact) {
      const changes = toPatch(contact, values);
      if (Object.keys(changes).length === 0) {
        onClose();
        return;
      }
      patch.mutate({ contact, patch: changes }, { onSuccess: () => done('contacts.saved'), onError });
    } else {
      create.mutate(toFields(values, organisation), { onSuccess: () => done('contacts.created'), onError });
    }
  };

  return (
    <Modal
      open
      title={contact ? t('contacts.editTitle') : t('contacts.createTitle')}
      okText={contact ? t('common.save') : t('contacts.createOk')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
    >
      <Form<ContactValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={initialValues}
        onFinish={save}
        disabled={mutation.isPending}
        className="contact-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name_ru"
              label={t('contacts.fields.nameRu')}
              rules={rules.name}
              dependencies={['name_en']}
            >
              <Input autoFocus autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name_en"
              label={t('contacts.fields.nameEn')}
              rules={rules.name}
              dependencies={['name_ru']}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="position" label={t('contacts.fields.position')} rules={rules.position}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('contacts.fields.email')} rules={rules.email}>
              <Input type="email" autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('contacts.fields.phone')}
              rules={rules.phone}
              extra={t('contacts.hints.phone')}
            >
              <Input type="tel" autoComplete="off" placeholder="+84 (24) 3936-1234" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="languages"
              label={t('contacts.fields.languages')}
              rules={rules.languages}
              normalize={(codes?: string[]) => codes?.map((code) => code.trim().toLowerCase())}
            >
              <Select
                mode="tags"
                tokenSeparators={[',', ' ']}
                options={languageOptions}
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="consent_basis"
              label={t('contacts.fields.consentBasis')}
              rules={rules.consentBasis}
              dependencies={['consent_date']}
            >
              <Select
                allowClear
                options={CONSENT_BASES.map((basis) => ({
                  value: basis,
                  label: t(`contacts.bases.${basis}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="consent_date"
              label={t('contacts.fields.consentDate')}
              rules={rules.consentDate}
              dependencies={['consent_basis']}
            >
              <DatePicker
                className="full-width"
                format={datePickerFormats(language)}
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('contacts.fields.notes')} rules={rules.notes}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} count={{ show: true, max: MAX_NOTES }} />
            </Form.Item>
          </Col>
        </Row>
        {mutation.isError && <ProblemAlert error={mutation.error} formFields={CONTACT_FIELDS} />}
      </Form>
    </Modal>
  );
}
