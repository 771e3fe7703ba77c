// Names for the generated schema types of activities, tasks and notifications; the types
// themselves come from docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type Activity = Schemas['Activity'];
export type ActivityFields = Schemas['ActivityFields'];
export type ActivityPatch = Schemas['ActivityPatch'];
export type ActivityList = Schemas['ActivityList'];
export type ActivityKind = Schemas['ActivityKind'];
export type ActivityParticipant = Schemas['ActivityParticipant'];
export type ParticipantKind = ActivityParticipant['kind'];
export type Task = Schemas['Task'];
export type TaskFields = Schemas['TaskFields'];
export type TaskPatch = Schemas['TaskPatch'];
export type TaskList = Schemas['TaskList'];
export type Notice = Schemas['Notice'];
export type Notifications = Schemas['Notifications'];

export type ApiActivityQuery = NonNullable<operations['listActivities']['parameters']['query']>;
export type ApiTaskQuery = NonNullable<operations['listTasks']['parameters']['query']>;
