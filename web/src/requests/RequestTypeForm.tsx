import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCreateRequestType, usePatchRequestType } from './api';
import { CODE_PATTERN, suggestCode, TOP_TYPES, typePatch, type TopType, type TypeValues } from './typeRows';
import type { RequestType } from './types';

const FIELDS = ['parent', 'code', 'name_en', 'name_ru', 'sla_days'] as const;
const NAME_MAX_LENGTH = 200;
const DAYS_MIN = 1;
const DAYS_MAX = 365;

interface Props {
  /** The catalogue as listed: the four types name the choices of a new subtype's type. */
  types: readonly RequestType[];
  /** The type or subtype to change; a new subtype is added when absent. */
  item?: RequestType;
  onClose: () => void;
}

/** Adds a subtype to one of the four types, or renames a type or subtype and changes its days. */
export function RequestTypeForm({ types, item, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const [form] = Form.useForm<TypeValues>();
  const create = useCreateRequestType();
  const patch = usePatchRequestType();
  const mutation = item ? patch : create;
  // The code follows the English name until the reader types one of their own.
  const [codeTouched, setCodeTouched] = useState(false);
  const parent = Form.useWatch('parent', form);
  const isType = item !== undefined && item.parent === null;
  const parentCode = item ? item.parent : parent;
  const parentType = types.find((type) => type.code === parentCode);

  const onError = (error: Error) => {
    if (item && error instanceof ProblemError && error.status === 409) {
      void message.warning(t('requestTypes.conflict'), 8);
      onClose();
    } else {
      showFieldProblems(form, error, FIELDS);
    }
  };
  const done = () => {
    void message.success(t(item ? 'requestTypes.saved' : 'requestTypes.created'));
    onClose();
  };

  const submit = (values: TypeValues) => {
    if (!item) {
      create.mutate(
        {
          parent: values.parent as TopType,
          code: values.code.trim(),
          name_en: values.name_en.trim(),
          name_ru: values.name_ru.trim(),
          sla_days: values.sla_days ?? null,
        },
        { onSuccess: done, onError },
      );
      return;
    }
    const changes = typePatch(item, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    patch.mutate({ type: item, patch: changes }, { onSuccess: done, onError });
  };

  const onValuesChange = (changed: Partial<TypeValues>, all: TypeValues) => {
    if (item || codeTouched || !('name_en' in changed)) return;
    form.setFieldValue('code', suggestCode(all.name_en ?? ''));
  };

  const tooLong = {
    max: NAME_MAX_LENGTH,
    message: t('requestTypes.errors.tooLong', { max: NAME_MAX_LENGTH }),
  };
  const someName = {
    validator: () =>
      `${form.getFieldValue('name_en') ?? ''}${form.getFieldValue('name_ru') ?? ''}`.trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('requestTypes.errors.name'))),
  };
  const daysHint = isType
    ? t('requestTypes.daysTypeHint')
    : parentType
      ? t('requestTypes.daysInherit', { days: parentType.effective_sla_days })
      : t('requestTypes.daysInheritAny');

  return (
    <Modal
      open
      title={
        item
          ? t('requestTypes.editTitle', { name: localName(item, language) || item.code })
          : t('requestTypes.createTitle')
      }
      okText={item ? t('common.save') : t('requestTypes.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      width={600}
      // The dialog takes the focus as it opens; hand it on to the first field to fill.
      afterOpenChange={(open) => {
        if (open) (form.getFieldInstance(item ? 'name_en' : 'parent') as HTMLElement | null)?.focus();
      }}
    >
      {mutation.error && !(mutation.error instanceof ProblemError && mutation.error.status === 422) && (
        <ProblemAlert error={mutation.error} />
      )}
      <Form<TypeValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={onValuesChange}
        className="request-type-form"
        initialValues={{
          parent: item?.parent ?? undefined,
          code: item?.code ?? '',
          name_en: item?.name_en ?? '',
          name_ru: item?.name_ru ?? '',
          sla_days: item?.sla_days ?? null,
        }}
      >
        {!isType && (
          <Form.Item
            name="parent"
            label={t('requestTypes.fields.parent')}
            rules={[{ required: true, message: t('requestTypes.errors.parent') }]}
          >
            <Select
              id="parent"
              disabled={Boolean(item)}
              options={TOP_TYPES.map((code) => {
                const type = types.find((each) => each.code === code);
                return { value: code, label: type ? localName(type, language) || code : code };
              })}
            />
          </Form.Item>
        )}
        <Form.Item
          name="name_en"
          label={t('requestTypes.fields.nameEn')}
          extra={t('requestTypes.namesHint')}
          dependencies={['name_ru']}
          rules={[someName, tooLong]}
        >
          <Input id="name_en" />
        </Form.Item>
        <Form.Item
          name="name_ru"
          label={t('requestTypes.fields.nameRu')}
          dependencies={['name_en']}
          rules={[someName, tooLong]}
        >
          <Input id="name_ru" lang="ru" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('requestTypes.fields.code')}
          extra={item ? t('requestTypes.codeFixed') : t('requestTypes.codeHelp')}
          rules={[
            { required: true, whitespace: true, message: t('requestTypes.errors.code') },
            { pattern: CODE_PATTERN, message: t('requestTypes.errors.codePattern') },
          ]}
        >
          <Input
            id="code"
            disabled={Boolean(item)}
            onChange={() => setCodeTouched(true)}
            spellCheck={false}
          />
        </Form.Item>
        <Form.Item
          name="sla_days"
          label={t('requestTypes.fields.days')}
          extra={daysHint}
          rules={[
            ...(isType ? [{ required: true, message: t('requestTypes.errors.daysRequired') }] : []),
            {
              type: 'integer' as const,
              min: DAYS_MIN,
              max: DAYS_MAX,
              message: t('requestTypes.errors.days', { min: DAYS_MIN, max: DAYS_MAX }),
            },
          ]}
        >
          <InputNumber<number>
            id="sla_days"
            min={DAYS_MIN}
            max={DAYS_MAX}
            precision={0}
            className="request-type-days"
            placeholder={parentType && !isType ? String(parentType.effective_sla_days) : undefined}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
