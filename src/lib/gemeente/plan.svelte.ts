// Owns: the what-if planner's state on a municipality page. The plan itself is one of the page's
// settings (settings.plan, in the URL); this derives what it does: the municipality's statuses
// at its latest peildatum, everyone's published scores of that peildatum (the prerendered exact
// scores, or the engine while a delivery is previewed) and the outcome (plan.ts, whatif.ts).
import { resolve } from '$app/paths';
import type { Status } from '../data/schema';
import { browserEngine, dataset } from '../maturity/session.svelte';
import { Recompute } from '../maturity/recompute.svelte';
import type { Lift } from '../maturity/explain';
import { fieldOf, type ScoreField, type StandardAt } from '../maturity/whatif';
import { DEFAULT_TARGET, fieldUrl, futurePeildata, MAX_PLAN, planOutcome, standardsAt, type PlanOutcome, type PlanStep } from './plan';
import type { GemeenteState } from './state.svelte';

interface FieldRequest {
	peildatum: string;
	version: number;
	preview: boolean;
}

export class Planner {
	readonly fields: Recompute<FieldRequest, ScoreField>;
	readonly #model: GemeenteState;

	constructor(model: GemeenteState) {
		this.#model = model;
		this.fields = new Recompute<FieldRequest, ScoreField>({
			key: (r) => JSON.stringify([r.peildatum, r.version, r.preview]),
			file: (r) => (r.preview ? undefined : { url: resolve(fieldUrl(r.peildatum) as '/'), read: (j) => j as ScoreField }),
			engine: async (r) => {
				const f = fieldOf(await (await browserEngine()).currentDefaultOverview(), r.peildatum);
				if (!f) throw new Error(`No figures for ${r.peildatum}`);
				return f;
			}
		});
		// Everyone's scores are fetched once there is a plan (a few kB).
		$effect(() => {
			const r = this.request;
			if (r && this.steps.length) this.fields.request(r);
		});
	}

	/** Index of the municipality's latest peildatum with figures (null: none). */
	readonly baseIndex = $derived.by(() => {
		const trend = this.#model.current.view.trend;
		for (let k = trend.length - 1; k >= 0; k--) if (trend[k].score !== null) return k;
		return null;
	});

	/** Whether a plan makes sense: the municipality exists today and has figures. */
	get available(): boolean {
		return this.#model.current.gemeente.geldig_tot === null && this.baseIndex !== null;
	}

	get basePeildatum(): string | null {
		return this.baseIndex === null ? null : this.#model.current.view.peildata[this.baseIndex];
	}

	/** The standards available at the base peildatum, with the municipality's status then. */
	readonly standards = $derived.by((): StandardAt[] => {
		const k = this.baseIndex;
		return k === null ? [] : standardsAt(this.#model.current.view, this.#model.current.standaarden, k);
	});

	/** Target peildata on offer: the half-years after the last published peildatum. */
	readonly dates = $derived.by(() => futurePeildata(this.#model.current.view.peildata[this.#model.current.view.peildata.length - 1]));

	/** The next peildatum (a step without a date is due then). */
	get next(): string {
		return this.dates[0];
	}

	/** The plan's steps that apply to the standards of this dataset. */
	readonly steps = $derived.by((): PlanStep[] => {
		const ids = new Set(this.standards.map((s) => s.standaard_id));
		return this.#model.settings.plan.filter((s) => ids.has(s.standaard_id));
	});

	get request(): FieldRequest | null {
		const pd = this.basePeildatum;
		return pd ? { peildatum: pd, version: dataset.version, preview: dataset.source === 'preview' } : null;
	}

	/** Everyone's scores at the base peildatum, once loaded. */
	get field(): ScoreField | undefined {
		const r = this.request;
		return r ? this.fields.valueFor(r) : undefined;
	}

	readonly outcome = $derived.by((): PlanOutcome | null => {
		const f = this.field;
		if (!f || !this.steps.length || !this.available) return null;
		return planOutcome(this.#model.code, this.standards, f, this.steps, this.next);
	});

	/** The trajectory for the trend chart: from the base figure to each target peildatum, and the axis dates up to the last. */
	readonly line = $derived.by(() => {
		const o = this.outcome;
		const base = this.basePeildatum;
		if (!o || !base) return null;
		const points = [{ peildatum: base, score: o.before.score, group: o.before.group }, ...o.trajectory.map((p) => ({ peildatum: p.peildatum, score: p.result.score, group: p.result.group }))];
		const last = points[points.length - 1].peildatum;
		return { points, dates: this.dates.filter((d) => d <= last) };
	});

	#set(plan: PlanStep[]): void {
		this.#model.set({ plan: plan.slice(0, MAX_PLAN) });
	}

	add(id: string, status: Status = DEFAULT_TARGET): void {
		if (this.steps.some((s) => s.standaard_id === id)) return;
		this.#set([...this.steps, { standaard_id: id, status, peildatum: null }]);
	}

	update(id: string, patch: Partial<Omit<PlanStep, 'standaard_id'>>): void {
		this.#set(this.steps.map((s) => (s.standaard_id === id ? { ...s, ...patch } : s)));
	}

	remove(id: string): void {
		this.#set(this.steps.filter((s) => s.standaard_id !== id));
	}

	clear(): void {
		this.#set([]);
	}

	/** The fewest standards to put in use to reach the next group, from where the plan gets to (or from today). */
	get lift(): Lift | null {
		const view = this.#model.current.view;
		return this.outcome?.after.lift ?? (this.steps.length === 0 && view.at === this.baseIndex ? view.lift : null);
	}

	/** Put those standards in use by the next peildatum (or by their own date, when already in the plan). */
	addLift(): void {
		const steps = this.lift?.steps ?? [];
		const plan = this.steps.map((s) => (steps.some((l) => l.standaard_id === s.standaard_id) ? { ...s, status: 'in_gebruik' as Status } : s));
		const more = steps.filter((l) => !plan.some((s) => s.standaard_id === l.standaard_id)).map((l) => ({ standaard_id: l.standaard_id, status: 'in_gebruik' as Status, peildatum: null }));
		this.#set([...plan, ...more]);
	}
}
