import type { Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import type { RequestType, SupportRequest } from './types';

/** A node of the type picker (antd TreeSelect): a type, its subtypes beneath it. */
export interface TypeNode {
  value: string;
  title: string;
  /** Both names, lowercased: what a search in the picker matches. */
  search: string;
  children?: TypeNode[];
}

type Named = Pick<RequestType, 'code' | 'name_ru' | 'name_en'>;

function node(type: Named, language: Language): TypeNode {
  return {
    value: type.code,
    title: localName(type, language) || type.code,
    search: `${type.name_en} ${type.name_ru} ${type.code}`.toLowerCase(),
  };
}

/**
 * The service catalogue as a tree, in the order the server lists it: each type with its live
 * subtypes. Either may be chosen. `keep` names a code shown even when archived (the one a
 * request was filed under), so editing it does not lose its type.
 */
export function typeTree(
  types: readonly RequestType[] | undefined,
  language: Language,
  keep?: string,
): TypeNode[] {
  const shown = (type: RequestType) => !type.archived || type.code === keep;
  const all = types ?? [];
  return all
    .filter((type) => type.parent === null && shown(type))
    .map((type) => {
      const children = all
        .filter((sub) => sub.parent === type.code && shown(sub))
        .map((sub) => node(sub, language));
      return children.length > 0 ? { ...node(type, language), children } : node(type, language);
    });
}

/** Whether a picker node matches what was typed: either name or the code contains it. */
export function typeMatches(input: string, treeNode: object): boolean {
  const needle = input.trim().toLowerCase();
  const { search } = treeNode as { search?: unknown };
  return needle === '' || (typeof search === 'string' && search.includes(needle));
}

/** The name of a request's type (its subtype's, when filed under one) in the reader's language. */
export function requestTypeName(
  request: Pick<SupportRequest, 'type' | 'type_name_ru' | 'type_name_en'>,
  language: Language,
): string {
  return (
    localName({ name_ru: request.type_name_ru, name_en: request.type_name_en }, language) || request.type
  );
}

/**
 * "Consulting › Tender support" for a request filed under a subtype, its type's name alone
 * otherwise; the type's name comes from the catalogue when it is loaded.
 */
export function requestTypePath(
  request: Pick<SupportRequest, 'type' | 'type_name_ru' | 'type_name_en' | 'parent_type'>,
  types: readonly RequestType[] | undefined,
  language: Language,
): string {
  const own = requestTypeName(request, language);
  if (request.parent_type === request.type) return own;
  const parent = types?.find((type) => type.code === request.parent_type);
  return parent ? `${localName(parent, language) || parent.code} › ${own}` : own;
}
