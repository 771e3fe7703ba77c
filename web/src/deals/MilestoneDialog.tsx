import { App, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { AmountFields } from './AmountFields';
import { useAddMilestone, usePatchMilestone } from './api';
import { MAX_MILESTONE_TITLE } from './formRules';
import {
  MILESTONE_FIELDS,
  MILESTONE_KINDS,
  milestoneFieldOf,
  toMilestoneFields,
  toMilestonePatch,
  toMilestoneValues,
  type MilestoneValues,
} from './milestoneValues';
import type { Deal, DealMilestone } from './types';

interface Props {
  deal: Deal;
  /** The milestone to change; a new one is planned when absent. */
  milestone?: DealMilestone;
  onClose: () => void;
  /** Someone else changed the milestone meanwhile: the list is read again. */
  onStale: () => void;
}

/** Plans a delivery, an acceptance or a payment of the contract, or changes one. */
export function MilestoneDialog({ deal, milestone, onClose, onStale }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<MilestoneValues>();
  const add = useAddMilestone(deal.id);
  const patch = usePatchMilestone(deal.id);
  const mutation = milestone ? patch : add;
  const initialValues = useMemo(() => toMilestoneValues(milestone, deal), [milestone, deal]);
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;

  const onError = (error: Error) => {
    if (error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length) {
      void message.warning(t('deals.milestones.stale'), 8);
      onStale();
      onClose();
      return;
    }
    showFieldProblems(form, error, MILESTONE_FIELDS, milestoneFieldOf);
  };

  const save = (values: MilestoneValues) => {
    const done = () => {
      void message.success(t(milestone ? 'deals.milestones.saved' : 'deals.milestones.added'));
      onClose();
    };
    if (milestone) {
      const changes = toMilestonePatch(milestone, values);
      if (Object.keys(changes).length === 0) return onClose();
      patch.mutate({ milestone, patch: changes }, { onSuccess: done, onError });
    } else {
      add.mutate(toMilestoneFields(values), { onSuccess: done, onError });
    }
  };

  const dateRule = {
    validator: () =>
      form.getFieldValue('due_on') || form.getFieldValue('done_on')
        ? Promise.resolve()
        : Promise.reject(new Error(t('deals.milestones.dateRequired'))),
  };

  return (
    <Modal
      open
      title={milestone ? t('deals.milestones.editTitle') : t('deals.milestones.addTitle')}
      okText={milestone ? t('common.save') : t('deals.milestones.add')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<MilestoneValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={initialValues}
        onFinish={save}
        disabled={mutation.isPending}
        className="deal-milestone-form"
      >
        <Form.Item name="kind" label={t('deals.milestones.kind')} rules={[{ required: true }]}>
          <Select
            options={MILESTONE_KINDS.map((each) => ({
              value: each,
              label: t(`deals.milestones.kinds.${each}`),
            }))}
            onChange={() => void form.validateFields(['amount']).catch(() => undefined)}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('deals.milestones.title')}
          rules={[
            { max: MAX_MILESTONE_TITLE, message: t('requests.errors.tooLong', { max: MAX_MILESTONE_TITLE }) },
          ]}
        >
          <Input autoComplete="off" placeholder={t('deals.milestones.titlePlaceholder')} />
        </Form.Item>
        <Space size={16} wrap className="deal-milestone-dates">
          <Form.Item
            name="due_on"
            label={t('deals.milestones.due')}
            rules={[dateRule]}
            dependencies={['done_on']}
            extra={t('deals.milestones.dueHint')}
          >
            <DatePicker format={datePickerFormats(language)} />
          </Form.Item>
          <Form.Item name="done_on" label={t('deals.milestones.done')}>
            <DatePicker format={datePickerFormats(language)} />
          </Form.Item>
        </Space>
        {kind === 'payment' && (
          <AmountFields
            form={form}
            label={t('deals.milestones.amount')}
            required
            placeholder="500 000"
            currencyWidth={150}
          />
        )}
        {mutation.isError && <ProblemAlert error={mutation.error} formFields={[...MILESTONE_FIELDS]} />}
      </Form>
    </Modal>
  );
}
