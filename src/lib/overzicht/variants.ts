// Owns: which overview views are prepared at build time as JSON files, so everyday choices need
// no engine: every grouping method at its default parameters, over all standards and over each
// GGU priority, on each division (the peildatum's own, and today's with re-based history):
// 4 × 10 × 2 = 80 files, /api/overzicht/<id>.json. Custom parameters are computed in the browser.
import { PRIORITIES, type Priority } from '../data/schema';
import { DEFAULT_METHODS, sameMethod, type Method, type MethodKind } from '../maturity/methods';
import type { Division } from '../maturity/scoring';
import { METHOD_URL } from './url';

export interface OverviewVariant {
	method: Method;
	prioriteit: Priority | null;
	division: Division;
}

const DIVISIONS: readonly Division[] = ['peildatum', 'huidig'];

/** "rogers-alle-peildatum", "kwantielen-p3-huidig", … */
export function variantId(v: OverviewVariant): string {
	return `${METHOD_URL[v.method.kind]}-${v.prioriteit ? `p${v.prioriteit}` : 'alle'}-${v.division}`;
}

/** The prepared variant for these settings, or null when the method has custom parameters. */
export function preparedVariant(method: Method, prioriteit: Priority | null, division: Division): string | null {
	return sameMethod(method, DEFAULT_METHODS[method.kind]) ? variantId({ method: DEFAULT_METHODS[method.kind], prioriteit, division }) : null;
}

export const ALL_VARIANTS: readonly OverviewVariant[] = (Object.keys(DEFAULT_METHODS) as MethodKind[]).flatMap((kind) =>
	[null, ...PRIORITIES].flatMap((prioriteit) => DIVISIONS.map((division) => ({ method: DEFAULT_METHODS[kind], prioriteit, division })))
);

export function variantById(id: string): OverviewVariant | undefined {
	return ALL_VARIANTS.find((v) => variantId(v) === id);
}
