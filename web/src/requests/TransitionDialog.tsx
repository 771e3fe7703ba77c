import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { MAX_REASON } from './formRules';
import { reasonNeed } from './status';
import type { RequestStatus, RequestTransition } from './types';

const FIELDS = ['reason'] as const;

interface Props {
  /** The request's number, for the title. */
  number: string;
  /** Declined, cancelled or resolved: the moves that ask for a reason or a note. */
  to: Exclude<RequestStatus, 'new' | 'triaged' | 'in_progress' | 'waiting_on_company'>;
  pending: boolean;
  /** The failed attempt, if the last one failed. */
  error: unknown;
  onSubmit: (transition: RequestTransition, onFieldError: (error: unknown) => void) => void;
  onClose: () => void;
}

/** Asks why a request is declined or cancelled (required), or how it was resolved (optional). */
export function TransitionDialog({ number, to, pending, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const required = reasonNeed(to) === 'required';
  const resolving = to === 'resolved';

  const submit = ({ reason }: { reason?: string }) => {
    const text = (reason ?? '').trim();
    onSubmit(text ? { to, reason: text } : { to }, (failure) => showFieldProblems(form, failure, FIELDS));
  };

  return (
    <Modal
      open
      title={t(`requests.transition.titles.${to}`, { name: number })}
      okText={t(`requests.transitions.${to}`)}
      okButtonProps={{ danger: !resolving }}
      cancelText={t('requests.transition.back')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<{ reason?: string }>
        form={form}
        layout="vertical"
        requiredMark={required ? true : 'optional'}
        onFinish={submit}
        disabled={pending}
        className="transition-form"
      >
        <Form.Item
          name="reason"
          label={resolving ? t('requests.transition.resolution') : t('requests.transition.reason')}
          extra={resolving ? t('requests.transition.resolutionHint') : t('requests.transition.reasonHint')}
          rules={[
            { required, whitespace: true, message: t('requests.transition.reasonRequired') },
            { max: MAX_REASON, message: t('requests.errors.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 10 }}
            count={{ show: true, max: MAX_REASON }}
          />
        </Form.Item>
        {!!error && <ProblemAlert error={error} formFields={FIELDS} />}
      </Form>
    </Modal>
  );
}
