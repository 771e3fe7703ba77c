// Names for the generated schema types of the deals domain; the types themselves come from
// docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type Deal = Schemas['Deal'];
export type DealFields = Schemas['DealFields'];
export type DealPatch = Schemas['DealPatch'];
export type DealList = Schemas['DealList'];
export type DealStage = Schemas['DealStage'];
export type DealStageInfo = Schemas['DealStageInfo'];
export type DealCategory = Schemas['DealCategory'];
export type DealTransition = Schemas['DealTransition'];
export type DealStageChange = Schemas['DealStageChange'];
export type DealWin = Schemas['DealWin'];
export type DealWinFields = Schemas['DealWinFields'];
export type DealMilestone = Schemas['DealMilestone'];
export type DealMilestoneKind = Schemas['DealMilestoneKind'];
export type DealMilestoneFields = Schemas['DealMilestoneFields'];
export type DealMilestonePatch = Schemas['DealMilestonePatch'];
export type DealBoard = Schemas['DealBoard'];
export type DealBoardColumn = Schemas['DealBoardColumn'];
export type Amounts = Schemas['Amounts'];
export type MissingRate = Schemas['MissingRate'];
export type PipelineReport = Schemas['PipelineReport'];
export type PipelineRow = Schemas['PipelineRow'];
export type WinsReport = Schemas['WinsReport'];
export type WinsRow = Schemas['WinsRow'];

export type ApiDealQuery = NonNullable<operations['listDeals']['parameters']['query']>;
export type ApiDealSort = NonNullable<ApiDealQuery['sort']>;
export type ApiBoardQuery = NonNullable<operations['dealBoard']['parameters']['query']>;
export type ApiPipelineQuery = NonNullable<operations['pipelineReport']['parameters']['query']>;
export type ApiWinsQuery = NonNullable<operations['winsReport']['parameters']['query']>;
