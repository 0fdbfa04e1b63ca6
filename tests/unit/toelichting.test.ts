// The optional `toelichting` column of adoptie.csv ("pas toe of leg uit"): plain text on one line,
// at most 500 characters, with a clear message when it is not; a file without the column is fine.
import { describe, expect, it } from 'vitest';
import { notPlainText } from '../../src/lib/data/normalise';
import { ruleMessage } from '../../src/lib/data/rules';
import { resource } from '../../src/lib/data/schema';
import { validateFile } from '../../src/lib/data/validate';

const HEAD = 'peildatum,gemeentecode,standaard_id,status,bron,toelichting';
const adoptie = (...lines: string[]) => validateFile('adoptie', 'adoptie.csv', [HEAD, ...lines].join('\n') + '\n');
const LIMIT = resource('adoptie').schema.fields.find((f) => f.name === 'toelichting')!.constraints!.maxLength!;

describe('toelichting', () => {
	it('is optional: files without the column still load, with null explanations', () => {
		const t = validateFile('adoptie', 'adoptie.csv', 'peildatum,gemeentecode,standaard_id,status\n2024-07-01,GM0363,ibd,gepland\n');
		expect(t.issues).toEqual([]);
		expect(t.rows[0].at(-1)).toBeNull();
	});

	it('keeps plain text up to the maximum, counted in characters as a reader counts them', () => {
		expect(LIMIT).toBe(500);
		const exact = 'é'.repeat(LIMIT);
		const t = adoptie(`2024-07-01,GM0363,ibd,niet_gestart,x,"Wij wachten op de aanbesteding, zie het raadsbesluit."`, `2024-07-01,GM0014,ibd,gepland,x,${exact}`);
		expect(t.issues).toEqual([]);
		expect(t.rows.map((r) => r.at(-1))).toEqual(['Wij wachten op de aanbesteding, zie het raadsbesluit.', exact]);
		// "kosten < 10.000" is text, not a tag.
		expect(notPlainText('kosten < 10.000 en > 5')).toBeNull();
	});

	it('rejects a text over the maximum with its length and the limit in the message', () => {
		const t = adoptie(`2024-07-01,GM0363,ibd,niet_gestart,x,${'a'.repeat(LIMIT + 1)}`);
		expect(t.accepted).toBe(0);
		expect(t.issues.map((i) => [i.line, i.column, i.rule, i.params.length, i.params.limit])).toEqual([[2, 'toelichting', 'max-length', LIMIT + 1, LIMIT]]);
		expect(ruleMessage('max-length', t.issues[0].params, 'nl')).toContain('501 tekens lang; het maximum is 500');
		expect(ruleMessage('max-length', t.issues[0].params, 'en')).toContain('501 characters long; the maximum is 500');
	});

	it('rejects line breaks, tabs and markup, saying which', () => {
		const t = adoptie('2024-07-01,GM0363,ibd,niet_gestart,x,"regel een\nregel twee"', '2024-07-01,GM0014,ibd,niet_gestart,x,zie <a href=x>hier</a>', '2024-07-01,GM0518,ibd,niet_gestart,x,<b>vet</b>');
		expect(t.issues.map((i) => [i.line, i.rule, i.params.what])).toEqual([
			[2, 'plain-text', 'control'],
			[4, 'plain-text', 'markup'],
			[5, 'plain-text', 'markup']
		]);
		expect(t.read).toBe(t.accepted + t.rejected);
		expect(ruleMessage('plain-text', t.issues[0].params, 'nl')).toContain('regeleinde of tab');
		expect(ruleMessage('plain-text', t.issues[1].params, 'en')).toContain('markup');
	});
});
