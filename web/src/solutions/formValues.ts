import type { LicenceModel, Maturity, Solution, SolutionFields, SolutionKind, SolutionPatch } from './types';

/** A deployment reference as the form holds it; the year is empty until typed. */
export interface ReferenceValues {
  country?: string;
  customer?: string;
  year?: number | null;
  scale?: string;
}

/** What the solution form holds: SolutionFields with the empty states of inputs. */
export interface SolutionValues {
  organisation_id?: number | null;
  name_ru?: string;
  name_en?: string;
  description_ru?: string;
  description_en?: string;
  kind?: SolutionKind;
  main_class?: string;
  classes?: string[];
  maturity?: Maturity;
  interface_languages?: string[];
  references?: ReferenceValues[];
  certifications?: string[];
  registry_number?: string;
  licence_model?: LicenceModel | null;
  export_readiness?: number;
  published?: boolean;
}

/** The fields of the form, in the order of the page: what a server error may point at. */
export const FORM_FIELDS = [
  'organisation_id',
  'name_ru',
  'name_en',
  'kind',
  'main_class',
  'classes',
  'maturity',
  'description_ru',
  'description_en',
  'interface_languages',
  'licence_model',
  'registry_number',
  'certifications',
  'references',
  'export_readiness',
  'published',
] as const;

const text = (value: string | undefined): string => (value ?? '').trim();

/** Codes as the server stores them: trimmed, lower case, each once, in the order given. */
export function languageCodes(codes: readonly string[] | undefined): string[] {
  return [...new Set((codes ?? []).map((code) => code.trim().toLowerCase()).filter(Boolean))];
}

/** Certification names trimmed, without blanks and repeats. */
export function certificationNames(names: readonly string[] | undefined): string[] {
  return [...new Set((names ?? []).map((name) => name.trim()).filter(Boolean))];
}

/** The form's starting values: an existing solution's, or a new one's (for `owner`, when given). */
export function toValues(solution?: Solution, owner?: number): SolutionValues {
  if (!solution) {
    return {
      organisation_id: owner ?? null,
      kind: 'software',
      maturity: 'stable',
      classes: [],
      interface_languages: ['ru'],
      references: [],
      certifications: [],
      licence_model: null,
      export_readiness: 0,
      published: false,
    };
  }
  return {
    organisation_id: solution.organisation_id,
    name_ru: solution.name_ru,
    name_en: solution.name_en,
    description_ru: solution.description_ru,
    description_en: solution.description_en,
    kind: solution.kind,
    main_class: solution.main_class,
    classes: [...solution.classes],
    maturity: solution.maturity,
    interface_languages: [...solution.interface_languages],
    references: solution.references.map((reference) => ({
      country: reference.country,
      customer: reference.customer ?? '',
      year: reference.year ?? null,
      scale: reference.scale ?? '',
    })),
    certifications: [...solution.certifications],
    registry_number: solution.registry_number ?? '',
    licence_model: solution.licence_model,
    export_readiness: solution.export_readiness,
    published: solution.published,
  };
}

/** The request body for the form's values. */
export function toFields(values: SolutionValues): SolutionFields {
  const mainClass = text(values.main_class);
  return {
    organisation_id: values.organisation_id ?? 0,
    name_ru: text(values.name_ru),
    name_en: text(values.name_en),
    description_ru: text(values.description_ru),
    description_en: text(values.description_en),
    kind: values.kind ?? 'software',
    main_class: mainClass,
    // The main class is not repeated among the others; the server would drop it anyway.
    classes: [...new Set(values.classes ?? [])].filter((id) => id !== mainClass),
    maturity: values.maturity ?? 'stable',
    interface_languages: languageCodes(values.interface_languages),
    references: (values.references ?? []).map((reference) => ({
      country: text(reference.country).toUpperCase(),
      customer: text(reference.customer),
      year: typeof reference.year === 'number' ? reference.year : null,
      scale: text(reference.scale),
    })),
    certifications: certificationNames(values.certifications),
    registry_number: text(values.registry_number) || null,
    licence_model: values.licence_model ?? null,
    export_readiness: values.export_readiness ?? 0,
    published: values.published === true,
  };
}

/**
 * A JSON merge patch of what the form changed: the fields whose value differs from the
 * solution as loaded (read through the same mapping, so an untouched field never counts).
 * A changed list is sent whole.
 */
export function toPatch(original: Solution, values: SolutionValues): SolutionPatch {
  const before = toFields(toValues(original));
  const after = toFields(values);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof SolutionFields)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch as SolutionPatch;
}
