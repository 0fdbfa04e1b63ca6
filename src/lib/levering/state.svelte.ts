// Owns: the data steward's session on /data/: the chosen files and their kinds, the check (in a
// worker, see check.ts) and its comparison with the published data, the report, the verdict, the
// problem list's filter and page (fetched from the worker through Recompute, so any number of
// problems never blocks the page), the downloads and the preview. One per tab: it outlives a
// client-side navigation (to the preview and back), and a reload or leaving the site asks first.
// The page has no URL state: a report lives only in this tab and cannot be shared by link.
import { CheckSession, describeFile, type CheckResult, type Detection, type IssuePage, type IssueQuery, type TableReport } from '../data/check';
import { downloadBlob, type CsvDialect } from '../data/csv-export';
import { RULE_TITLES } from '../data/rules';
import { RESOURCE_ORDER, type ResourceName } from '../data/schema';
import type { Translator } from '../i18n';
import { publishedUrl } from '../data/published-url';
import { dataset, stopPreview } from '../maturity/session.svelte';
import type { ArrowTables } from '../maturity/dataset';
import type { DeliveryDiff } from '../maturity/delivery';
import { Recompute } from '../maturity/recompute.svelte';
import { csvNotes } from './text';
import { verdictOf } from './verdict';

/** The check's questions to the browser engine, loaded when a check needs them (engine.ts). */
const engine = () => import('./engine');

export interface Chosen {
	id: number;
	file: File;
	kind: ResourceName | null;
	detection: Detection;
}

export type Phase = 'idle' | 'checking' | 'comparing' | 'done' | 'failed';

export interface PageRequest {
	run: number;
	query: IssueQuery;
	offset: number;
}

export const PAGE_SIZE = 50;
const ALL: IssueQuery = { file: null, rule: null, severity: null };
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class LeveringState {
	chosen = $state<Chosen[]>([]);
	phase = $state<Phase>('idle');
	progress = $state.raw<{ file: string; fraction: number; rows: number } | null>(null);
	failure = $state<string | null>(null);
	/** Files without a kind when "Check" was pressed. */
	blocked = $state<string[]>([]);
	result = $state.raw<CheckResult | null>(null);
	/** The checked files' names, and when. */
	label = $state('');
	checkedAt = $state<string | null>(null);
	diff = $state.raw<DeliveryDiff | null>(null);
	diffError = $state<string | null>(null);
	/** Counts the checks, so a page of problems is never taken from an earlier report. */
	run = $state(0);
	query = $state<IssueQuery>({ ...ALL });
	offset = $state(0);
	downloading = $state<CsvDialect | null>(null);
	readonly problems: Recompute<PageRequest, IssuePage>;
	#session: CheckSession | null = null;
	#ids = 0;

	reports: TableReport[] = $derived(this.result ? RESOURCE_ORDER.map((n) => this.result!.reports[n]) : []);
	verdict = $derived(this.result ? verdictOf(this.reports, this.diff, this.diffError) : null);
	pageRequest: PageRequest = $derived({ run: this.run, query: { ...this.query }, offset: this.offset });
	busy = $derived(this.phase === 'checking' || this.phase === 'comparing');
	duplicateKinds = $derived(RESOURCE_ORDER.filter((k) => this.chosen.filter((c) => c.kind === k).length > 1));
	/** The delivery's newest peildatum (where the preview opens). */
	newest = $derived(this.result?.peildata.at(-1) ?? null);
	synthetic = $derived((this.result?.syntheticRows ?? 0) > 0);

	constructor() {
		this.problems = new Recompute<PageRequest, IssuePage>({
			key: (r) => JSON.stringify(r),
			engine: (r) => (this.#session ? this.#session.page(r.query, r.offset, PAGE_SIZE) : Promise.reject(new Error('no report')))
		});
	}

	/** Whether leaving the page would lose something: a report, or the preview built from it. */
	get hasWork(): boolean {
		return this.result !== null || dataset.source === 'preview';
	}

	async addFiles(list: FileList | File[]): Promise<void> {
		for (const file of Array.from(list)) {
			const head = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
			const detection = describeFile(head, file.size, file.name);
			this.chosen = [...this.chosen, { id: ++this.#ids, file, kind: detection.kind, detection }];
		}
		this.blocked = [];
	}

	setKind(id: number, kind: ResourceName | null): void {
		this.chosen = this.chosen.map((c) => (c.id === id ? { ...c, kind } : c));
		this.blocked = this.blocked.filter((name) => this.chosen.some((c) => c.file.name === name && !c.kind));
	}

	remove(id: number): void {
		this.chosen = this.chosen.filter((c) => c.id !== id);
	}

	/** Validate the chosen files, then compare them with the published data. */
	async check(): Promise<'done' | 'failed' | 'blocked' | 'busy'> {
		if (this.busy) return 'busy';
		this.blocked = this.chosen.filter((c) => !c.kind).map((c) => c.file.name);
		if (this.blocked.length || this.duplicateKinds.length || this.chosen.length === 0) return 'blocked';
		this.#session?.close();
		this.problems.reset();
		// A new delivery replaces the one in the engine: a preview of the old one ends here.
		if (dataset.source === 'preview') stopPreview();
		const session = (this.#session = new CheckSession());
		this.result = null;
		this.diff = null;
		this.diffError = null;
		this.failure = null;
		this.phase = 'checking';
		try {
			const files = await Promise.all(this.chosen.map(async (c) => ({ name: c.kind!, fileName: c.file.name, buffer: await c.file.arrayBuffer() })));
			const publishedUrls = Object.fromEntries(RESOURCE_ORDER.map((n) => [n, new URL(publishedUrl(n, 'csv'), location.href).href])) as Record<ResourceName, string>;
			const result = await session.run(files, publishedUrls, (file, fraction, rows) => (this.progress = { file, fraction, rows }));
			if (result.reports.adoptie.accepted > 0) {
				this.phase = 'comparing';
				this.progress = null;
				try {
					this.diff = await (await engine()).diffWithPublished(result.arrow as ArrowTables);
				} catch (e) {
					this.diffError = message(e);
				}
			}
			this.label = this.chosen.map((c) => c.file.name).join(', ');
			this.checkedAt = new Date().toISOString().slice(0, 10);
			this.query = { ...ALL };
			this.offset = 0;
			this.run++;
			this.result = result;
			this.phase = 'done';
			return 'done';
		} catch (e) {
			session.close();
			this.#session = null;
			this.failure = message(e);
			this.phase = 'failed';
			return 'failed';
		} finally {
			this.progress = null;
		}
	}

	setQuery(patch: Partial<IssueQuery>): void {
		this.query = { ...this.query, ...patch };
		this.offset = 0;
	}

	/** The problem report as CSV (built in the worker), with what it is, its labels and any cap above it. */
	async download(t: Translator, dialect: CsvDialect): Promise<void> {
		if (!this.#session || this.downloading) return;
		this.downloading = dialect;
		try {
			const q = this.query;
			const extra = this.reports
				.filter((r) => r.capped !== null && (!q.file || r.file === q.file))
				.map((r) => t.t('data.note.capped', { file: r.file, total: t.num(total(r)), stored: t.num(stored(r)) }));
			const filter = [q.file, q.rule && RULE_TITLES[t.lang][q.rule], q.severity && t.t(q.severity === 'error' ? 'data.sev.error' : 'data.sev.warning')].filter(Boolean).join(', ');
			if (filter) extra.push(t.t('data.note.filter', { filter }));
			const notes = csvNotes(t, t.t('data.note.report', { files: this.label, date: t.date(this.checkedAt!) }), this.synthetic, extra);
			const blob = await this.#session.csv({ ...q }, t.lang, dialect, notes);
			downloadBlob(`controle-meldingen${dialect === 'excel-nl' ? '-excel' : ''}.csv`, blob);
		} finally {
			this.downloading = null;
		}
	}

	/** Show the whole site from the delivery; returns the peildatum to open the overview on. */
	async preview(): Promise<string | null> {
		await (await engine()).startPreview(this.result!.arrow as ArrowTables, this.label);
		return this.newest;
	}
}

/** All problems of a file, and those kept in detail. */
export function total(r: TableReport): number {
	return Object.values(r.issueCounts).reduce((a, b) => a + (b ?? 0), 0);
}
export function stored(r: TableReport): number {
	return Object.values(r.storedCounts).reduce((a, b) => a + (b ?? 0), 0);
}

let shared: LeveringState | null = null;

/** The tab's session (created on first use); a reload or leaving the site asks before losing it. */
export function leveringState(): LeveringState {
	if (!shared) {
		const s = (shared = new LeveringState());
		window.addEventListener('beforeunload', (e) => {
			if (!s.hasWork) return;
			e.preventDefault();
			e.returnValue = '';
		});
	}
	return shared;
}
