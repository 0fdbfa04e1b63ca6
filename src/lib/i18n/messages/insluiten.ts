// Owns: UI text of the embeds (/embed/gemeente/…, /embed/kaart/), the SVG badges (/badge/…) and
// the "Insluiten" sections that hand out their code. Dutch, the source of truth; the English is in
// insluiten.en.ts with exactly the same keys.
import type { Msg } from './types';

export const nl = {
	'embed.brand': 'GGU Adoptiemonitor',
	'embed.cardTitle': (p) => `${p.name}: adoptie van GGU-standaarden`,
	'embed.scoreLabel': 'Score (0–100)',
	'embed.rank': (p) => `Rang ${p.rank} van ${p.n}`,
	'embed.at': (p) => `Peildatum ${p.date}`,
	'embed.noData': 'Geen gegevens gepubliceerd.',
	'embed.dissolved': (p) => `Bestaat niet meer: per ${p.date} ${p.split ? 'verdeeld over' : 'opgegaan in'} ${p.list}. Dit zijn de laatste cijfers.`,
	'embed.trendLabel': (p) => `Score van ${p.name} per peildatum: van ${p.first} (${p.firstDate}) naar ${p.last} (${p.lastDate}).`,
	'embed.more': (p) => `Alles over ${p.name} op de GGU Adoptiemonitor`,
	'embed.newWindow': '(opent in een nieuw venster)',
	'embed.mapTitle': 'Adoptie van GGU-standaarden per gemeente',
	'embed.mapLabel': (p) => `Kaart van Nederland: gemeenten gekleurd naar groep op ${p.date}.`,
	'embed.mapCounts': 'Aantal gemeenten per groep',
	'embed.mapMore': 'Naar het overzicht met de interactieve kaart',
	'embed.mapTable': 'Alle gemeenten in een tabel',
	'embed.method': 'Groepen: gemiddelde ± 1 standaardafwijking van alle scores.',
	'embed.source': 'Bron: GGU Adoptiemonitor. Grenzen CBS / Kadaster (CC-BY 4.0).',
	'embed.synthetic': 'Synthetische voorbeelddata — geen echte metingen',
	'embed.syntheticShort': 'synthetisch',
	'embed.badgeTitle': (p) => `GGU-adoptie van ${p.name}: ${p.group}, score ${p.score}, peildatum ${p.date}`,
	'embed.badgeDissolved': (p) => `opgeheven ${p.year}`,
	'insluiten.heading': 'Insluiten op uw eigen site',
	'insluiten.show': 'Toon de code om dit op uw eigen site of intranet te plaatsen',
	'insluiten.intro':
		'Kopieer de code en plak die in uw webpagina. Wat u insluit haalt niets van andere servers en werkt zonder JavaScript; de cijfers lopen mee met elke nieuwe publicatie.',
	'insluiten.iframeLabel': 'Code om in te sluiten (iframe)',
	'insluiten.badgeLabel': 'Code voor het badge (afbeelding, voor nieuwsbrieven)',
	'insluiten.copy': 'Kopieer de code',
	'insluiten.copied': 'Gekopieerd.',
	'insluiten.copyFailed': 'Kopiëren lukte niet; selecteer de code en kopieer die zelf.',
	'insluiten.preview': 'Bekijk hoe het eruitziet',
	'insluiten.cardTitle': (p) => `GGU-adoptie van ${p.name}`,
	'insluiten.mapTitle': 'GGU-adoptie per gemeente',
	'insluiten.badgeAlt': (p) => `Actuele GGU-adoptie van ${p.name}: groep, score en peildatum`,
	'insluiten.badgePreview': 'Het badge:'
} satisfies Record<string, Msg>;
