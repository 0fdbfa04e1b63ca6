// Owns: the overview page's view settings and their URL form. Everything a user can set on the
// overview (peildatum, division, grouping method and parameters, colouring, filters, selection,
// the two peildata of the flow chart, table sort) lives in the query string, so reloading or
// sharing a link restores the exact view. Parsing is forgiving: an invalid value falls back to
// the default.
import { PRIORITIES, type Priority, type SizeClass } from '../data/schema';
import { DEFAULT_METHODS, methodOk, type Method } from '../maturity/methods';
import type { Division } from '../maturity/scoring';

export type ColourMode = 'groep' | 'score' | 'standaard';
export type SortKey = 'naam' | 'provincie' | 'inwoners' | 'score' | 'rang' | 'verandering';

export interface ViewSettings {
	peildatum: string;
	/** Each peildatum in its own division (default), or history on today's municipalities (?indeling=huidig). */
	indeling: Division;
	method: Method;
	kleur: ColourMode;
	standaard: string | null;
	provincie: string | null;
	klasse: SizeClass | null;
	prioriteit: Priority | null;
	gemeente: string | null;
	van: string;
	naar: string;
	sort: SortKey;
	desc: boolean;
}

export interface ViewContext {
	peildata: readonly string[];
	standaarden: readonly string[];
	provincies: readonly string[];
	klassen: readonly SizeClass[];
	codes: readonly string[];
}

export const METHOD_URL: Record<Method['kind'], string> = { rogers: 'rogers', quantiles: 'kwantielen', thresholds: 'grenzen', breaks: 'breuken' };
const URL_METHOD = Object.fromEntries(Object.entries(METHOD_URL).map(([k, v]) => [v, k])) as Record<string, Method['kind']>;
const SORT_KEYS: readonly SortKey[] = ['naam', 'provincie', 'inwoners', 'score', 'rang', 'verandering'];

export function defaultSettings(ctx: ViewContext): ViewSettings {
	const last = ctx.peildata[ctx.peildata.length - 1];
	return {
		peildatum: last,
		indeling: 'peildatum',
		method: DEFAULT_METHODS.rogers,
		kleur: 'groep',
		standaard: null,
		provincie: null,
		klasse: null,
		prioriteit: null,
		gemeente: null,
		van: ctx.peildata[0],
		naar: last,
		sort: 'score',
		desc: true
	};
}

function num(v: string | null): number | null {
	if (v === null || v.trim() === '') return null;
	const n = Number(v.replace(',', '.'));
	return Number.isFinite(n) ? n : null;
}

function parseMethod(q: URLSearchParams): Method {
	const kind = URL_METHOD[q.get('methode') ?? ''] ?? 'rogers';
	let m: Method;
	switch (kind) {
		case 'rogers':
			m = { kind, k: num(q.get('k')) ?? DEFAULT_METHODS.rogers.k };
			break;
		case 'quantiles':
			m = { kind, low: (num(q.get('achter')) ?? 15) / 100, high: (num(q.get('kop')) ?? 15) / 100 };
			break;
		case 'thresholds':
			m = { kind, low: (num(q.get('onder')) ?? 40) / 100, high: (num(q.get('boven')) ?? 70) / 100 };
			break;
		default:
			m = { kind: 'breaks' };
	}
	return methodOk(m) ? m : DEFAULT_METHODS[kind];
}

export function parseSettings(q: URLSearchParams, ctx: ViewContext): ViewSettings {
	const d = defaultSettings(ctx);
	const pick = <T extends string>(v: string | null, allowed: readonly T[]): T | null => (v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null);
	const prio = num(q.get('prioriteit'));
	let van = pick(q.get('van'), ctx.peildata) ?? d.van;
	let naar = pick(q.get('naar'), ctx.peildata) ?? d.naar;
	if (van > naar) [van, naar] = [naar, van];
	const standaard = pick(q.get('standaard'), ctx.standaarden);
	let kleur = pick(q.get('kleur'), ['groep', 'score', 'standaard'] as const) ?? d.kleur;
	if (kleur === 'standaard' && !standaard) kleur = 'groep';
	return {
		peildatum: pick(q.get('peildatum'), ctx.peildata) ?? d.peildatum,
		indeling: q.get('indeling') === 'huidig' ? 'huidig' : 'peildatum',
		method: parseMethod(q),
		kleur,
		standaard: kleur === 'standaard' ? standaard : null,
		provincie: pick(q.get('provincie'), ctx.provincies),
		klasse: pick(q.get('klasse'), ctx.klassen),
		prioriteit: (PRIORITIES as readonly number[]).includes(prio ?? NaN) ? (prio as Priority) : null,
		gemeente: pick(q.get('gemeente')?.toUpperCase() ?? null, ctx.codes),
		van,
		naar,
		sort: pick(q.get('sorteer'), SORT_KEYS) ?? d.sort,
		desc: q.has('sorteer') ? q.get('richting') !== 'op' : d.desc
	};
}

const pct = (x: number) => String(Math.round(x * 1000) / 10);

/** The query string for these settings; parameters equal to the default are left out. */
export function settingsToQuery(s: ViewSettings, ctx: ViewContext): string {
	const d = defaultSettings(ctx);
	const q = new URLSearchParams();
	if (s.peildatum !== d.peildatum) q.set('peildatum', s.peildatum);
	if (s.indeling === 'huidig') q.set('indeling', 'huidig');
	const m = s.method;
	if (!(m.kind === 'rogers' && m.k === DEFAULT_METHODS.rogers.k)) {
		q.set('methode', METHOD_URL[m.kind]);
		if (m.kind === 'rogers') q.set('k', String(m.k));
		if (m.kind === 'quantiles') {
			q.set('kop', pct(m.high));
			q.set('achter', pct(m.low));
		}
		if (m.kind === 'thresholds') {
			q.set('onder', pct(m.low));
			q.set('boven', pct(m.high));
		}
	}
	if (s.kleur !== d.kleur) q.set('kleur', s.kleur);
	if (s.kleur === 'standaard' && s.standaard) q.set('standaard', s.standaard);
	if (s.provincie) q.set('provincie', s.provincie);
	if (s.klasse) q.set('klasse', s.klasse);
	if (s.prioriteit) q.set('prioriteit', String(s.prioriteit));
	if (s.gemeente) q.set('gemeente', s.gemeente);
	if (s.van !== d.van) q.set('van', s.van);
	if (s.naar !== d.naar) q.set('naar', s.naar);
	if (s.sort !== d.sort || s.desc !== d.desc) {
		q.set('sorteer', s.sort);
		q.set('richting', s.desc ? 'af' : 'op');
	}
	const str = q.toString();
	return str ? `?${str}` : '';
}

/** Whether the settings need the browser engine (anything but the prerendered default view). */
export function needsEngine(s: ViewSettings): boolean {
	return !(s.method.kind === 'rogers' && s.method.k === DEFAULT_METHODS.rogers.k) || s.prioriteit !== null || s.kleur === 'standaard';
}
