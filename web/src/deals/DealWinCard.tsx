import { TrophyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatMoney } from '../fx/money';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { AmountFields } from './AmountFields';
import { useConfirmWin, type DealRecord } from './api';
import { MAX_HOW } from './formRules';
import { toWinFields, toWinValues, WIN_FIELDS, winFieldOf, type WinValues } from './winValues';

interface Props {
  record: DealRecord;
  /** Someone else changed the deal meanwhile: it is read again. */
  onStale: () => void;
}

/** The company's word on its export win: what the contract is worth and whether the service helped. */
function WinForm({ record, onStale, onDone }: Props & { onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { deal, etag } = record;
  const [form] = Form.useForm<WinValues>();
  const confirm = useConfirmWin(deal.id);
  const initialValues = useMemo(() => toWinValues(deal), [deal]);
  const helped = Form.useWatch('helped', form) ?? initialValues.helped;

  const submit = (values: WinValues) => {
    const fields = toWinFields(values);
    if (!fields) return; // the amount's rule says what is wrong
    confirm.mutate(
      { win: fields, etag },
      {
        onSuccess: () => {
          void message.success(t('deals.win.confirmed'));
          onDone?.();
        },
        onError: (error) => {
          if (error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length) {
            void message.warning(t('deals.win.stale'), 8);
            confirm.reset();
            onStale();
            return;
          }
          showFieldProblems(form, error, WIN_FIELDS, winFieldOf);
        },
      },
    );
  };

  return (
    <Form<WinValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      disabled={confirm.isPending}
      className="deal-win-form"
      data-testid="deal-win-form"
    >
      <AmountFields form={form} label={t('deals.win.value')} extra={t('deals.win.valueHint')} required />
      <Form.Item
        name="helped"
        label={t('deals.win.helped')}
        rules={[{ required: true, message: t('deals.win.helpedRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('deals.win.yes') },
            { value: false, label: t('deals.win.no') },
          ]}
        />
      </Form.Item>
      {helped && (
        <Form.Item
          name="how"
          label={t('deals.win.how')}
          rules={[
            { required: true, whitespace: true, message: t('deals.win.howRequired') },
            { max: MAX_HOW, message: t('requests.errors.tooLong', { max: MAX_HOW }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} count={{ show: true, max: MAX_HOW }} />
        </Form.Item>
      )}
      {confirm.isError && <ProblemAlert error={confirm.error} formFields={[...WIN_FIELDS, 'value']} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={confirm.isPending} icon={<TrophyOutlined />}>
          {t('deals.win.confirm')}
        </Button>
        {onDone && <Button onClick={onDone}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}

/**
 * The export win of a signed deal. The company (or an administrator) confirms it, prefilled
 * with the deal's value, and may correct it later; others see the confirmed win, or that the
 * company has not confirmed it yet.
 */
export function DealWinCard({ record, onStale }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { deal } = record;
  const [correcting, setCorrecting] = useState(false);
  const win = deal.win;

  return (
    <Card
      title={
        <Space size={8}>
          <TrophyOutlined />
          {t('deals.win.title')}
        </Space>
      }
      className="deal-win"
      data-testid="deal-win"
      extra={
        win &&
        deal.can_confirm_win &&
        !correcting && (
          <Button size="small" onClick={() => setCorrecting(true)}>
            {t('deals.win.correct')}
          </Button>
        )
      }
    >
      {win && !correcting && (
        <Descriptions
          column={1}
          size="small"
          colon={false}
          items={[
            {
              key: 'value',
              label: t('deals.win.value'),
              children: <strong data-testid="deal-win-value">{formatMoney(win.value, language)}</strong>,
            },
            {
              key: 'helped',
              label: t('deals.win.helped'),
              children: (
                <span data-testid="deal-win-helped">
                  {win.helped ? t('deals.win.yes') : t('deals.win.no')}
                </span>
              ),
            },
            ...(win.how
              ? [{ key: 'how', label: t('deals.win.how'), children: <span className="note">{win.how}</span> }]
              : []),
            {
              key: 'confirmed',
              label: t('deals.win.confirmedBy'),
              children: t('deals.win.confirmedLine', {
                name: win.confirmed_by?.display_name ?? t('requests.comments.system'),
                date: formatDateTime(win.confirmed_at, language),
              }),
            },
          ]}
        />
      )}
      {!win && !deal.can_confirm_win && (
        <Alert
          type="info"
          showIcon
          message={t('deals.win.notConfirmed')}
          description={t('deals.win.notConfirmedHint')}
        />
      )}
      {!win && deal.can_confirm_win && (
        <Typography.Paragraph type="secondary">{t('deals.win.askCompany')}</Typography.Paragraph>
      )}
      {deal.can_confirm_win && (!win || correcting) && (
        <WinForm
          record={record}
          onStale={onStale}
          onDone={correcting ? () => setCorrecting(false) : undefined}
        />
      )}
    </Card>
  );
}
