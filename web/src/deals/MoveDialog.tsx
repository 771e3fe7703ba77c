import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { MAX_LOST_TO, MAX_REASON } from './formRules';

const FIELDS = ['reason', 'lost_to'] as const;

/** What the dialog asks: why, and for a lost deal who won instead. */
export interface MoveReason {
  reason: string;
  lost_to?: string;
}

interface Values {
  reason?: string;
  lost_to?: string;
}

interface Props {
  title: string;
  okText: string;
  /** What the reason is for and who reads it. */
  reasonHint: string;
  /** Whether to ask who won the contract instead (a deal lost). */
  askWinner: boolean;
  pending: boolean;
  /** The failed attempt, if the last one failed. */
  error: unknown;
  onSubmit: (reason: MoveReason, onFieldError: (error: unknown) => void) => void;
  onClose: () => void;
}

/** Asks why a record leaves its pipeline (a deal lost or abandoned, a relocation case lost). */
export function MoveDialog({
  title,
  okText,
  reasonHint,
  askWinner,
  pending,
  error,
  onSubmit,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  const submit = ({ reason, lost_to: lostTo }: Values) => {
    const answer: MoveReason = { reason: (reason ?? '').trim() };
    if (askWinner) answer.lost_to = (lostTo ?? '').trim();
    onSubmit(answer, (failure) => showFieldProblems(form, failure, FIELDS));
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText={t('requests.transition.back')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={pending}
        className="deal-move-form"
      >
        <Form.Item
          name="reason"
          label={t('deals.move.reason')}
          extra={reasonHint}
          rules={[
            { required: true, whitespace: true, message: t('requests.transition.reasonRequired') },
            { max: MAX_REASON, message: t('requests.errors.tooLong', { max: MAX_REASON }) },
          ]}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 10 }}
            count={{ show: true, max: MAX_REASON }}
          />
        </Form.Item>
        {askWinner && (
          <Form.Item
            name="lost_to"
            label={t('deals.move.lostTo')}
            extra={t('deals.move.lostToHint')}
            rules={[
              { required: true, whitespace: true, message: t('deals.move.lostToRequired') },
              { max: MAX_LOST_TO, message: t('requests.errors.tooLong', { max: MAX_LOST_TO }) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {!!error && <ProblemAlert error={error} formFields={FIELDS} />}
      </Form>
    </Modal>
  );
}
