// Owns: which description of a standard a page shows. English pages show the catalogue's English
// text (omschrijving_en) where it has one; otherwise the Dutch, which the page marks as Dutch
// (lang="nl") so a screen reader reads it with a Dutch voice (WCAG 3.1.2).
import type { Lang } from './lang';

export function standardDescription(s: { omschrijving?: string | null; omschrijving_en?: string | null }, lang: Lang): { text: string; lang: Lang } | null {
	if (lang === 'en' && s.omschrijving_en) return { text: s.omschrijving_en, lang: 'en' };
	return s.omschrijving ? { text: s.omschrijving, lang: 'nl' } : null;
}
