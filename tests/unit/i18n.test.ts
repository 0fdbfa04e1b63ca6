// The message catalogue: every namespace has the same keys in Dutch and English, no key is in two
// namespaces, every key is used somewhere in the source (as a literal), and the families cover
// their types in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as EN from '../../src/lib/i18n/messages/en';
import * as NL from '../../src/lib/i18n/messages/nl';
import { loadMessages, translator } from '../../src/lib/i18n';
import { standardDescription } from '../../src/lib/i18n/standard-text';
import { ROOT } from './helpers';

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = path.join(dir, f);
		return statSync(p).isDirectory() ? sources(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
	});
}
const MESSAGES_DIR = path.join(ROOT, 'src/lib/i18n/messages');
const code = sources(path.join(ROOT, 'src'))
	.filter((p) => !p.startsWith(MESSAGES_DIR))
	.map((p) => readFileSync(p, 'utf8'))
	.join('\n');

describe('messages', () => {
	it('has the same keys in Dutch and English in every namespace', () => {
		for (const [name, ns] of Object.entries(NL.NAMESPACES)) {
			expect(Object.keys(EN.NAMESPACES[name as keyof typeof EN.NAMESPACES]).sort(), name).toEqual(Object.keys(ns).sort());
		}
	});

	it('has no key in two namespaces', () => {
		const seen = new Map<string, string>();
		const dupes: string[] = [];
		for (const [name, ns] of Object.entries(NL.NAMESPACES)) {
			for (const k of Object.keys(ns)) {
				if (seen.has(k)) dupes.push(`${k} (${seen.get(k)}, ${name})`);
				seen.set(k, name);
			}
		}
		expect(dupes).toEqual([]);
	});

	it('uses every key somewhere in the source, as a literal', () => {
		const unused = Object.values(NL.NAMESPACES)
			.flatMap((ns) => Object.keys(ns))
			.filter((k) => !code.includes(`'${k}'`));
		expect(unused).toEqual([]);
	});

	it('gives every family the same members in both languages, none empty', () => {
		const FAMILIES = { nl: NL.families, en: EN.families };
		for (const fam of Object.keys(FAMILIES.nl) as (keyof typeof FAMILIES.nl)[]) {
			expect(Object.keys(FAMILIES.en[fam]).sort(), fam).toEqual(Object.keys(FAMILIES.nl[fam]).sort());
			for (const lang of ['nl', 'en'] as const) {
				for (const [k, v] of Object.entries(FAMILIES[lang][fam])) expect(v.trim(), `${lang} ${fam}.${k}`).not.toBe('');
			}
		}
	});

	it('translates families and says which key is missing', async () => {
		await Promise.all([loadMessages('nl'), loadMessages('en')]);
		const nl = translator('nl');
		const en = translator('en');
		expect(nl.group(null)).toBe('Geen gegevens');
		expect(en.group('kopgroep')).toBe('Kopgroep (leaders)');
		expect(nl.status('in_gebruik')).toBe('in gebruik');
		expect(() => nl.t('no.such.key' as 'site.title')).toThrow('Missing message "no.such.key" for nl');
	});

	it('gives English pages the English description of a standard, and marks the Dutch one where there is none', () => {
		const s = { omschrijving: 'Inlogmiddel van de overheid.', omschrijving_en: 'The government’s login method.' };
		expect(standardDescription(s, 'en')).toEqual({ text: s.omschrijving_en, lang: 'en' });
		expect(standardDescription(s, 'nl')).toEqual({ text: s.omschrijving, lang: 'nl' });
		expect(standardDescription({ ...s, omschrijving_en: '' }, 'en')).toEqual({ text: s.omschrijving, lang: 'nl' });
		expect(standardDescription({ omschrijving: '', omschrijving_en: null }, 'en')).toBeNull();
		// The catalogue has an English description for every standard.
		const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(ROOT, 'data/standaarden.csv'), 'utf8').trim(), { header: true }).data;
		expect(rows).toHaveLength(36);
		expect(rows.filter((r) => !r.omschrijving_en?.trim()).map((r) => r.standaard_id)).toEqual([]);
	});
});
