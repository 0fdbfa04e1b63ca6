// Owns: the diffusion model of one standard — a logistic curve fitted to the share of
// municipalities using it (in_gebruik) over the peildata, as the SQL gives it — and the forecast
// it supports: when 90 % use it, with an uncertainty band, or why there is no forecast. Pure: the
// same numbers at build time and in the browser (a delivery's preview).
//
// Model: share(t) = K / (1 + e^(−r·(t − t0))), t in years; K the ceiling (the share that will
// eventually use it, at most 1), r the speed, t0 the year of the steepest rise (half of K).
// Fitted by least squares with Levenberg–Marquardt (ml-levenberg-marquardt), from a few starting
// points, best fit kept. Until the curve's turning point t0 lies well behind the last peildatum
// (TURN_MARGIN) the data cannot tell where it will level off — an early logistic fit tends to put
// the ceiling too low — so then K is fixed at 1 ("eventually every municipality") and the result
// says so.
//
// Uncertainty: a residual bootstrap — BOOTSTRAP refits on the fitted curve plus the deviations of
// the data resampled with replacement (seeded, so the build and the browser agree); the band is
// the middle 90 % of the refits' years, never narrower than half a year either side (the spacing
// of the peildata). Refits that level off below 90 % count as "never" at the band's late end.
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { randomInt, randomLcg } from 'd3-random';

export interface Observation {
	peildatum: string;
	/** Decimal year (2020-07-01 → 2020.5). */
	t: number;
	/** Share in use, 0–1. */
	share: number;
}

export interface Logistic {
	K: number;
	r: number;
	t0: number;
}

export const TARGET = 0.9;
/** Fewer observed peildata than this: too short to fit. */
export const MIN_POINTS = 4;
/** Fewer peildata than this with at least RISING_FROM in use: adoption has barely begun. */
export const MIN_RISING = 3;
export const RISING_FROM = 0.02;
/** Shares that move less than this (max − min) over the series: too flat to fit. */
export const MIN_RANGE = 0.05;
/** A fit whose root-mean-square deviation exceeds this does not describe the curve. */
export const MAX_RMSE = 0.08;
/** A forecast further than this many years past the last peildatum is not made. */
export const HORIZON_YEARS = 25;
/** The ceiling is only fitted when the turning point lies at least this many years (three peildata) before the last peildatum. */
export const TURN_MARGIN = 1.5;
export const BOOTSTRAP = 200;
const SEED = 0.3141592653589793;

export type Forecast =
	/** Too few peildata, or adoption only began at the last few. */
	| { kind: 'too-short'; points: number; rising: number }
	/** The share barely moves. */
	| { kind: 'too-flat'; range: number }
	/** 90 % or more use it already (since `since`). */
	| { kind: 'reached'; since: string }
	/** The curve does not follow a logistic shape. */
	| { kind: 'no-fit'; fit: Logistic; rmse: number }
	/** The fitted ceiling is below 90 %: at this pace, the share levels off at K. */
	| { kind: 'levels-off'; fit: Logistic; rmse: number; band: BandPoint[] }
	/** 90 % only after more than HORIZON_YEARS. */
	| { kind: 'beyond'; fit: Logistic; rmse: number; horizon: number; band: BandPoint[] }
	/** 90 % around `t90`; the middle 90 % of the refits between `lo` and `hi` (Infinity: some never get there). */
	| { kind: 'forecast'; fit: Logistic; rmse: number; t90: number; lo: number; hi: number; ceiling: 'fitted' | 'assumed'; band: BandPoint[] };

/** The fitted curve and the refits' middle 90 % at one moment (for the chart). */
export interface BandPoint {
	t: number;
	fit: number;
	lo: number;
	hi: number;
}

export function logistic(p: Logistic, t: number): number {
	return p.K / (1 + Math.exp(-p.r * (t - p.t0)));
}

/** The year at which the curve reaches `level`, or Infinity when its ceiling is not above it. */
export function timeTo(p: Logistic, level: number): number {
	if (p.K <= level) return Infinity;
	return p.t0 - Math.log(p.K / level - 1) / p.r;
}

/** Decimal year of an ISO date (2020-07-01 → 2020.5). */
export function decimalYear(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

interface Fit {
	p: Logistic;
	sse: number;
}

/**
 * Least-squares logistic through the points. `ceiling`: a fixed K (e.g. 1) or null to fit it
 * within [max share, 1]. Times are centred on their mean for the optimiser. The optimiser runs
 * `iterations` steps from each start (it stops early only on an exact fit); refits start from the
 * point fit and need few.
 */
export function fitLogistic(ts: readonly number[], ys: readonly number[], ceiling: number | null, starts?: readonly Logistic[], iterations = 200): Fit | null {
	const tm = ts.reduce((a, b) => a + b, 0) / ts.length;
	const x = ts.map((t) => t - tm);
	const maxY = Math.max(...ys);
	const kMin = Math.min(1, Math.max(maxY, 1e-3));
	const free = ceiling === null;
	// Parameters: [K, r, t0 − tm] (K fitted) or [r, t0 − tm] (K fixed).
	const unpack = (q: number[]): Logistic => (free ? { K: q[0], r: q[1], t0: q[2] } : { K: ceiling, r: q[0], t0: q[1] });
	const model = (q: number[]) => {
		const p = unpack(q);
		return (xx: number) => logistic(p, xx);
	};
	const jacobian = (q: number[]) => {
		const p = unpack(q);
		return (xx: number) => {
			const e = Math.exp(-p.r * (xx - p.t0));
			const d = (1 + e) ** 2;
			const dr = (p.K * e * (xx - p.t0)) / d;
			const dt0 = (-p.K * e * p.r) / d;
			return free ? [1 / (1 + e), dr, dt0] : [dr, dt0];
		};
	};
	const half = interpolateTime(x, ys, (free ? Math.max(maxY, 0.5) : 1) / 2);
	const guesses: Logistic[] = starts?.map((s) => ({ ...s, t0: s.t0 - tm })) ?? [0.5, 1, 2].flatMap((r) => [half, x[x.length - 1] + 2].map((t0) => ({ K: free ? Math.min(1, Math.max(kMin, 0.95)) : ceiling, r, t0 })));
	let best: Fit | null = null;
	for (const g of guesses) {
		const init = free ? [Math.min(1, Math.max(kMin, g.K)), g.r, g.t0] : [g.r, g.t0];
		try {
			const res = levenbergMarquardt({ x, y: [...ys] }, model, {
				initialValues: init,
				minValues: free ? [kMin, 0.02, -60] : [0.02, -60],
				maxValues: free ? [1, 8, 60] : [8, 60],
				jacobianFunction: jacobian,
				damping: 1e-2,
				maxIterations: iterations,
				errorTolerance: 1e-14
			});
			const p = unpack(res.parameterValues);
			if (![p.K, p.r, p.t0, res.parameterError].every(Number.isFinite)) continue;
			if (!best || res.parameterError < best.sse) best = { p, sse: res.parameterError };
		} catch {
			// A start the optimiser cannot use; the others may do.
		}
	}
	return best && { p: { ...best.p, t0: best.p.t0 + tm }, sse: best.sse };
}

/** The time at which a rising series first reaches `level` (linear between points), clamped to its range. */
function interpolateTime(x: readonly number[], ys: readonly number[], level: number): number {
	for (let i = 1; i < ys.length; i++) {
		if (ys[i] >= level && ys[i - 1] < level) return x[i - 1] + ((level - ys[i - 1]) / (ys[i] - ys[i - 1])) * (x[i] - x[i - 1]);
	}
	return ys[0] >= level ? x[0] : x[x.length - 1];
}

function quantile(sorted: readonly number[], q: number): number {
	const i = (sorted.length - 1) * q;
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	if (!Number.isFinite(sorted[lo]) || !Number.isFinite(sorted[hi])) return sorted[hi];
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** The forecast for one standard from its observed shares (peildata since it was available, in order). */
export function forecast(obs: readonly Observation[]): Forecast {
	const ys = obs.map((o) => o.share);
	const ts = obs.map((o) => o.t);
	const reached = obs.findIndex((o, i) => o.share >= TARGET && obs.slice(i).every((x) => x.share >= TARGET));
	if (obs.length && obs[obs.length - 1].share >= TARGET) return { kind: 'reached', since: obs[reached >= 0 ? reached : obs.length - 1].peildatum };
	const rising = ys.filter((y) => y >= RISING_FROM).length;
	if (obs.length < MIN_POINTS) return { kind: 'too-short', points: obs.length, rising };
	const range = Math.max(...ys) - Math.min(...ys);
	if (range < MIN_RANGE) return { kind: 'too-flat', range };
	if (rising < MIN_RISING) return { kind: 'too-short', points: obs.length, rising };

	let ceiling: 'fitted' | 'assumed' = 'fitted';
	let point = fitLogistic(ts, ys, null);
	const last = ts[ts.length - 1];
	// Until the turning point lies TURN_MARGIN behind the last peildatum, the slowing down that
	// fixes the ceiling is not in the data: assume everyone eventually.
	if (point && point.p.t0 > last - TURN_MARGIN) {
		const fixed = fitLogistic(ts, ys, 1);
		if (fixed) [point, ceiling] = [fixed, 'assumed'];
	}
	if (!point) return { kind: 'no-fit', fit: { K: NaN, r: NaN, t0: NaN }, rmse: NaN };
	const fit = point.p;
	const rmse = Math.sqrt(point.sse / obs.length);
	if (rmse > MAX_RMSE) return { kind: 'no-fit', fit, rmse };

	// Residual bootstrap (seeded): refit on the curve plus resampled deviations.
	const fitted = ts.map((t) => logistic(fit, t));
	const resid = ys.map((y, i) => y - fitted[i]);
	const pick = randomInt.source(randomLcg(SEED))(0, resid.length);
	const refits: Logistic[] = [];
	for (let b = 0; b < BOOTSTRAP; b++) {
		const yb = fitted.map((f) => Math.min(1, Math.max(0, f + resid[pick()])));
		const f = fitLogistic(ts, yb, ceiling === 'assumed' ? 1 : null, [fit], 40);
		if (f) refits.push(f.p);
	}
	const times = refits.map((p) => timeTo(p, TARGET)).sort((a, b) => a - b);
	const t90 = timeTo(fit, TARGET);
	const end = Math.min(last + HORIZON_YEARS, Math.max(last + 3, Number.isFinite(t90) ? t90 + 1 : last + 6));
	const band = bandPoints(fit, refits, ts[0], end);
	if (!Number.isFinite(t90)) return { kind: 'levels-off', fit, rmse, band };
	if (t90 > last + HORIZON_YEARS) return { kind: 'beyond', fit, rmse, horizon: last + HORIZON_YEARS, band };
	const lo = Math.min(quantile(times, 0.05), t90 - 0.5);
	const hi = Math.max(quantile(times, 0.95), t90 + 0.5);
	return { kind: 'forecast', fit, rmse, t90, lo, hi, ceiling, band };
}

/** The fitted curve and the refits' middle 90 % every half-year from `from` to `to`. */
function bandPoints(fit: Logistic, refits: readonly Logistic[], from: number, to: number): BandPoint[] {
	const out: BandPoint[] = [];
	for (let t = from; t <= to + 1e-9; t += 0.5) {
		const v = refits.map((p) => logistic(p, t)).sort((a, b) => a - b);
		const r3 = (x: number) => Math.round(x * 1000) / 1000;
		out.push({ t: Math.round(t * 100) / 100, fit: r3(logistic(fit, t)), lo: r3(v.length ? quantile(v, 0.05) : logistic(fit, t)), hi: r3(v.length ? quantile(v, 0.95) : logistic(fit, t)) });
	}
	return out;
}
