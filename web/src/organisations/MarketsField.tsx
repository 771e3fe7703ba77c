import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { dateProblem, type OrganisationRules } from './formRules';
import { MarketStatusTag } from './tags';
import { MARKET_STATUSES } from './vocabulary';

interface Props {
  rules: OrganisationRules;
  countryOptions: { value: string; label: string }[];
  countriesLoading: boolean;
}

/** The foreign markets as an editable list: country, status, since, note; a row per market. */
export function MarketsField({ rules, countryOptions, countriesLoading }: Props) {
  const { t } = useTranslation();
  const formats = datePickerFormats(currentLanguage());
  return (
    <Form.List name="markets">
      {(rows, { add, remove }) => (
        <div className="markets-field">
          {rows.length === 0 && (
            <Typography.Paragraph type="secondary">{t('organisations.markets.none')}</Typography.Paragraph>
          )}
          {rows.map((row, index) => (
            <Row key={row.key} gutter={12} align="top" className="market-row" data-testid={`market-${index}`}>
              <Col xs={24} md={7}>
                <Form.Item
                  name={[row.name, 'country']}
                  label={t('organisations.markets.country')}
                  rules={rules.marketCountry(index)}
                  dependencies={[
                    ['country'],
                    ...rows
                      .filter((_, other) => other < index)
                      .map((other) => ['markets', other.name, 'country']),
                  ]}
                >
                  <Select<string>
                    showSearch
                    optionFilterProp="label"
                    loading={countriesLoading}
                    options={countryOptions}
                    placeholder={t('organisations.markets.countryPlaceholder')}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item
                  name={[row.name, 'status']}
                  label={t('organisations.markets.status')}
                  rules={rules.marketStatus}
                >
                  <Select
                    options={MARKET_STATUSES.map((status) => ({
                      value: status,
                      label: <MarketStatusTag status={status} />,
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
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
              <Col xs={20} md={7}>
                <Form.Item
                  name={[row.name, 'note']}
                  label={t('organisations.markets.note')}
                  rules={rules.note}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <div className="row-action">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('organisations.markets.remove', { number: index + 1 })}
                    title={t('organisations.markets.remove', { number: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </div>
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ status: 'interested', note: '' })}
          >
            {t('organisations.markets.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
