import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SolutionRules } from './formRules';

interface Props {
  rules: SolutionRules;
  thisYear: number;
  countryOptions: { value: string; label: string }[];
  countriesLoading: boolean;
}

/** The deployment references as an editable list: country, customer, year, scale; a row each. */
export function ReferencesField({ rules, thisYear, countryOptions, countriesLoading }: Props) {
  const { t } = useTranslation();
  return (
    <Form.List name="references">
      {(rows, { add, remove }) => (
        <div className="references-field">
          {rows.length === 0 && (
            <Typography.Paragraph type="secondary">{t('solutions.references.none')}</Typography.Paragraph>
          )}
          {rows.map((row, index) => (
            <Row key={row.key} gutter={12} align="top" data-testid={`reference-${index}`}>
              <Col xs={24} md={6}>
                <Form.Item
                  name={[row.name, 'country']}
                  label={t('solutions.references.country')}
                  rules={rules.referenceCountry}
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
              <Col xs={24} md={8}>
                <Form.Item
                  name={[row.name, 'customer']}
                  label={t('solutions.references.customer')}
                  rules={rules.customer}
                >
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={10} md={3}>
                <Form.Item
                  name={[row.name, 'year']}
                  label={t('solutions.references.year')}
                  rules={rules.year}
                >
                  {/* No min or max: clamping would silently change what was typed; the rule says why. */}
                  <InputNumber<number>
                    className="full-width"
                    precision={0}
                    controls={false}
                    placeholder={String(thisYear)}
                  />
                </Form.Item>
              </Col>
              <Col xs={10} md={6}>
                <Form.Item
                  name={[row.name, 'scale']}
                  label={t('solutions.references.scale')}
                  rules={rules.scale}
                >
                  <Input autoComplete="off" placeholder={t('solutions.references.scalePlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <div className="row-action">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('solutions.references.remove', { number: index + 1 })}
                    title={t('solutions.references.remove', { number: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </div>
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ customer: '', scale: '', year: null })}
          >
            {t('solutions.references.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
