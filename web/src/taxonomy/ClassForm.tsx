import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { currentLanguage } from '../i18n/i18n';
import { useCreateClass, usePatchClass, type ClassPatch, type TaxonomyClass } from './api';
import { label as labelIn } from '../organisations/taxonomy';
import { suggestId } from './classRows';

const FIELDS = ['id', 'group_id', 'label_en', 'label_ru', 'synonyms_en', 'synonyms_ru'] as const;
const LABEL_MAX_LENGTH = 200;
const SYNONYMS_MAX = 20;

interface Values {
  group_id: string;
  id: string;
  label_en: string;
  label_ru: string;
  synonyms_en: string[];
  synonyms_ru: string[];
}

interface Props {
  groups: readonly { id: string; label_en: string; label_ru: string }[];
  /** The class to change; a new one is added when absent. */
  item?: TaxonomyClass;
  onClose: () => void;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Adds a class to a group, or changes a class's labels and synonyms. Rendered only while open. */
export function ClassForm({ groups, item, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const [form] = Form.useForm<Values>();
  const create = useCreateClass();
  const patch = usePatchClass();
  const mutation = item ? patch : create;
  // The id follows the group and English label until the reader types one of their own.
  const [idTouched, setIdTouched] = useState(false);

  const onError = (error: Error) => {
    if (item && error instanceof ProblemError && error.status === 409) {
      void message.warning(t('taxonomy.conflict'));
      onClose();
    } else {
      showFieldProblems(form, error, FIELDS);
    }
  };
  const done = () => {
    void message.success(t(item ? 'taxonomy.saved' : 'taxonomy.created'));
    onClose();
  };

  const submit = (values: Values) => {
    const synonyms_en = values.synonyms_en.map((s) => s.trim()).filter(Boolean);
    const synonyms_ru = values.synonyms_ru.map((s) => s.trim()).filter(Boolean);
    if (!item) {
      create.mutate(
        {
          id: values.id.trim(),
          group_id: values.group_id,
          label_en: values.label_en.trim(),
          label_ru: values.label_ru.trim(),
          synonyms_en,
          synonyms_ru,
        },
        { onSuccess: done, onError },
      );
      return;
    }
    const changes: ClassPatch = {};
    if (values.label_en.trim() !== item.label_en) changes.label_en = values.label_en.trim();
    if (values.label_ru.trim() !== item.label_ru) changes.label_ru = values.label_ru.trim();
    if (!same(synonyms_en, item.synonyms_en)) changes.synonyms_en = synonyms_en;
    if (!same(synonyms_ru, item.synonyms_ru)) changes.synonyms_ru = synonyms_ru;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    patch.mutate({ item, patch: changes }, { onSuccess: done, onError });
  };

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if (item || idTouched) return;
    if ('group_id' in changed || 'label_en' in changed) {
      form.setFieldValue('id', suggestId(all.group_id ?? '', all.label_en ?? ''));
    }
  };

  const required = { required: true, whitespace: true, message: t('taxonomy.errors.required') };
  const tooLong = { max: LABEL_MAX_LENGTH, message: t('taxonomy.errors.tooLong', { max: LABEL_MAX_LENGTH }) };
  const synonymsRule = {
    validator: (_: unknown, value: string[] | undefined) =>
      (value?.length ?? 0) > SYNONYMS_MAX
        ? Promise.reject(new Error(t('taxonomy.errors.tooManySynonyms', { max: SYNONYMS_MAX })))
        : Promise.resolve(),
  };

  return (
    <Modal
      open
      title={item ? t('taxonomy.editTitle', { id: item.id }) : t('taxonomy.createTitle')}
      okText={item ? t('common.save') : t('taxonomy.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      width={640}
    >
      {mutation.error && !(mutation.error instanceof ProblemError && mutation.error.status === 422) && (
        <ProblemAlert error={mutation.error} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        onValuesChange={onValuesChange}
        initialValues={{
          group_id: item?.group_id,
          id: item?.id ?? '',
          label_en: item?.label_en ?? '',
          label_ru: item?.label_ru ?? '',
          synonyms_en: item?.synonyms_en ?? [],
          synonyms_ru: item?.synonyms_ru ?? [],
        }}
      >
        <Form.Item name="group_id" label={t('taxonomy.fields.group')} rules={[required]}>
          <Select
            id="group_id"
            disabled={Boolean(item)}
            showSearch
            optionFilterProp="label"
            options={groups.map((group) => ({ value: group.id, label: labelIn(group, language) }))}
          />
        </Form.Item>
        <Form.Item name="label_en" label={t('taxonomy.fields.labelEn')} rules={[required, tooLong]}>
          <Input id="label_en" autoFocus={!item} />
        </Form.Item>
        <Form.Item name="label_ru" label={t('taxonomy.fields.labelRu')} rules={[required, tooLong]}>
          <Input id="label_ru" lang="ru" />
        </Form.Item>
        <Form.Item
          name="id"
          label={t('taxonomy.fields.id')}
          extra={item ? t('taxonomy.idFixed') : t('taxonomy.idHelp')}
          rules={[
            required,
            {
              pattern: /^[a-z]{1,16}\.[a-z][a-z0-9]*(_[a-z0-9]+)*$/,
              message: t('taxonomy.errors.idPattern'),
            },
          ]}
        >
          <Input id="id" disabled={Boolean(item)} onChange={() => setIdTouched(true)} spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="synonyms_en"
          label={t('taxonomy.fields.synonymsEn')}
          extra={t('taxonomy.synonymsHelp')}
          rules={[synonymsRule]}
        >
          <Select id="synonyms_en" mode="tags" open={false} tokenSeparators={[';']} />
        </Form.Item>
        <Form.Item name="synonyms_ru" label={t('taxonomy.fields.synonymsRu')} rules={[synonymsRule]}>
          <Select id="synonyms_ru" mode="tags" open={false} tokenSeparators={[';']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
