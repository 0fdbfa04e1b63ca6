// Owns: the TypeScript shape of the contract's rows as the app uses them after loading.
import type { SizeClass, Status } from './schema';

export interface Gemeente {
	gemeentecode: string;
	gemeentenaam: string;
	provinciecode: string;
	provincienaam: string;
	inwoners: number | null;
	grootteklasse: SizeClass | null;
	oppervlakte_km2: number | null;
}

export interface Standaard {
	standaard_id: string;
	naam: string;
	prioriteit: number;
	soort: 'structureel' | 'programma' | 'project';
	gewicht: number;
	beschikbaar_sinds: string;
	omschrijving: string | null;
	url: string | null;
}

export type { Status };
