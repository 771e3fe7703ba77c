// Names for the generated schema types of the solutions domain; the types themselves come
// from docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type Solution = Schemas['Solution'];
export type SolutionFields = Schemas['SolutionFields'];
export type SolutionPatch = Schemas['SolutionPatch'];
export type SolutionList = Schemas['SolutionList'];
export type SolutionKind = Schemas['SolutionKind'];
export type SolutionOwner = Schemas['SolutionOwner'];
export type Maturity = Schemas['Maturity'];
export type LicenceModel = Schemas['LicenceModel'];
export type DeploymentReference = Schemas['DeploymentReference'];
export type ShowcaseSolution = Schemas['ShowcaseSolution'];

export type ApiSolutionQuery = NonNullable<operations['listSolutions']['parameters']['query']>;
export type ApiShowcaseQuery = NonNullable<operations['listShowcaseSolutions']['parameters']['query']>;
