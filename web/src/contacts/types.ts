// Names for the generated schema types of the contacts domain; the types themselves come from
// docs/openapi.yaml via `npm run gen:api`, never written by hand.
import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];

export type Contact = Schemas['Contact'];
export type ContactFields = Schemas['ContactFields'];
export type ContactPatch = Schemas['ContactPatch'];
export type ContactList = Schemas['ContactList'];
export type ConsentBasis = Schemas['ConsentBasis'];

export type ApiContactQuery = NonNullable<operations['listContacts']['parameters']['query']>;
