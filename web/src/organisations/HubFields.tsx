import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Form, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { dateProblem, type OrganisationRules } from './formRules';
import { OrganisationSelect } from './OrganisationSelect';
import type { OrganisationRef } from './types';
import { HUB_SERVICES } from './vocabulary';

interface Props {
  rules: OrganisationRules;
  /** The organisation being edited: never its own operator or resident. */
  self?: number;
  /** Organisations the values already name, for their labels. */
  known: readonly OrganisationRef[];
}

/** What only an IT hub has: its services, its operator and its residents. */
export function HubFields({ rules, self, known }: Props) {
  const { t } = useTranslation();
  const formats = datePickerFormats(currentLanguage());
  return (
    <>
      <Form.Item name="hub_services" label={t('organisations.fields.hubServices')}>
        <Checkbox.Group
          options={HUB_SERVICES.map((service) => ({
            value: service,
            label: t(`organisations.hubServices.${service}`),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="hub_operator_id"
            label={t('organisations.fields.hubOperator')}
            extra={t('organisations.hints.hubOperator')}
          >
            <OrganisationSelect known={known} exclude={self} className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong className="field-list-label">
        {t('organisations.fields.residents')}
      </Typography.Text>
      <Form.List name="residents">
        {(rows, { add, remove }) => (
          <div className="residents-field">
            {rows.length === 0 && (
              <Typography.Paragraph type="secondary">{t('organisations.noResidents')}</Typography.Paragraph>
            )}
            {rows.map((row, index) => (
              <Row key={row.key} gutter={12} align="top">
                <Col xs={24} md={14}>
                  <Form.Item
                    name={[row.name, 'organisation_id']}
                    label={t('organisations.resident', { number: index + 1 })}
                    rules={rules.resident(index)}
                  >
                    <OrganisationSelect known={known} exclude={self} className="full-width" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item
                    name={[row.name, 'since']}
                    label={t('organisations.markets.since')}
                    rules={rules.date}
                  >
                    <DatePicker
                      className="full-width"
                      format={formats}
                      disabledDate={(day) => dateProblem(day, dayjs()) !== null}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <div className="row-action">
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('organisations.removeResident', { number: index + 1 })}
                      title={t('organisations.removeResident', { number: index + 1 })}
                      onClick={() => remove(row.name)}
                    />
                  </div>
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('organisations.addResident')}
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}
