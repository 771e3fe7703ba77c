// Names for the generated schema types of the relocation domain; the types themselves come from
// docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type RelocationCase = Schemas['RelocationCase'];
export type RelocationCaseFields = Schemas['RelocationCaseFields'];
export type RelocationCasePatch = Schemas['RelocationCasePatch'];
export type RelocationCaseList = Schemas['RelocationCaseList'];
export type RelocationStage = Schemas['RelocationStage'];
export type RelocationKind = Schemas['RelocationKind'];
export type RelocationStageChange = Schemas['RelocationStageChange'];

export type ApiRelocationQuery = NonNullable<operations['listRelocationCases']['parameters']['query']>;
