// Owns: a standard page's URL state: ?peildatum=… (the peildatum of the status map; default, and
// left out of the URL: the latest). Forgiving: an unknown peildatum falls back to the latest.

export interface StandaardSettings {
	/** The peildatum of the status map; null = the latest. */
	peildatum: string | null;
}

export function defaultStandaardSettings(): StandaardSettings {
	return { peildatum: null };
}

export function parseStandaardSettings(q: URLSearchParams, ctx: { peildata: readonly string[] }): StandaardSettings {
	const pd = q.get('peildatum')?.trim() ?? '';
	const latest = ctx.peildata[ctx.peildata.length - 1];
	return { peildatum: ctx.peildata.includes(pd) && pd !== latest ? pd : null };
}

export function standaardSettingsToQuery(s: StandaardSettings): string {
	return s.peildatum ? `?${new URLSearchParams({ peildatum: s.peildatum })}` : '';
}
