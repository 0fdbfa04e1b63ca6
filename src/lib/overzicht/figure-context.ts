// Owns: the line a downloaded overview figure carries under its title: the view it shows
// (grouping method, priority, division, filters), so a figure pasted elsewhere still says what it is.
import type { Translator } from '../i18n';
import type { OverviewState } from './state.svelte';

export function figureContext(t: Translator, model: OverviewState): string {
	const s = model.settings;
	return [
		t.method(s.method.kind),
		s.prioriteit ? `${t.t('ov.filter.priority')} ${s.prioriteit}` : null,
		s.indeling === 'huidig' ? t.t('ov.division.huidig') : null,
		s.provincie ? model.provinces.find(([c]) => c === s.provincie)?.[1] : null,
		s.klasse ? t.sizeClass(s.klasse) : null
	]
		.filter(Boolean)
		.join(' · ');
}
