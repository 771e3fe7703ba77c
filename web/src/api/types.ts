// Names for the generated schema types the UI uses; the types themselves come from
// docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Country = Schemas['Country'];
export type CountryList = Schemas['CountryList'];
export type PresenceStatus = Schemas['PresenceStatus'];
export type PresenceInput = Schemas['PresenceInput'];
export type WorldRegion = Schemas['WorldRegion'];
export type Attache = Schemas['Attache'];
export type AttacheStatus = Schemas['AttacheStatus'];
export type AttacheInput = Schemas['AttacheInput'];
export type AttachePatch = Schemas['AttachePatch'];
