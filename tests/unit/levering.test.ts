// The data page's logic without a browser: file sizes, which contract file a chosen file is (and
// why not), the verdict on a delivery, and the report as CSV with its notes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFile, resourceFromHeader, type TableReport } from '../../src/lib/data/check';
import { toCsv } from '../../src/lib/data/csv-write';
import { reportRows } from '../../src/lib/data/report-csv';
import { RESOURCE_ORDER } from '../../src/lib/data/schema';
import { validateFile, type TableResult } from '../../src/lib/data/validate';
import { loadMessages, translator } from '../../src/lib/i18n';
import { fileSize } from '../../src/lib/levering/format';
import { verdictSentence } from '../../src/lib/levering/text';
import { verdictOf } from '../../src/lib/levering/verdict';
import type { DeliveryDiff } from '../../src/lib/maturity/delivery';
import { ROOT } from './helpers';

await Promise.all([loadMessages('nl'), loadMessages('en')]);
const nl = translator('nl');
const en = translator('en');

describe('file sizes', () => {
	it('use decimal units (1 kB = 1000 bytes) in both languages', () => {
		expect([999, 1000, 9_456, 20_733, 999_499, 9_456_588].map((n) => fileSize(n, nl.num))).toEqual(['999 B', '1,0 kB', '9,5 kB', '21 kB', '999 kB', '9,5 MB']);
		expect(fileSize(9_456_588, en.num)).toBe('9.5 MB');
		expect(fileSize(1_043_096, en.num)).toBe('1.0 MB');
	});
});

describe('which file is which', () => {
	it('recognises every published file from its header, herindelingen.csv included', () => {
		for (const name of RESOURCE_ORDER) {
			const head = readFileSync(path.join(ROOT, 'data', `${name}.csv`), 'utf8').split('\n')[0];
			expect(resourceFromHeader(head), name).toBe(name);
			expect(describeFile(new TextEncoder().encode(head + '\n'), 100, 'levering.csv')).toMatchObject({ kind: name, via: 'header', problem: null });
		}
		expect(resourceFromHeader('Datum;Oude_code;Nieuwe code;Soort;Aandeel_inwoners')).toBe('herindelingen');
		expect(resourceFromHeader('soort')).toBeNull();
	});

	it('says why when it cannot tell: empty, not text, an unknown header', () => {
		expect(describeFile(new Uint8Array(0), 0, 'x.csv')).toMatchObject({ kind: null, problem: 'empty' });
		expect(describeFile(new Uint8Array(0), 0, 'adoptie-leeg.csv')).toMatchObject({ kind: 'adoptie', via: 'name', problem: 'empty' });
		expect(describeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 6, 'levering.xlsx')).toMatchObject({ kind: null, problem: 'binary', binary: 'zip' });
		expect(describeFile(new TextEncoder().encode('a;b;c\n1;2;3\n'), 12, 'x.csv')).toMatchObject({ kind: null, problem: 'header', firstLine: 'a;b;c' });
		expect(describeFile(new TextEncoder().encode('a;b;c\n'), 6, 'herindelingen-2027.csv')).toMatchObject({ kind: 'herindelingen', via: 'name', problem: 'header' });
		// UTF-16 (a BOM and zero bytes) is text, not binary.
		const head = 'peildatum,gemeentecode,standaard_id,status,bron\n';
		const u16 = Uint8Array.from([0xff, 0xfe, ...[...head].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect(describeFile(u16, u16.length, 'x.csv')).toMatchObject({ kind: 'adoptie', via: 'header', problem: null });
	});
});

const report = (t: TableResult, published = false): TableReport => {
	const { rows: _r, lines: _l, issues, ...rest } = t;
	return { ...rest, published, fileIssues: issues.filter((i) => i.line === null || i.rule === 'file-empty' || i.rule.startsWith('header-missing')) };
};
const noDiff: DeliveryDiff = { rows: { nieuw: 0, ontbrekend: 0, gewijzigd: 0 }, rowsByPeildatum: [], peildata: [] };
const gem = validateFile('gemeenten', 'gemeenten.csv', 'gemeentecode,gemeentenaam,provinciecode,provincienaam\nGM0001,A,PV20,G\n');
const std = validateFile('standaarden', 'standaarden.csv', 'standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds\nibd,IBD,5,structureel,1,2013-01-01\n');
const refs = { gemeenten: { columns: gem.columns, byKey: new Map(gem.rows.map((r) => [String(r[0]), r])) }, standaarden: { columns: std.columns, byKey: new Map(std.rows.map((r) => [String(r[0]), r])) } };

describe('verdict', () => {
	it('is ready when nothing is rejected, lost or missing; warnings, corrections and new peildata are told beside it', () => {
		const a = validateFile('adoptie', 'adoptie.csv', 'peildatum,gemeentecode,standaard_id,status,bron\n2027-01-01,GM0001,ibd,gepland,x\n2027-01-01,GM0001,ibd,gepland,x\n', refs);
		const diff: DeliveryDiff = {
			rows: { nieuw: 1, ontbrekend: 0, gewijzigd: 2 },
			rowsByPeildatum: [{ peildatum: '2027-01-01', nieuw: 1, ontbrekend: 0, gewijzigd: 0 }],
			peildata: [{ peildatum: '2027-01-01', base: '2026-07-01', isNew: true, changes: [] }]
		};
		const v = verdictOf([report(gem, true), report(std, true), report(a)], diff, null);
		// The identical duplicate is a warning, not a reason.
		expect(v).toEqual({ ready: true, reasons: [], warnings: 1, changed: 2, added: ['2027-01-01'] });
		expect(verdictSentence(nl, v)).toBe('Klaar om te publiceren.');
	});

	it('is not ready, and says why: rows rejected, rows lost, missing combinations, an unusable file', () => {
		const a = validateFile('adoptie', 'levering.csv', 'peildatum,gemeentecode,standaard_id,status,bron\n2024-07-01,GM0001,ibd,klaar,x\n2024-07-01,GM0002,ibd,gepland,x\n', refs);
		const diff: DeliveryDiff = { ...noDiff, rows: { nieuw: 0, ontbrekend: 5, gewijzigd: 0 }, rowsByPeildatum: [{ peildatum: '2024-07-01', nieuw: 0, ontbrekend: 5, gewijzigd: 0 }] };
		const v = verdictOf([report(a)], diff, null);
		expect(v.ready).toBe(false);
		expect(v.reasons).toEqual([
			{ kind: 'rows-rejected', file: 'levering.csv', count: 2 },
			{ kind: 'no-adoption' },
			{ kind: 'rows-lost', count: 5, peildata: ['2024-07-01'] }
		]);
		expect(verdictSentence(nl, v)).toBe(
			'Niet klaar om te publiceren. levering.csv: 2 regels afgewezen door fouten. Er zijn geen adoptieregels ingelezen. 5 gepubliceerde regels ontbreken in de levering (peildata: 1 juli 2024). De levering vervangt adoptie.csv, dus lever alle peildata aan.'
		);
		const empty = validateFile('adoptie', 'leeg.csv', '');
		expect(verdictOf([report(empty)], null, null).reasons).toEqual([{ kind: 'file-rejected', file: 'leeg.csv', rule: 'file-empty' }]);
		const gaps = validateFile('adoptie', 'a.csv', 'peildatum,gemeentecode,standaard_id,status\n2024-07-01,GM0001,ibd,gepland\n', { ...refs, standaarden: { columns: ['standaard_id', 'beschikbaar_sinds'], byKey: new Map([['ibd', ['ibd', '2013-01-01']], ['zgw', ['zgw', '2019-01-01']]]) } });
		expect(verdictOf([report(gaps)], noDiff, null).reasons).toEqual([{ kind: 'missing-combinations', file: 'a.csv', count: 1 }]);
		expect(verdictOf([report(gaps)], null, 'engine failed').reasons).toContainEqual({ kind: 'not-compared', message: 'engine failed' });
	});
});

describe('the report as CSV', () => {
	it('lists normalisations (with an example) and then every problem, with its effect, in the page language', () => {
		const a = validateFile('adoptie', 'levering.csv', 'Peildatum;gemeentecode;standaard_id;status;bron\n2024-07-01;1;ibd;klaar;x\n2024-07-01;1;ibd;gepland;x\n', refs);
		const rows = reportRows([{ ...a, published: false }], a.issues, { file: null, rule: null, severity: null }, 'nl');
		expect(rows.map((r) => [r[5], r[6], r[7]])).toEqual([
			['delimiter-semicolon', 'normalisatie', 'Automatisch rechtgezet'],
			['header-case', 'normalisatie', 'Automatisch rechtgezet'],
			['code-prefix-added', 'normalisatie', 'Automatisch rechtgezet'],
			['code-zero-padded', 'normalisatie', 'Automatisch rechtgezet'],
			['enum', 'fout', 'Fout: regel afgewezen']
		]);
		expect(rows[2].slice(0, 5)).toEqual(['levering.csv', 2, 'gemeentecode', null, '1 → GM0001']);
		// A filter on one rule leaves the normalisations out.
		expect(reportRows([{ ...a, published: false }], a.issues, { file: null, rule: 'enum', severity: null }, 'en').map((r) => r[7])).toEqual(['Error: row rejected']);
	});

	it('puts note lines above the table, where a spreadsheet user sees them, in both dialects', () => {
		const notes = ['Bron: GGU Adoptiemonitor; CBS / Kadaster, CC-BY 4.0', '=Synthetische voorbeelddata'];
		expect(toCsv(['a', 'b'], [[1, 'x']], 'standaard', notes)).toBe('"Bron: GGU Adoptiemonitor; CBS / Kadaster, CC-BY 4.0"\r\n\'=Synthetische voorbeelddata\r\n\r\na,b\r\n1,x\r\n');
		expect(toCsv(['a', 'b'], [[1.5, 'x']], 'excel-nl', notes)).toBe('\uFEFF"Bron: GGU Adoptiemonitor; CBS / Kadaster, CC-BY 4.0"\r\n\'=Synthetische voorbeelddata\r\n\r\na;b\r\n1,5;x\r\n');
		expect(toCsv(['a'], [['x']])).toBe('a\r\nx\r\n');
	});
});
