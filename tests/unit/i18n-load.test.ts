// Loading the catalogues: each language is loaded on its own and on demand (src/lib/i18n/index.ts),
// and a translator for a language that is not loaded says what to do instead of showing keys.
// A file of its own: it needs a fresh module state (no catalogue loaded yet).
import { describe, expect, it } from 'vitest';
import { loadMessages, translator } from '../../src/lib/i18n';

describe('message catalogues', () => {
	it('loads one language at a time, and a translator needs its language loaded', async () => {
		expect(() => translator('nl')).toThrow(`The messages for "nl" are not loaded: await loadMessages('nl') first`);
		await Promise.all([loadMessages('nl'), loadMessages('nl')]);
		expect(translator('nl').t('site.skip')).toBe('Naar de inhoud');
		expect(translator('nl').group('kopgroep')).toBe('Kopgroep');
		// Loading Dutch did not make English available.
		expect(() => translator('en')).toThrow('"en" are not loaded');
		await loadMessages('en');
		expect(translator('en').t('site.skip')).toBe('Skip to content');
	});
});
