// English of families.ts: the same complete records. A module of its own, so that a page loads the
// text of its own language only (see ../index.ts).
import type { Families } from './families';

export const en: Families = {
	group: {
		kopgroep: 'Kopgroep (leaders)',
		peloton: 'Peloton (main group)',
		achterhoede: 'Achterhoede (laggards)',
		geen: 'No data',
	},
	groupThe: {
		kopgroep: 'the leading group (kopgroep)',
		peloton: 'the peloton',
		achterhoede: 'the laggards (achterhoede)',
	},
	groupLower: {
		kopgroep: 'kopgroep (leaders)',
		peloton: 'peloton (main group)',
		achterhoede: 'achterhoede (laggards)',
	},
	status: {
		niet_gestart: 'not started',
		gepland: 'planned',
		in_implementatie: 'being implemented',
		in_gebruik: 'in use',
		ontbreekt: 'missing (counts as not started)',
	},
	prio: {
		'1': 'Municipalities as one: shared basic processes and services',
		'2': 'Digital identity',
		'3': 'Shared foundation for information management',
		'4': 'Data-driven society and governance',
		'5': 'Information security and privacy',
		'6': 'Delivery and maintenance',
		'7': 'Joint procurement',
		'8': 'Physical domain: Environment and Planning Act',
		'9': 'Further development of the social domain',
	},
	prioShort: {
		'1': 'Basic processes and services',
		'2': 'Digital identity',
		'3': 'Information management',
		'4': 'Data-driven working',
		'5': 'Information security and privacy',
		'6': 'Delivery and maintenance',
		'7': 'Joint procurement',
		'8': 'Environment and Planning Act',
		'9': 'Social domain',
	},
	kind: {
		structureel: 'structural activity',
		programma: 'multi-year programme',
		project: 'project',
	},
	sizeClass: {
		'<5k': 'fewer than 5,000',
		'5k-10k': '5,000 to 10,000',
		'10k-20k': '10,000 to 20,000',
		'20k-50k': '20,000 to 50,000',
		'50k-100k': '50,000 to 100,000',
		'100k-150k': '100,000 to 150,000',
		'150k-250k': '150,000 to 250,000',
		'>=250k': '250,000 or more',
	},
	method: {
		rogers: 'Mean ± standard deviation (Rogers, default)',
		quantiles: 'Quantiles (fixed shares)',
		thresholds: 'Fixed thresholds',
		breaks: 'Natural breaks (Ckmeans, k = 3)',
	},
	peerMode: {
		grootteklasse: 'Municipalities of the same size',
		provincie: 'Municipalities in the same province',
		buren: 'Neighbouring municipalities',
		profiel: 'Most similar profile (10 municipalities)',
		eigen: 'Municipalities I choose',
	},
	peerShort: {
		grootteklasse: 'municipalities of the same size',
		provincie: 'municipalities in the province',
		buren: 'neighbouring municipalities',
		profiel: 'municipalities with the most similar profile',
		eigen: 'chosen municipalities',
	},
};
