// Owns: the typed families of UI text — names keyed by the domain's own values (groups, statuses,
// GGU priorities, kinds, size classes, grouping methods, comparison groups). A family is a complete
// record over its type, so a new status or method cannot go without a name in either language.
import type { Kind, Priority, SizeClass } from '../../data/schema';
import type { Group, MethodKind } from '../../maturity/methods';
import type { PeerMode } from '../../maturity/municipality';
import type { CellStatus } from '../../maturity/queries';

export interface Families {
	/** Group names, and "no data". */
	group: Record<Group | 'geen', string>;
	/** Group names inside a sentence. */
	groupLower: Record<Group, string>;
	/** Group names inside a sentence, with their article ("het peloton", "de kopgroep"). */
	groupThe: Record<Group, string>;
	/** Adoption statuses, and a missing row. */
	status: Record<CellStatus, string>;
	/** The nine GGU priorities. */
	prio: Record<Priority, string>;
	/** The nine GGU priorities, short (handout). */
	prioShort: Record<Priority, string>;
	/** Kinds of GGU activity. */
	kind: Record<Kind, string>;
	/** Size classes by inhabitants. */
	sizeClass: Record<SizeClass, string>;
	/** Grouping methods. */
	method: Record<MethodKind, string>;
	/** Ways to choose a comparison group. */
	peerMode: Record<PeerMode, string>;
	/** Comparison groups inside a sentence. */
	peerShort: Record<PeerMode, string>;
}

export const nl: Families = {
	group: {
		kopgroep: 'Kopgroep',
		peloton: 'Peloton',
		achterhoede: 'Achterhoede',
		geen: 'Geen gegevens',
	},
	groupThe: {
		kopgroep: 'de kopgroep',
		peloton: 'het peloton',
		achterhoede: 'de achterhoede',
	},
	groupLower: {
		kopgroep: 'kopgroep',
		peloton: 'peloton',
		achterhoede: 'achterhoede',
	},
	status: {
		niet_gestart: 'niet gestart',
		gepland: 'gepland',
		in_implementatie: 'in implementatie',
		in_gebruik: 'in gebruik',
		ontbreekt: 'ontbreekt (telt als niet gestart)',
	},
	prio: {
		'1': 'Gemeenten als één: gezamenlijke basisprocessen en dienstverlening',
		'2': 'Digitale identiteit',
		'3': 'Gezamenlijke basis in informatievoorziening',
		'4': 'Datagedreven samenleving en sturing',
		'5': 'Informatieveiligheid en privacy',
		'6': 'Realisatie en beheer',
		'7': 'Gezamenlijke inkoop',
		'8': 'Fysiek domein: Omgevingswet',
		'9': 'Doorontwikkeling sociaal domein',
	},
	prioShort: {
		'1': 'Basisprocessen en dienstverlening',
		'2': 'Digitale identiteit',
		'3': 'Informatievoorziening',
		'4': 'Datagedreven werken',
		'5': 'Informatieveiligheid en privacy',
		'6': 'Realisatie en beheer',
		'7': 'Gezamenlijke inkoop',
		'8': 'Omgevingswet',
		'9': 'Sociaal domein',
	},
	kind: {
		structureel: 'structurele activiteit',
		programma: 'meerjarig programma',
		project: 'projectmatige activiteit',
	},
	sizeClass: {
		'<5k': 'minder dan 5.000',
		'5k-10k': '5.000 tot 10.000',
		'10k-20k': '10.000 tot 20.000',
		'20k-50k': '20.000 tot 50.000',
		'50k-100k': '50.000 tot 100.000',
		'100k-150k': '100.000 tot 150.000',
		'150k-250k': '150.000 tot 250.000',
		'>=250k': '250.000 of meer',
	},
	method: {
		rogers: 'Gemiddelde ± standaardafwijking (Rogers, standaard)',
		quantiles: 'Kwantielen (vaste aandelen)',
		thresholds: 'Vaste grenzen',
		breaks: 'Natuurlijke grenzen (Ckmeans, k = 3)',
	},
	peerMode: {
		grootteklasse: 'Gemeenten van dezelfde grootte',
		provincie: 'Gemeenten in dezelfde provincie',
		buren: 'Buurgemeenten',
		profiel: 'Meest vergelijkbaar profiel (10 gemeenten)',
		eigen: 'Zelf gekozen gemeenten',
	},
	peerShort: {
		grootteklasse: 'gemeenten van dezelfde grootte',
		provincie: 'gemeenten in de provincie',
		buren: 'buurgemeenten',
		profiel: 'gemeenten met het meest vergelijkbare profiel',
		eigen: 'gekozen gemeenten',
	},
};
