// Names for the generated schema types of the requests domain; the types themselves come from
// docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type SupportRequest = Schemas['SupportRequest'];
export type SupportRequestFields = Schemas['SupportRequestFields'];
export type SupportRequestPatch = Schemas['SupportRequestPatch'];
export type SupportRequestList = Schemas['SupportRequestList'];
export type RequestStatus = Schemas['RequestStatus'];
export type RequestType = Schemas['RequestType'];
export type RequestTransition = Schemas['RequestTransition'];
export type RequestAssignees = Schemas['RequestAssignees'];
export type RequestAssignee = RequestAssignees['items'][number];
export type RequestComment = Schemas['RequestComment'];
export type RequestCommentFields = Schemas['RequestCommentFields'];
export type RequestAttachment = Schemas['RequestAttachment'];
export type RequestTypeFields = Schemas['RequestTypeFields'];
export type RequestTypePatch = Schemas['RequestTypePatch'];
export type RequestsReport = Schemas['RequestsReport'];
export type RequestsReportRow = Schemas['RequestsReportRow'];

export type ApiRequestQuery = NonNullable<operations['listRequests']['parameters']['query']>;
export type ApiRequestSort = NonNullable<ApiRequestQuery['sort']>;
export type ApiReportQuery = NonNullable<operations['requestsReport']['parameters']['query']>;
