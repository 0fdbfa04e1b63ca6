// Owns: the English catalogue: the messages of every page namespace (common, overzicht, gemeente,
// vergelijk, levering, methode, standaard, offline, watals, insluiten) and the typed families.
// Loaded on its own by ../index.ts (loadMessages), so an English page never loads the Dutch text.
import type { Messages } from './index';
import { en as common } from './common.en';
import { en as families } from './families.en';
import { en as gemeente } from './gemeente.en';
import { en as insluiten } from './insluiten.en';
import { en as levering } from './levering.en';
import { en as methode } from './methode.en';
import { en as offline } from './offline.en';
import { en as overzicht } from './overzicht.en';
import { en as standaard } from './standaard.en';
import { en as vergelijk } from './vergelijk.en';
import { en as watals } from './watals.en';

export const NAMESPACES = { common, overzicht, gemeente, vergelijk, levering, methode, standaard, offline, watals, insluiten } as const;
export const messages: Messages = { ...common, ...overzicht, ...gemeente, ...vergelijk, ...levering, ...methode, ...standaard, ...offline, ...watals, ...insluiten };
export { families };
