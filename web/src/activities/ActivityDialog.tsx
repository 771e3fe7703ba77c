import { App, Col, DatePicker, Form, Input, Modal, Row, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { useSaveProblem } from '../app/SaveProblem';
import type { RemoteOption } from '../app/RemoteSelect';
import { useAuth } from '../auth/AuthProvider';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage, type Language } from '../i18n/i18n';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { useCountryNames } from '../organisations/useCountryNames';
import { useStaffOptions } from '../requests/useStaffOptions';
import { useCreateActivity, usePatchActivity, type ActivityRecord } from './api';
import { LINKS, type LinkKind } from './activityQuery';
import { activityRules, MAX_NOTES, MAX_SUBJECT } from './activityRules';
import {
  ACTIVITY_FIELDS,
  activityFieldOf,
  participantName,
  participantsOf,
  toActivityFields,
  toActivityPatch,
  toActivityValues,
  type ActivityDefaults,
  type ActivityValues,
} from './formValues';
import { ACTIVITY_KINDS } from './kinds';
import { ContactSelect, LinkSelect } from './RecordSelects';
import { ActivityKindIcon } from './tags';
import type { Activity, ActivityKind, ParticipantKind } from './types';

interface Props {
  /** The activity to change; a new one is recorded when absent. */
  record?: ActivityRecord;
  /** What a new activity starts from: the record of the page it was logged on, its countries. */
  defaults?: ActivityDefaults;
  /** The titles of the records the page knows, for the links' labels. */
  knownLinks?: Partial<Record<LinkKind, RemoteOption>>;
  /** Reads the activity again after someone else changed it. */
  onReload?: () => Promise<unknown>;
  onSaved?: (activity: Activity) => void;
  onClose: () => void;
}

/** The participants of one kind an activity names, with their names, for the pickers' labels. */
function knownParticipants(activity: Activity | undefined, kind: ParticipantKind, language: Language) {
  return (activity?.participants ?? [])
    .filter((participant) => participant.kind === kind)
    .map((participant) => ({ value: participant.id, label: participantName(participant, language) }));
}

/** Records a meeting, call, visit, e-mail or event, or changes one, in a dialog over the page. */
export function ActivityDialog({ record, defaults, knownLinks = {}, onReload, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const { can, me } = useAuth();
  const [form] = Form.useForm<ActivityValues>();
  const original = record?.activity;
  const create = useCreateActivity();
  const patch = usePatchActivity();
  const mutation = original ? patch : create;
  const countries = useCountryNames();
  const rules = useMemo(() => activityRules(t), [t]);
  const initialValues = useMemo(
    () => toActivityValues(original, { user: me?.user.id, ...defaults }),
    [original, defaults, me],
  );

  const chosen = Form.useWatch('countries', form) ?? initialValues.countries ?? [];
  // An attaché records the activities of its own countries; HQ those of any.
  const countryOptions = useMemo(
    () => countries.options.filter((option) => can('activity.create', { country: option.value })),
    [countries.options, can],
  );
  // Who of the service may have taken part: the reader, those named already, and the attachés
  // of the countries and HQ analysts.
  const knownUsers = useMemo(
    () => [
      ...(me ? [me.user] : []),
      ...knownParticipants(original, 'user', language).map(({ value, label }) => ({
        id: value,
        display_name: label,
      })),
    ],
    [me, original, language],
  );
  const userOptions = useStaffOptions(chosen, knownUsers);
  const knownOrganisations = useMemo(
    () =>
      (original?.participants ?? [])
        .filter((participant) => participant.kind === 'organisation')
        .map((participant) => ({
          id: participant.id,
          name_en: participant.name_en ?? '',
          name_ru: participant.name_ru ?? '',
          country: '',
        })),
    [original],
  );
  const knownContacts = useMemo(() => knownParticipants(original, 'contact', language), [original, language]);

  const saveProblem = useSaveProblem({
    mutation,
    onReload,
    staleTitle: t('activities.stale'),
    formFields: ACTIVITY_FIELDS,
  });
  const onError = (error: Error, values: ActivityValues) => {
    if (saveProblem.caught(error)) return;
    const participants = participantsOf(values);
    showFieldProblems(form, error, ACTIVITY_FIELDS, (pointer) => activityFieldOf(pointer, participants));
  };

  const saved = (activity: Activity) => {
    void message.success(t(original ? 'activities.saved' : 'activities.created'));
    onSaved?.(activity);
    onClose();
  };

  const save = (values: ActivityValues) => {
    if (original && record) {
      const changes = toActivityPatch(original, values);
      if (Object.keys(changes).length === 0) {
        void message.info(t('requests.unchanged'));
        onClose();
        return;
      }
      patch.mutate(
        { id: original.id, patch: changes, etag: record.etag },
        { onSuccess: (next) => saved(next.activity), onError: (error) => onError(error, values) },
      );
    } else {
      create.mutate(toActivityFields(values), {
        onSuccess: (next) => saved(next.activity),
        onError: (error) => onError(error, values),
      });
    }
  };

  // Planned activities are recorded up to a year ahead.
  const tooLate = (day: Dayjs) => day.isAfter(dayjs().add(1, 'year'), 'day');

  return (
    <Modal
      open
      width={800}
      title={original ? t('activities.editTitle') : t('activities.createTitle')}
      okText={original ? t('common.save') : t('activities.createOk')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      className="activity-dialog"
    >
      <Form<ActivityValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={initialValues}
        onFinish={save}
        disabled={mutation.isPending}
        className="activity-form"
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="kind" label={t('activities.fields.kind')} rules={rules.kind}>
              <Segmented<ActivityKind>
                block
                aria-label={t('activities.fields.kind')}
                options={ACTIVITY_KINDS.map((kind) => ({
                  value: kind,
                  icon: <ActivityKindIcon kind={kind} />,
                  label: t(`activities.kinds.${kind}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="occurred_on"
              label={t('activities.fields.occurredOn')}
              rules={rules.occurredOn}
              tooltip={t('activities.hints.occurredOn')}
            >
              <DatePicker
                className="full-width"
                format={datePickerFormats(language)}
                disabledDate={tooLate}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="subject" label={t('activities.fields.subject')} rules={rules.subject}>
              <Input autoComplete="off" count={{ show: true, max: MAX_SUBJECT }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="countries"
              label={t('activities.fields.countries')}
              rules={rules.countries}
              tooltip={t('activities.hints.countries')}
            >
              <Select
                mode="multiple"
                showSearch
                optionFilterProp="label"
                loading={countries.loading}
                options={countryOptions}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="users"
              label={t('activities.fields.users')}
              tooltip={t('activities.hints.users')}
            >
              <Select mode="multiple" optionFilterProp="label" options={userOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="organisations" label={t('activities.fields.organisations')}>
              <OrganisationSelect multiple known={knownOrganisations} />
            </Form.Item>
          </Col>
          {can('contact.read') && (
            <Col xs={24} md={12}>
              <Form.Item name="contacts" label={t('activities.fields.contacts')}>
                <ContactSelect known={knownContacts} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="notes" label={t('activities.fields.notes')} rules={rules.notes}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} count={{ show: true, max: MAX_NOTES }} />
            </Form.Item>
          </Col>
          {LINKS.map((kind) => (
            <Col xs={24} md={8} key={kind}>
              <Form.Item
                name={`${kind}_id`}
                label={t(`activities.links.${kind}`)}
                tooltip={t('activities.hints.links')}
              >
                <LinkSelect
                  kind={kind}
                  countries={chosen}
                  known={knownLinks[kind] ? [knownLinks[kind]] : undefined}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {saveProblem.problem}
      </Form>
    </Modal>
  );
}
