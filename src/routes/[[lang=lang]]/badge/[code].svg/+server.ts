// A static SVG badge per municipality (/badge/GM0363.svg, /en/badge/GM0363.svg) for newsletters
// and intranets: "GGU-adoptie | name | group score | date" in the group's colour, with a <title>
// as its accessible name. Prerendered with every publication (src/lib/embed/badge.ts).
import { error } from '@sveltejs/kit';
import { badgeSvg, type BadgeSegment } from '$lib/embed/badge';
import { cardData, tokenColours } from '$lib/embed/data.server';
import { langOf, loadMessages, translator } from '$lib/i18n';
import { getSite } from '$lib/maturity/site.server';

export const prerender = true;

export async function entries() {
	const site = await getSite();
	return site.gemeenten.flatMap((g) => [{ code: g.gemeentecode }, { lang: 'en', code: g.gemeentecode }]);
}

/** Text colour on each group's ground (contrast at least 4.5:1). */
const ON_GROUP = { kopgroep: '--color-bg', peloton: '--color-text', achterhoede: '--color-text', geen: '--color-text' } as const;

export async function GET({ params }) {
	const card = await cardData(params.code);
	if (!card) error(404, `Unknown municipality ${params.code}`);
	const lang = langOf(params.lang);
	await loadMessages(lang);
	const t = translator(lang);
	const c = tokenColours();
	const g = card.group ?? 'geen';
	const figure = card.score === null ? t.t('embed.noData') : `${t.group(card.group)} ${t.score(card.score)}`;
	const when = card.dissolved ? t.t('embed.badgeDissolved', { year: card.dissolved.datum.slice(0, 4) }) : card.peildatum ? t.shortDate(card.peildatum) : '';
	const segments: BadgeSegment[] = [
		{ text: lang === 'en' ? 'GGU adoption' : 'GGU-adoptie', fill: c['color-brand'], color: c['color-brand-contrast'], bold: true },
		{ text: card.naam, fill: c['color-bg-subtle'], color: c['color-text'] },
		{ text: figure, fill: c[`group-${g}`], color: c[ON_GROUP[g].slice(2)], bold: true },
		...(when ? [{ text: when, fill: c['color-bg-subtle'], color: c['color-text'] }] : []),
		...(card.synthetic ? [{ text: t.t('embed.syntheticShort'), fill: c['color-text'], color: c['color-bg'] }] : [])
	];
	const title = t.t('embed.badgeTitle', { name: card.naam, group: t.group(card.group), score: t.score(card.score), date: card.peildatum ? t.date(card.peildatum) : '–' });
	return new Response(badgeSvg(segments, card.synthetic ? `${title} (${t.t('embed.synthetic')})` : title, lang), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
}
