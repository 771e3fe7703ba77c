import { Card, Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { dateProblem, type OrganisationRules } from './formRules';
import type { FormField } from './formValues';

interface Props {
  rules: OrganisationRules;
  /** Whether the form shows a field for the kind and country chosen. */
  visible: (field: FormField) => boolean;
  /** Whether the reader may not change a field (a company user's staff-only fields). */
  locked: (field: FormField) => boolean;
  accredited: boolean;
}

/** What only an organisation registered in Russia has: INN, OGRN and the IT accreditation. */
export function RegistrationCard({ rules, visible, locked, accredited }: Props) {
  const { t } = useTranslation();
  const formats = datePickerFormats(currentLanguage());
  return (
    <Card title={t('organisations.sections.registration')}>
      <Row gutter={16}>
        {visible('inn') && (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                name="inn"
                label={t('organisations.fields.inn')}
                rules={rules.inn}
                extra={t('organisations.hints.inn')}
              >
                <Input inputMode="numeric" autoComplete="off" disabled={locked('inn')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="ogrn"
                label={t('organisations.fields.ogrn')}
                rules={rules.ogrn}
                dependencies={['inn']}
              >
                <Input inputMode="numeric" autoComplete="off" disabled={locked('ogrn')} />
              </Form.Item>
            </Col>
          </>
        )}
        {visible('accredited') && (
          <>
            <Col span={24}>
              <Form.Item
                name="accredited"
                valuePropName="checked"
                extra={t('organisations.hints.accredited')}
              >
                <Checkbox disabled={locked('accredited')}>{t('organisations.fields.accredited')}</Checkbox>
              </Form.Item>
            </Col>
            {accredited && (
              <>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="accreditation_number"
                    label={t('organisations.fields.accreditationNumber')}
                    rules={rules.accreditationNumber}
                  >
                    <Input autoComplete="off" disabled={locked('accreditation_number')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="accreditation_date"
                    label={t('organisations.fields.accreditationDate')}
                    rules={rules.date}
                  >
                    <DatePicker
                      className="full-width"
                      format={formats}
                      disabled={locked('accreditation_date')}
                      disabledDate={(day) => dateProblem(day, dayjs()) !== null}
                    />
                  </Form.Item>
                </Col>
              </>
            )}
          </>
        )}
      </Row>
    </Card>
  );
}
