// Owns: the whole message catalogue, assembled from one file per page namespace (common,
// overzicht, gemeente, vergelijk, levering, methode, standaard, offline, watals, insluiten) plus the typed families. Keys are unique
// across namespaces (tests/unit/i18n.test.ts); Dutch is the source of truth.
import * as common from './common';
import * as families from './families';
import * as gemeente from './gemeente';
import * as levering from './levering';
import * as methode from './methode';
import * as offline from './offline';
import * as overzicht from './overzicht';
import * as standaard from './standaard';
import * as vergelijk from './vergelijk';
import * as watals from './watals';
import * as insluiten from './insluiten';

export const NAMESPACES = { common, overzicht, gemeente, vergelijk, levering, methode, standaard, offline, watals, insluiten } as const;

export const nl = { ...common.nl, ...overzicht.nl, ...gemeente.nl, ...vergelijk.nl, ...levering.nl, ...methode.nl, ...standaard.nl, ...offline.nl, ...watals.nl, ...insluiten.nl };
export const en = { ...common.en, ...overzicht.en, ...gemeente.en, ...vergelijk.en, ...levering.en, ...methode.en, ...standaard.en, ...offline.en, ...watals.en, ...insluiten.en };
export type MessageKey = keyof typeof nl;

export const FAMILIES = { nl: families.nl, en: families.en };
export type { Families } from './families';
export type { Msg, Params } from './types';
