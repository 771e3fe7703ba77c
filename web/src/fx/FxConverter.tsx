import { Button, Card, DatePicker, Descriptions, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { datePickerFormats, formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useConvert } from './api';
import { currencyOptions, formatMoney, formatRate, parseAmount } from './money';

const FIELDS = ['amount', 'currency', 'date'] as const;

interface Values {
  amount: string;
  currency: string;
  date: Dayjs;
}

/** An amount of a day in roubles and dollars, with the rates it took. */
export function FxConverter() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<Values>();
  const convert = useConvert();
  const options = useMemo(
    () => [{ value: 'RUB', label: `RUB — ${t('fx.rouble')}` }, ...currencyOptions(language)],
    [language, t],
  );
  const result = convert.data;

  const submit = (values: Values) => {
    const checked = parseAmount(values.amount, values.currency);
    if ('error' in checked) return; // the field's rule says what is wrong
    convert.mutate(
      { amount: checked.amount, currency: values.currency, date: values.date.format('YYYY-MM-DD') },
      { onError: (error) => showFieldProblems(form, error, FIELDS) },
    );
  };

  const amountRule = {
    validator: (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.reject(new Error(t('fx.errors.amountRequired')));
      const checked = parseAmount(value, form.getFieldValue('currency') ?? 'USD');
      if (!('error' in checked)) return Promise.resolve();
      return Promise.reject(new Error(t(`fx.errors.amount.${checked.error}`, { count: checked.digits })));
    },
  };
  // The refusal of a conversion (a 422 without a rate) says it all; field errors are on the fields.
  const fieldsOnly =
    convert.error instanceof ProblemError &&
    convert.error.status === 400 &&
    (convert.error.problem.errors ?? []).every((error) => FIELDS.some((field) => field === error.parameter));

  return (
    <Card size="small" title={t('fx.convert.title')} className="fx-converter" data-testid="fx-converter">
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ amount: '', currency: 'USD', date: dayjs() }}
        onValuesChange={() => convert.reset()}
        className="fx-convert-form"
      >
        <div className="fx-convert-fields">
          <Form.Item name="amount" label={t('fx.convert.amount')} rules={[amountRule]} className="fx-amount">
            <Input id="amount" inputMode="decimal" autoComplete="off" placeholder="2 500 000" />
          </Form.Item>
          <Form.Item name="currency" label={t('fx.convert.currency')} className="fx-currency">
            <Select
              id="currency"
              showSearch
              optionFilterProp="label"
              options={options}
              popupMatchSelectWidth={false}
              // A new currency may take other decimals: check the amount again.
              onChange={() => void form.validateFields(['amount']).catch(() => undefined)}
            />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('fx.convert.date')}
            rules={[{ required: true, message: t('fx.errors.dateRequired') }]}
            className="fx-date"
          >
            <DatePicker id="date" allowClear={false} format={datePickerFormats(language)} />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={convert.isPending}>
          {t('fx.convert.run')}
        </Button>
      </Form>
      {convert.isError && !fieldsOnly && (
        <div className="fx-convert-result">
          <ProblemAlert error={convert.error} formFields={FIELDS} />
        </div>
      )}
      {result && (
        <div className="fx-convert-result" data-testid="fx-result">
          <Descriptions
            size="small"
            column={1}
            colon={false}
            items={[
              {
                key: 'amount',
                label: formatDate(result.date, language),
                children: formatMoney(result.amount, language),
              },
              {
                key: 'rub',
                label: t('fx.convert.rub'),
                children: <strong data-testid="fx-rub">{formatMoney(result.rub, language)}</strong>,
              },
              {
                key: 'usd',
                label: t('fx.convert.usd'),
                children: <strong data-testid="fx-usd">{formatMoney(result.usd, language)}</strong>,
              },
            ]}
          />
          <Typography.Text type="secondary" className="secondary-line">
            {t('fx.convert.rates')}
          </Typography.Text>
          <ul className="fx-rates-used">
            {result.rates.map((rate) => (
              <li key={`${rate.currency}-${rate.date}`}>
                {t('fx.rateLine', {
                  nominal: new Intl.NumberFormat(language).format(rate.nominal),
                  currency: rate.currency,
                  rate: formatRate(rate.rate, language),
                })}{' '}
                <Typography.Text type="secondary">
                  {t('fx.rateOf', { date: formatDate(rate.date, language), source: rate.source })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
