// Owns: the shape of the whole catalogue of one language. Each language is a module of its own
// (nl.ts, en.ts, assembled from one file per page namespace and its .en.ts twin), loaded on
// demand by ../index.ts, so a page loads the text of its own language only. Keys are unique
// across namespaces (tests/unit/i18n.test.ts); Dutch is the source of truth.
import type { Families } from './families';
import type { messages } from './nl';
import type { SameKeys } from './types';

export type MessageKey = keyof typeof messages;
/** Every key, each with the same kind of value as in Dutch (a string, or a function of parameters). */
export type Messages = SameKeys<typeof messages>;
export interface Catalogue {
	messages: Messages;
	families: Families;
}
export type { Families } from './families';
export type { Msg, Params } from './types';
