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
export type Role = Schemas['Role'];
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type UserInput = Schemas['UserInput'];
export type UserPatch = Schemas['UserPatch'];
export type UserList = Schemas['UserList'];
export type LoginInput = Schemas['LoginInput'];
export type ProfilePatch = Schemas['ProfilePatch'];
export type PasswordChange = Schemas['PasswordChange'];
export type ApiToken = Schemas['ApiToken'];
export type TokenStatus = Schemas['TokenStatus'];
export type TokenInput = Schemas['TokenInput'];
export type TokenWithSecret = Schemas['TokenWithSecret'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditList = Schemas['AuditList'];
export type UserWithPassword = Schemas['UserWithPassword'];
export type OneTimePassword = Schemas['OneTimePassword'];
export type UserRef = Schemas['UserRef'];
