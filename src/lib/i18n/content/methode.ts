// Owns: the facts the methodology text quotes (computed from the published data at build time).
export interface MethodFacts {
	nStandaarden: number;
	allWeightsOne: boolean;
	adoptieRows: string;
	peildatum: string;
	mean: string;
	sd: string;
	lower: string;
	upper: string;
}
