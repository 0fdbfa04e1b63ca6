// Owns: UI text of the comparison page (/vergelijk/).
// Dutch first (the source of truth), English second with exactly the same keys.
import type { Msg, SameKeys } from './types';

export const nl = {
	'cmp.title': 'Gemeenten vergelijken',
	'cmp.intro': 'Kies 2 tot 8 gemeenten en zie hun scores per prioriteit en per standaard naast elkaar, en hun ontwikkeling in één grafiek. De keuze staat in de link, zodat u hem kunt delen.',
	'cmp.add': 'Gemeente toevoegen',
	'cmp.full': 'U vergelijkt al 8 gemeenten; verwijder er een om een andere toe te voegen.',
	'cmp.need': 'Kies nog minstens één gemeente om te vergelijken.',
	'cmp.loading': 'Gegevens laden…',
	'cmp.date': (p) => `Peildatum ${p.date}; vergelijkingsgroep per gemeente: gemeenten van dezelfde grootte.`,
	'cmp.scores': 'Score en groep',
	'cmp.scoresCaption': (p) => `Score, rang en groep op ${p.date}`,
	'cmp.prio': 'Score per GGU-prioriteit',
	'cmp.prioCaption': (p) => `Score per prioriteit op ${p.date}`,
	'cmp.std': 'Status per standaard',
	'cmp.stdCaption': (p) => `Status per standaard op ${p.date}`,
	'cmp.trend': 'Ontwikkeling',
	'cmp.trendLabel': (p) => `Lijndiagram: score per peildatum van ${p.list}`,
	'cmp.trendSummary': (p) => `Op ${p.date}: ${p.list}.`,
	'cmp.trendCaption': 'Score per peildatum',
	'cmp.row.score': 'Score',
	'cmp.row.rank': 'Rang',
	'cmp.row.group': 'Groep',
} satisfies Record<string, Msg>;

export const en: SameKeys<typeof nl> = {
	'cmp.title': 'Compare municipalities',
	'cmp.intro': 'Choose 2 to 8 municipalities to see their scores per priority and per standard side by side, and their development in one chart. The choice is in the link, so you can share it.',
	'cmp.add': 'Add a municipality',
	'cmp.full': 'You are already comparing 8 municipalities; remove one to add another.',
	'cmp.need': 'Choose at least one more municipality to compare.',
	'cmp.loading': 'Loading data…',
	'cmp.date': (p) => `Reference date ${p.date}; comparison group per municipality: municipalities of the same size.`,
	'cmp.scores': 'Score and group',
	'cmp.scoresCaption': (p) => `Score, rank and group on ${p.date}`,
	'cmp.prio': 'Score per GGU priority',
	'cmp.prioCaption': (p) => `Score per priority on ${p.date}`,
	'cmp.std': 'Status per standard',
	'cmp.stdCaption': (p) => `Status per standard on ${p.date}`,
	'cmp.trend': 'Over time',
	'cmp.trendLabel': (p) => `Line chart: score per reference date of ${p.list}`,
	'cmp.trendSummary': (p) => `On ${p.date}: ${p.list}.`,
	'cmp.trendCaption': 'Score per reference date',
	'cmp.row.score': 'Score',
	'cmp.row.rank': 'Rank',
	'cmp.row.group': 'Group',
};
