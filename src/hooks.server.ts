// Sets <html lang> per page: "en" under /en/, otherwise "nl" (also in prerendered HTML).
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'nl';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
