import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from '../app/ProblemAlert';
import { currentLanguage } from '../i18n/i18n';
import { fieldProblems } from '../organisations/formValues';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { sectorMatches, sectorTree, useTaxonomy } from '../organisations/taxonomy';
import { useCountryNames } from '../organisations/useCountryNames';
import { useCreateSolution, usePatchSolution, type SolutionRecord } from './api';
import { MAX_DESCRIPTION, solutionRules } from './formRules';
import { FORM_FIELDS, toFields, toPatch, toValues, type SolutionValues } from './formValues';
import { ReferencesField } from './ReferencesField';
import type { SolutionOwner } from './types';
import {
  COMMON_LANGUAGES,
  languageName,
  LICENCE_MODELS,
  MATURITIES,
  OWNER_KINDS,
  READINESS_LEVELS,
  SOLUTION_KINDS,
} from './vocabulary';

interface Props {
  /** The solution to change; a new one is created when absent. */
  record?: SolutionRecord;
  /** A new solution's owner, when the form was opened from the organisation's page. */
  owner?: Pick<SolutionOwner, 'id' | 'name_ru' | 'name_en' | 'country'>;
  /** Reloads the solution after someone else changed it. */
  onReload?: () => Promise<unknown>;
}

/** The create/edit form of a solution, as a page of its own. */
export function SolutionForm({ record, owner, onReload }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SolutionValues>();
  const original = record?.solution;
  const create = useCreateSolution();
  const patch = usePatchSolution(original?.id ?? 0);
  const mutation = original ? patch : create;
  const [stale, setStale] = useState(false);
  const countries = useCountryNames();
  const taxonomy = useTaxonomy();
  const tree = useMemo(() => sectorTree(taxonomy.data, language), [taxonomy.data, language]);
  const thisYear = new Date().getFullYear();
  const rules = useMemo(() => solutionRules(t, thisYear), [t, thisYear]);
  const initialValues = useMemo(() => toValues(original, owner?.id), [original, owner]);
  const known = useMemo(() => {
    const owners = [original?.organisation, owner].filter((item) => !!item);
    return owners as NonNullable<Props['owner']>[];
  }, [original, owner]);

  const mainClass = Form.useWatch('main_class', form) ?? initialValues.main_class;
  // The main class is not an additional one as well.
  const additionalTree = useMemo(
    () =>
      tree.map((group) => ({
        ...group,
        children: group.children?.filter((node) => node.value !== mainClass),
      })),
    [tree, mainClass],
  );
  const languageOptions = useMemo(
    () =>
      COMMON_LANGUAGES.map((code) => ({ value: code, label: `${languageName(code, language)} (${code})` })),
    [language],
  );

  const onError = (error: Error) => {
    if (!(error instanceof ProblemError)) return;
    if (original && error.status === 409 && !error.problem.errors?.length) {
      setStale(true);
      return;
    }
    const { fields } = fieldProblems(error.problem, FORM_FIELDS);
    if (fields.length > 0) {
      // Paths into Form.List rows are checked at run time, not by antd's path types.
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      const [first] = fields;
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
    }
  };

  const saved = (id: number) => {
    void message.success(t(original ? 'solutions.saved' : 'solutions.created'));
    navigate(`/solutions/${id}`);
  };

  const save = (values: SolutionValues) => {
    if (original && record) {
      const changes = toPatch(original, values);
      if (Object.keys(changes).length === 0) {
        void message.info(t('solutions.unchanged'));
        navigate(`/solutions/${original.id}`);
        return;
      }
      patch.mutate({ patch: changes, etag: record.etag }, { onSuccess: () => saved(original.id), onError });
    } else {
      create.mutate(toFields(values), { onSuccess: (created) => saved(created.solution.id), onError });
    }
  };

  const reload = async () => {
    await onReload?.();
    setStale(false);
    mutation.reset();
  };

  const cancelTo = original
    ? `/solutions/${original.id}`
    : owner
      ? `/organisations/${owner.id}`
      : '/solutions';

  return (
    <Form<SolutionValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={save}
      onFinishFailed={({ errorFields }) => {
        const [first] = errorFields;
        if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      }}
      onValuesChange={(changed: Partial<SolutionValues>) => {
        // Readiness 3 depends on where the deployments are, and publishing on the English name.
        if ('references' in changed && form.isFieldTouched('export_readiness')) {
          void form.validateFields(['export_readiness']).catch(() => undefined);
        }
        if ('published' in changed) void form.validateFields(['name_en']).catch(() => undefined);
      }}
      disabled={mutation.isPending}
      className="solution-form"
      scrollToFirstError={false}
    >
      <Space direction="vertical" size={16} className="full-width">
        <Card title={t('solutions.sections.main')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="organisation_id"
                label={t('solutions.fields.owner')}
                rules={rules.owner}
                extra={t('solutions.hints.owner')}
              >
                <OrganisationSelect known={known} kinds={OWNER_KINDS} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="kind" label={t('solutions.fields.kind')} rules={rules.kind}>
                <Select
                  options={SOLUTION_KINDS.map((value) => ({ value, label: t(`solutions.kinds.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="maturity" label={t('solutions.fields.maturity')} rules={rules.maturity}>
                <Select
                  options={MATURITIES.map((value) => ({ value, label: t(`solutions.maturities.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name_ru"
                label={t('solutions.fields.nameRu')}
                rules={rules.nameRu}
                dependencies={['name_en']}
              >
                <Input autoFocus={!original && !!owner} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name_en"
                label={t('solutions.fields.nameEn')}
                rules={rules.nameEn}
                dependencies={['name_ru']}
                extra={t('solutions.hints.nameEn')}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('solutions.sections.classes')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="main_class"
                label={t('solutions.fields.mainClass')}
                rules={rules.mainClass}
                extra={t('solutions.hints.mainClass')}
              >
                <TreeSelect
                  showSearch
                  allowClear
                  treeData={tree}
                  filterTreeNode={sectorMatches}
                  loading={taxonomy.isPending}
                  placeholder={t('organisations.hints.sectorsPlaceholder')}
                  listHeight={400}
                  notFoundContent={taxonomy.isError ? t('organisations.taxonomyUnavailable') : undefined}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="classes"
                label={t('solutions.fields.classes')}
                rules={rules.classes}
                extra={t('solutions.hints.classes')}
              >
                <TreeSelect
                  multiple
                  showSearch
                  allowClear
                  treeData={additionalTree}
                  filterTreeNode={sectorMatches}
                  loading={taxonomy.isPending}
                  placeholder={t('organisations.hints.sectorsPlaceholder')}
                  listHeight={400}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('solutions.sections.description')}>
          <Row gutter={16}>
            {(['description_ru', 'description_en'] as const).map((field) => (
              <Col xs={24} md={12} key={field}>
                <Form.Item
                  name={field}
                  label={t(
                    field === 'description_ru'
                      ? 'solutions.fields.descriptionRu'
                      : 'solutions.fields.descriptionEn',
                  )}
                  rules={rules.description}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 4, maxRows: 12 }}
                    count={{ show: true, max: MAX_DESCRIPTION }}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>

        <Card title={t('solutions.sections.product')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="interface_languages"
                label={t('solutions.fields.interfaceLanguages')}
                rules={rules.languages}
                extra={t('solutions.hints.interfaceLanguages')}
                normalize={(codes?: string[]) => codes?.map((code) => code.trim().toLowerCase())}
              >
                <Select
                  mode="tags"
                  tokenSeparators={[',', ' ']}
                  options={languageOptions}
                  optionFilterProp="label"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item name="licence_model" label={t('solutions.fields.licenceModel')}>
                <Select
                  allowClear
                  options={LICENCE_MODELS.map((value) => ({
                    value,
                    label: t(`solutions.licenceModels.${value}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item
                name="registry_number"
                label={t('solutions.fields.registryNumber')}
                rules={rules.registryNumber}
                extra={t('solutions.hints.registryNumber')}
              >
                <Input inputMode="numeric" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="certifications"
                label={t('solutions.fields.certifications')}
                rules={rules.certifications}
                extra={t('solutions.hints.certifications')}
              >
                <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('solutions.sections.references')}>
          <ReferencesField
            rules={rules}
            thisYear={thisYear}
            countryOptions={countries.options}
            countriesLoading={countries.loading}
          />
        </Card>

        <Card title={t('solutions.sections.export')}>
          <Form.Item
            name="export_readiness"
            label={t('solutions.fields.readiness')}
            rules={rules.readiness}
            extra={t('solutions.hints.readiness')}
          >
            <Radio.Group className="readiness-choice">
              <Space direction="vertical" size={8}>
                {READINESS_LEVELS.map((level) => (
                  <Radio key={level} value={level}>
                    <strong>
                      {level} · {t(`solutions.readiness.level.${level}`)}
                    </strong>
                    <Typography.Text type="secondary" className="secondary-line">
                      {t(`solutions.readiness.meaning.${level}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="published" valuePropName="checked" extra={t('solutions.hints.published')}>
            <Checkbox>{t('solutions.fields.published')}</Checkbox>
          </Form.Item>
        </Card>

        {stale && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            message={t('solutions.stale.title')}
            description={t('solutions.stale.detail')}
            action={<Button onClick={() => void reload()}>{t('solutions.stale.reload')}</Button>}
          />
        )}
        {mutation.isError && !stale && <ProblemAlert error={mutation.error} formFields={FORM_FIELDS} />}
        <Space className="form-actions">
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {original ? t('common.save') : t('solutions.createOk')}
          </Button>
          <Button onClick={() => navigate(cancelTo)}>{t('common.cancel')}</Button>
        </Space>
      </Space>
    </Form>
  );
}
