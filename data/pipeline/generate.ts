// Owns: the synthetic example adoption dataset (data/adoptie.csv). A seeded, documented model
// of diffusion of innovations; see data/README.md for the model in words. Deterministic for a
// given seed and inputs: the order of random draws is fixed (sorted codes and ids).
// It follows the real municipal history: each peildatum has rows only for the municipalities
// that existed on that date; a municipality created by a merger starts where its largest
// predecessor was (see successorModel).
// The output is labelled synthetic everywhere it is shown; it is not a measurement.
import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { STATUSES, type Herindeling, type Status } from '../../src/lib/data/contract';
import { existsOn, predecessorsOf } from '../../src/lib/data/mergers';

export const DEFAULT_SEED = 20200101;
export const FIRST_PEILDATUM = '2019-07-01';
export const LAST_PEILDATUM = '2026-07-01';
export const BRON = 'synthetisch';

/** Model parameters; every number that shapes the data is here and in data/README.md. */
export const MODEL = {
	/** Years from availability to the moment half of the municipalities use it, by kind (mean, sd). */
	lagYears: { structureel: [3.5, 1.0], programma: [6.0, 1.5], project: [5.0, 1.5] } as Record<string, [number, number]>,
	/** Steepness of the adoption curve per year (uniform range). */
	rate: [0.5, 0.9] as [number, number],
	/** Effect of size: propensity per tenfold population (log10 inwoners, centred). */
	sizeEffect: 1.3,
	/** Regional cooperation: SD of a spatially smoothed field, and smoothing passes over neighbours. */
	regionalSd: 0.45,
	regionalPasses: 3,
	/** Individual noise of a municipality (SD). */
	municipalSd: 0.35,
	/** Share of municipalities that prefer to keep things their own way, and their offset. */
	ownWayShare: 0.05,
	ownWayOffset: -1.5,
	/** Change of propensity per year (SD): some speed up, some stall. Clamped to keep curves rising. */
	driftSdPerYear: 0.07,
	driftMin: -0.4,
	/** Idiosyncratic affinity of a municipality for one standard (SD). */
	affinitySd: 0.6,
	/** Latent readiness thresholds for gepland, in_implementatie, in_gebruik. */
	thresholds: [-2.0, -1.0, 0.0] as [number, number, number],
	/** Chance per (municipality, standard) of one documented regression (one step back, 1–2 peildata). */
	regressionChance: 0.004
};

const STATUS_ORDER: readonly Status[] = STATUSES;

export interface GenGemeente {
	code: string;
	inwoners: number | null;
	geldig_vanaf: string | null;
	geldig_tot: string | null;
}
type Move = Pick<Herindeling, 'datum' | 'oude_code' | 'nieuwe_code' | 'soort' | 'aandeel_inwoners'>;
export interface GenStandaard {
	id: string;
	soort: string;
	beschikbaar_sinds: string;
}
export interface Regression {
	gemeentecode: string;
	standaard_id: string;
	/** Peildata on which the status is one step below the curve's status. */
	peildata: string[];
}
export interface Generated {
	peildata: string[];
	/** [peildatum, gemeentecode, standaard_id, status, bron, toelichting] in that order, sorted; toelichting '' when none. */
	rows: [string, string, string, Status, string, string][];
	regressions: Regression[];
}

/**
 * Example explanations ("pas toe of leg uit") the synthetic data carries, each marked as a
 * synthetic example in its own text. They go on EXPLANATIONS.count rows of the latest peildatum
 * whose status is not in_gebruik, chosen by a random source of their own (seed + 1), so adding
 * them changed no status of the data set. No comma or semicolon in them: the file stays easy to
 * turn into a semicolon-separated delivery (as the browser tests do).
 */
export const EXPLANATIONS = {
	count: 14,
	texts: [
		'Synthetisch voorbeeld: wij vervangen in 2027 ons zaaksysteem en sluiten daarna aan.',
		'Synthetisch voorbeeld: de regionale samenwerking besluit dit najaar over gezamenlijke invoering.',
		'Synthetisch voorbeeld: onze leverancier ondersteunt deze standaard nog niet. Wij volgen zijn planning.',
		'Synthetisch voorbeeld: wij wachten op de landelijke voorziening voordat wij aansluiten.',
		'Synthetisch voorbeeld: wij gebruiken een eigen oplossing die aan dezelfde eisen voldoet.',
		'Synthetisch voorbeeld: geen capaciteit dit jaar. Opgenomen in de begroting voor volgend jaar.',
		'Synthetisch voorbeeld: de aanbesteding loopt nog. Gunning verwacht in het eerste kwartaal.'
	]
} as const;

/** Half-yearly peildata (1 January and 1 July) from `first` to `last` inclusive. */
export function halfYearly(first = FIRST_PEILDATUM, last = LAST_PEILDATUM): string[] {
	const out: string[] = [];
	let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
	for (;;) {
		const d = `${y}-${String(m).padStart(2, '0')}-01`;
		if (d > last) break;
		out.push(d);
		if (m === 1) m = 7;
		else [y, m] = [y + 1, 1];
	}
	return out;
}

/** Decimal year of an ISO date (2020-07-01 → 2020.5). */
export function decimalYear(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

export function generate(
	gemeenten: GenGemeente[],
	moves: readonly Move[],
	neighbours: Record<string, { codes: string[] }>,
	standaarden: GenStandaard[],
	seed = DEFAULT_SEED,
	peildata = halfYearly()
): Generated {
	const source = randomLcg(seed / 2 ** 32);
	const normal = randomNormal.source(source);
	const uniform = randomUniform.source(source);
	// Municipalities of the start of the series first (their draws do not depend on later mergers),
	// then the ones created later, in code order.
	const codes = gemeenten
		.filter((g) => g.geldig_vanaf === null)
		.map((g) => g.code)
		.sort();
	const created = gemeenten
		.filter((g) => g.geldig_vanaf !== null)
		.sort((a, b) => a.geldig_vanaf!.localeCompare(b.geldig_vanaf!) || a.code.localeCompare(b.code));
	const byCode = new Map(gemeenten.map((g) => [g.code, g]));
	const stds = [...standaarden].sort((a, b) => a.id.localeCompare(b.id));

	// Standards: when half the municipalities use it, and how steep the curve is.
	const curve = new Map(
		stds.map((s) => {
			const [mu, sd] = MODEL.lagYears[s.soort] ?? MODEL.lagYears.programma;
			const lag = Math.max(0.5, normal(mu, sd)());
			const rate = uniform(MODEL.rate[0], MODEL.rate[1])();
			return [s.id, { midpoint: decimalYear(s.beschikbaar_sinds) + lag, rate }];
		})
	);

	// Municipalities: size effect + smoothed regional field + own noise (+ "own way" offset) and a drift.
	const logPop = codes.map((c) => Math.log10(Math.max(1, byCode.get(c)!.inwoners ?? 0)));
	const known = logPop.filter((v) => v > 0);
	const meanLog = known.reduce((a, b) => a + b, 0) / known.length;
	let field = new Map(codes.map((c) => [c, normal(0, 1)()]));
	for (let pass = 0; pass < MODEL.regionalPasses; pass++) {
		const next = new Map<string, number>();
		for (const c of codes) {
			const ns = (neighbours[c]?.codes ?? []).filter((n) => field.has(n));
			const avg = ns.length ? ns.reduce((a, n) => a + field.get(n)!, 0) / ns.length : field.get(c)!;
			next.set(c, 0.4 * field.get(c)! + 0.6 * avg);
		}
		field = next;
	}
	const fvals = [...field.values()];
	const fmean = fvals.reduce((a, b) => a + b, 0) / fvals.length;
	const fsd = Math.sqrt(fvals.reduce((a, b) => a + (b - fmean) ** 2, 0) / fvals.length) || 1;
	const sizeOf = (inwoners: number | null) => {
		const lp = Math.log10(Math.max(1, inwoners ?? 0));
		return lp > 0 ? MODEL.sizeEffect * (lp - meanLog) : 0;
	};
	const municipality = new Map(
		codes.map((c) => {
			const size = sizeOf(byCode.get(c)!.inwoners);
			const regional = (MODEL.regionalSd * (field.get(c)! - fmean)) / fsd;
			const own = normal(0, MODEL.municipalSd)();
			const ownWay = uniform()() < MODEL.ownWayShare ? MODEL.ownWayOffset : 0;
			const drift = Math.max(MODEL.driftMin, normal(0, MODEL.driftSdPerYear)());
			return [c, { base: size + regional + own + ownWay, drift, size }];
		})
	);

	const t0 = decimalYear(peildata[0]);
	const rows: Generated['rows'] = [];
	const regressions: Regression[] = [];
	const statusAt = new Map<string, Status[]>(); // `${code}|${id}` → status per peildatum index
	const affinityOf = new Map<string, number>();
	const latent = (m: { base: number; drift: number }, cv: { midpoint: number; rate: number }, affinity: number, pd: string) => {
		const t = decimalYear(pd);
		const x = cv.rate * (t - cv.midpoint) + m.base + m.drift * (t - t0) + affinity;
		return STATUS_ORDER[MODEL.thresholds.filter((th) => x > th).length];
	};
	for (const c of codes) {
		const m = municipality.get(c)!;
		for (const s of stds) {
			const cv = curve.get(s.id)!;
			const affinity = normal(0, MODEL.affinitySd)();
			affinityOf.set(`${c}|${s.id}`, affinity);
			const seq: Status[] = peildata.map((pd) => latent(m, cv, affinity, pd));
			// A rare, documented regression: one step back for one or two peildata.
			const roll = uniform()();
			const len = uniform()() < 0.5 ? 1 : 2;
			const at = Math.floor(uniform()() * peildata.length);
			if (roll < MODEL.regressionChance) {
				const hit: string[] = [];
				for (let k = at; k < Math.min(peildata.length, at + len); k++) {
					if (peildata[k] < s.beschikbaar_sinds) continue;
					const idx = STATUS_ORDER.indexOf(seq[k]);
					if (idx >= 2) {
						seq[k] = STATUS_ORDER[idx - 1];
						hit.push(peildata[k]);
					}
				}
				if (hit.length) regressions.push({ gemeentecode: c, standaard_id: s.id, peildata: hit });
			}
			statusAt.set(`${c}|${s.id}`, seq);
		}
	}
	// A municipality created by a merger (successorModel): its propensity is its predecessors'
	// inhabitant-weighted mean, with the size effect of the merged population; per standard it
	// starts at the status its largest predecessor had on the last peildatum before the merger
	// and from there follows its own curve, never falling below that start.
	for (const g of created) {
		const from = predecessorsOf(g.code, moves).filter((m) => municipality.has(m.oude_code));
		if (!from.length) throw new Error(`generate: ${g.code} was created on ${g.geldig_vanaf} but no predecessor is known`);
		const w = from.map((m) => (byCode.get(m.oude_code)!.inwoners ?? 1) * m.aandeel_inwoners);
		const W = w.reduce((a, b) => a + b, 0);
		const mean = (f: (code: string) => number) => from.reduce((a, m, k) => a + w[k] * f(m.oude_code), 0) / W;
		const size = sizeOf(g.inwoners);
		municipality.set(g.code, { base: mean((c) => municipality.get(c)!.base - municipality.get(c)!.size) + size, drift: mean((c) => municipality.get(c)!.drift), size });
		const largest = from[w.indexOf(Math.max(...w))].oude_code;
		const before = peildata.filter((pd) => pd < g.geldig_vanaf!).length - 1;
		for (const s of stds) {
			const affinity = mean((c) => affinityOf.get(`${c}|${s.id}`)!);
			affinityOf.set(`${g.code}|${s.id}`, affinity);
			const start = before >= 0 ? STATUS_ORDER.indexOf(statusAt.get(`${largest}|${s.id}`)![before]) : 0;
			const m = municipality.get(g.code)!;
			const cv = curve.get(s.id)!;
			statusAt.set(
				`${g.code}|${s.id}`,
				peildata.map((pd) => STATUS_ORDER[Math.max(start, STATUS_ORDER.indexOf(latent(m, cv, affinity, pd)))])
			);
		}
	}
	const all = [...codes, ...created.map((g) => g.code)].sort();
	peildata.forEach((pd, k) => {
		for (const c of all) {
			if (!existsOn(byCode.get(c)!, pd)) continue;
			for (const s of stds) {
				if (s.beschikbaar_sinds > pd) continue;
				rows.push([pd, c, s.id, statusAt.get(`${c}|${s.id}`)![k], BRON, '']);
			}
		}
	});
	explain(rows, peildata[peildata.length - 1], seed);
	return { peildata, rows, regressions };
}

/** Put the example explanations on rows of the latest peildatum that are not in_gebruik (see EXPLANATIONS). */
function explain(rows: Generated['rows'], last: string, seed: number): void {
	const uniform = randomUniform.source(randomLcg(((seed + 1) % 2 ** 32) / 2 ** 32));
	const candidates = rows.filter((r) => r[0] === last && r[3] !== 'in_gebruik');
	for (let k = 0; k < EXPLANATIONS.count && candidates.length; k++) {
		const [row] = candidates.splice(Math.floor(uniform(0, candidates.length)()), 1);
		row[5] = EXPLANATIONS.texts[k % EXPLANATIONS.texts.length];
	}
}

/** A CSV field: quoted when it holds a separator, a quote or a line break. */
function csvField(v: string): string {
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function adoptieCsv(g: Generated): string {
	const lines = ['peildatum,gemeentecode,standaard_id,status,bron,toelichting'];
	for (const r of g.rows) lines.push(r.map(csvField).join(','));
	return lines.join('\n') + '\n';
}
