// Owns: what every download says about where its figures come from — the source and licence, and
// that the data are synthetic or a preview of an unpublished delivery when they are — so a file
// taken out of the site cannot be mistaken for real, published measurements. Figures put it in
// their source line; tables as note lines above the CSV (see csv-write.ts toCsv).
import { page } from '$app/state';
import type { Translator } from '../i18n';
import { dataset } from '../maturity/session.svelte';

export function provenance(t: Translator): string[] {
	const lines = [t.t('download.source')];
	if (dataset.source === 'preview') lines.push(t.t('download.preview', { label: dataset.label ?? '' }));
	else if (Number(page.data.syntheticShare ?? 0) > 0) lines.push(t.t('download.synthetic'));
	return lines;
}
