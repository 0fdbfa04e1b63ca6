// Owns: the Dutch catalogue: the messages of every page namespace (common, overzicht, gemeente,
// vergelijk, levering, methode, standaard, offline, watals, insluiten) and the typed families.
// Loaded on its own by ../index.ts (loadMessages), so a Dutch page never loads the English text.
import { nl as common } from './common';
import { nl as families } from './families';
import { nl as gemeente } from './gemeente';
import { nl as insluiten } from './insluiten';
import { nl as levering } from './levering';
import { nl as methode } from './methode';
import { nl as offline } from './offline';
import { nl as overzicht } from './overzicht';
import { nl as standaard } from './standaard';
import { nl as vergelijk } from './vergelijk';
import { nl as watals } from './watals';

export const NAMESPACES = { common, overzicht, gemeente, vergelijk, levering, methode, standaard, offline, watals, insluiten } as const;
export const messages = { ...common, ...overzicht, ...gemeente, ...vergelijk, ...levering, ...methode, ...standaard, ...offline, ...watals, ...insluiten };
export { families };
