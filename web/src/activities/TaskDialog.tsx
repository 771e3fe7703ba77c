import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useStaffOptions } from '../requests/useStaffOptions';
import { useCreateTask } from './api';
import { MAX_TASK_TITLE, taskRules } from './activityRules';
import { TASK_FIELDS, toTaskFields, toTaskValues, type TaskValues } from './formValues';
import type { Activity } from './types';

interface Props {
  /** The activity the task follows up; the task takes its first country. */
  activity: Pick<Activity, 'id' | 'subject' | 'countries'>;
  onClose: () => void;
}

/** Adds a follow-up task to an activity: what, by when, by whom (an attaché or an HQ analyst). */
export function TaskDialog({ activity, onClose }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const { me } = useAuth();
  const [form] = Form.useForm<TaskValues>();
  const create = useCreateTask();
  const rules = useMemo(() => taskRules(t), [t]);
  // The reader first, when it may take tasks itself.
  const self = useMemo(() => (me && me.user.role !== 'company' ? [me.user] : []), [me]);
  const options = useStaffOptions(activity.countries.slice(0, 1), self);
  const initialValues = useMemo(() => toTaskValues(self[0]?.id), [self]);
  // A task is due from a year ago to five years ahead; the past only to record what was late.
  const outOfRange = (day: Dayjs) =>
    day.isAfter(dayjs().add(5, 'year'), 'day') || day.isBefore(dayjs(), 'day');

  const save = (values: TaskValues) =>
    create.mutate(toTaskFields(values, activity.id), {
      onSuccess: (task) => {
        void message.success(t('tasks.created', { title: task.title }));
        onClose();
      },
      onError: (error) => showFieldProblems(form, error, TASK_FIELDS),
    });

  return (
    <Modal
      open
      title={t('tasks.createTitle', { subject: activity.subject })}
      okText={t('tasks.createOk')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      className="task-dialog"
    >
      <Form<TaskValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={initialValues}
        onFinish={save}
        disabled={create.isPending}
        className="task-form"
      >
        <Form.Item name="title" label={t('tasks.fields.title')} rules={rules.title}>
          <Input autoFocus autoComplete="off" count={{ show: true, max: MAX_TASK_TITLE }} />
        </Form.Item>
        <Form.Item name="due_on" label={t('tasks.fields.dueOn')} rules={rules.dueOn}>
          <DatePicker className="full-width" format={datePickerFormats(language)} disabledDate={outOfRange} />
        </Form.Item>
        <Form.Item
          name="assignee_id"
          label={t('tasks.fields.assignee')}
          rules={rules.assignee}
          extra={t('tasks.hints.assignee')}
        >
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        {create.isError && <ProblemAlert error={create.error} formFields={TASK_FIELDS} />}
      </Form>
    </Modal>
  );
}
