// Owns: the site's languages. Dutch at /…, English at /en/…; UI text, validation messages and
// page content all use this one type.
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export function langOf(param: string | undefined): Lang {
	return param === 'en' ? 'en' : 'nl';
}
