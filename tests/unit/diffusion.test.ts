// The diffusion model on hand-made series: a perfect logistic gives back its parameters; too
// short, too flat, already reached, levelling off, too far off and not logistic each say so.
import { describe, expect, it } from 'vitest';
import { decimalYear, fitLogistic, forecast, HORIZON_YEARS, logistic, timeTo, TARGET, type Logistic, type Observation } from '../../src/lib/standaard/diffusion';

/** Half-yearly peildata from 2019-07-01 to 2026-07-01 (15), like the series. */
const PEILDATA = Array.from({ length: 15 }, (_, i) => `${2019 + Math.floor((i + 1) / 2)}-${i % 2 ? '01' : '07'}-01`);
const series = (f: (t: number) => number, peildata = PEILDATA): Observation[] => peildata.map((pd) => ({ peildatum: pd, t: decimalYear(pd), share: f(decimalYear(pd)) }));
const curve = (p: Logistic) => (t: number) => logistic(p, t);

describe('logistic fit', () => {
	it('recovers the parameters of a perfect logistic, ceiling included', () => {
		const truth = { K: 0.95, r: 0.9, t0: 2023 };
		const obs = series(curve(truth));
		const f = fitLogistic(obs.map((o) => o.t), obs.map((o) => o.share), null)!;
		expect(f.p.K).toBeCloseTo(truth.K, 4);
		expect(f.p.r).toBeCloseTo(truth.r, 4);
		expect(f.p.t0).toBeCloseTo(truth.t0, 3);
		expect(f.sse).toBeLessThan(1e-10);
	});

	it('forecasts 90 % at the curve\'s own time, with a band of at least half a year either side', () => {
		const truth = { K: 0.95, r: 0.9, t0: 2024 };
		const fc = forecast(series(curve(truth)));
		expect(fc.kind).toBe('forecast');
		if (fc.kind !== 'forecast') return;
		expect(fc.ceiling).toBe('fitted');
		expect(fc.t90).toBeCloseTo(timeTo(truth, TARGET), 3);
		expect(fc.t90).toBeCloseTo(2024 + Math.log(0.9 / 0.05) / 0.9, 3);
		// No noise: every refit is the curve itself, so the band is the minimum half-year each side.
		expect(fc.lo).toBeCloseTo(fc.t90 - 0.5, 6);
		expect(fc.hi).toBeCloseTo(fc.t90 + 0.5, 6);
		expect(fc.band[0].t).toBeCloseTo(2019.5, 2);
		expect(fc.band.every((b) => b.lo <= b.fit + 1e-3 && b.fit <= b.hi + 1e-3)).toBe(true);
	});

	it('assumes a ceiling of 1 until the turning point is 1.5 years behind the last peildatum, and says so', () => {
		const early = forecast(series(curve({ K: 0.8, r: 1.2, t0: 2025.5 })));
		expect(early.kind === 'forecast' && early.ceiling).toBe('assumed');
		const truth = { K: 1, r: 0.7, t0: 2028 };
		const fc = forecast(series(curve(truth)));
		expect(fc.kind).toBe('forecast');
		if (fc.kind !== 'forecast') return;
		expect(fc.ceiling).toBe('assumed');
		expect(fc.fit.r).toBeCloseTo(0.7, 4);
		expect(fc.fit.t0).toBeCloseTo(2028, 3);
		expect(fc.t90).toBeCloseTo(2028 + Math.log(9) / 0.7, 3);
	});

	it('is the same every time (the bootstrap is seeded)', () => {
		const noisy = series((t) => Math.min(1, Math.max(0, logistic({ K: 1, r: 0.8, t0: 2025 }, t) + 0.03 * Math.sin(t * 7))));
		const a = forecast(noisy);
		expect(forecast(noisy)).toEqual(a);
		expect(a.kind).toBe('forecast');
		if (a.kind === 'forecast') expect(a.lo < a.t90 && a.t90 < a.hi && a.hi - a.lo >= 1).toBe(true);
	});
});

describe('no forecast, and why', () => {
	it('says so when 90 % use it already, from when', () => {
		const fc = forecast(series((t) => (t < 2022 ? 0.85 : 0.93)));
		expect(fc).toEqual({ kind: 'reached', since: '2022-01-01' });
	});

	it('says a curve is too short with fewer than four peildata', () => {
		expect(forecast(series(curve({ K: 1, r: 1, t0: 2025 }), PEILDATA.slice(-3))).kind).toBe('too-short');
	});

	it('says a curve is too short when adoption began only at the last peildata', () => {
		const fc = forecast(series((t) => (t < 2025.9 ? 0 : t < 2026.2 ? 0.03 : 0.08)));
		expect(fc).toEqual({ kind: 'too-short', points: 15, rising: 2 });
	});

	it('says a curve is too flat when the share barely moves', () => {
		const fc = forecast(series((t) => 0.3 + 0.01 * Math.sin(t)));
		expect(fc.kind).toBe('too-flat');
	});

	it('says the share levels off below 90 % when the fitted ceiling is lower', () => {
		const fc = forecast(series(curve({ K: 0.7, r: 1.2, t0: 2023 })));
		expect(fc.kind).toBe('levels-off');
		if (fc.kind === 'levels-off') expect(fc.fit.K).toBeCloseTo(0.7, 3);
	});

	it(`makes no forecast more than ${HORIZON_YEARS} years ahead`, () => {
		const fc = forecast(series(curve({ K: 1, r: 0.15, t0: 2040 })));
		expect(fc.kind).toBe('beyond');
	});

	it('says a series that is not S-shaped does not fit', () => {
		const fc = forecast(series((t) => (Math.round(t * 2) % 2 ? 0.1 : 0.5)));
		expect(fc.kind).toBe('no-fit');
	});
});
