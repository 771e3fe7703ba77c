// Names for the generated schema types of the organisations domain; the types themselves come
// from docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type Organisation = Schemas['Organisation'];
export type OrganisationDetail = Schemas['OrganisationDetail'];
export type OrganisationFields = Schemas['OrganisationFields'];
export type OrganisationPatch = Schemas['OrganisationPatch'];
export type OrganisationLinks = Schemas['OrganisationLinks'];
export type OrganisationRef = Schemas['OrganisationRef'];
export type OrganisationList = Schemas['OrganisationList'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type SizeBand = Schemas['SizeBand'];
export type MarketStatus = Schemas['MarketStatus'];
export type HubService = Schemas['HubService'];
export type Market = Schemas['Market'];
export type Resident = Schemas['Resident'];
export type MarketChange = Schemas['MarketChange'];
export type DuplicateCandidate = Schemas['DuplicateCandidate'];
export type PossibleDuplicateProblem = Schemas['PossibleDuplicateProblem'];
export type MergeReport = Schemas['MergeReport'];

export type ApiOrganisationQuery = NonNullable<operations['listOrganisations']['parameters']['query']>;
export type ApiDuplicateQuery = NonNullable<operations['findOrganisationDuplicates']['parameters']['query']>;
