import { Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dealCurrencyOptions } from '../fx/money';
import { currentLanguage } from '../i18n/i18n';
import { amountRule } from './formRules';

interface Props {
  /** The form whose `amount` and `currency` these are. */
  form: FormInstance;
  label: string;
  extra?: string;
  /** Whether the amount may not be left empty. */
  required?: boolean;
  placeholder?: string;
  /** Room for the currency's code. */
  currencyWidth?: number;
  gutter?: number;
}

/**
 * An amount typed in major units ("15 000,50") beside its currency: the fields `amount` and
 * `currency` of a form. A new currency checks the amount again (its decimals may differ).
 */
export function AmountFields({
  form,
  label,
  extra,
  required = false,
  placeholder,
  currencyWidth = 130,
  gutter = 12,
}: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const currencies = useMemo(() => dealCurrencyOptions(language, t('fx.rouble')), [language, t]);
  return (
    <Row gutter={gutter}>
      <Col flex="auto">
        <Form.Item
          name="amount"
          label={label}
          extra={extra}
          required={required}
          rules={[amountRule(t, () => form.getFieldValue('currency'), required)]}
        >
          <Input inputMode="decimal" autoComplete="off" placeholder={placeholder} />
        </Form.Item>
      </Col>
      <Col flex={`${currencyWidth}px`}>
        <Form.Item name="currency" label={t('deals.fields.currency')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={currencies}
            popupMatchSelectWidth={false}
            labelRender={({ value }) => String(value)}
            onChange={() => void form.validateFields(['amount']).catch(() => undefined)}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
