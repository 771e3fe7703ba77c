// Names for the generated schema types of exchange rates; the types themselves come from
// docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type Money = Schemas['Money'];
export type FxRate = Schemas['FxRate'];
export type FxRateList = Schemas['FxRateList'];
export type FxImportReport = Schemas['FxImportReport'];
export type FxImportProblem = FxImportReport['problems'][number];
export type FxConversion = Schemas['FxConversion'];

export type ApiFxRatesQuery = NonNullable<operations['listFxRates']['parameters']['query']>;
export type ApiConvertQuery = operations['convertMoney']['parameters']['query'];
