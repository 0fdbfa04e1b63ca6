// Loader tests on messy, real-world-style files: every normalisation and every rule.
import { describe, expect, it } from 'vitest';
import { validateOrThrow } from '../../src/lib/data/published.server';
import { RULE_EFFECT, RULE_SEVERITY, RULE_TITLES, normMessage, ruleMessage, type NormId, type RuleId } from '../../src/lib/data/rules';
import { columnLetter, decodeBytes, detectDelimiter, isWebAddress, referencesFrom, validateFile, validatePackage, type References, type TableResult } from '../../src/lib/data/validate';

// Only the key columns (and beschikbaar_sinds) matter to the reference checks.
const refs: References = referencesFrom({
	gemeenten: { resource: 'gemeenten', columns: ['gemeentecode'], rows: [['GM0363'], ['GM0014'], ['GM0518']] },
	standaarden: {
		resource: 'standaarden',
		columns: ['standaard_id', 'beschikbaar_sinds'],
		rows: [
			['zgw-apis', '2019-11-01'],
			['ibd', '2013-01-01'],
			['dso-aansluiting', '2021-01-01']
		]
	}
});

function adoptie(text: string | Uint8Array, r: References = refs): TableResult {
	return validateFile('adoptie', 'adoptie.csv', text, r);
}
function rules(t: TableResult): RuleId[] {
	return t.issues.map((i) => i.rule);
}
/** Issues other than the completeness summary (which these small files trigger on purpose). */
function rowIssues(t: TableResult) {
	return t.issues.filter((i) => i.rule !== 'missing-combinations');
}
function balanced(t: TableResult): void {
	expect(t.read, 'rows read = accepted + rejected').toBe(t.accepted + t.rejected);
}

describe('normalisations', () => {
	it('reads a BOM, semicolons, sloppy codes, Dutch dates, spaces and status spellings', () => {
		const text =
			'\uFEFFPeildatum;Gemeentecode;Standaard_ID;Status;Bron\r\n' +
			'1-7-2024;363;ZGW-APIs ;In gebruik;enquête\r\n' +
			'2024-07-01 00:00:00;gm0014;ibd;IN_IMPLEMENTATIE;enquête\r\n' +
			' 2024-07-01;GM518;ibd;niet-gestart;\r\n';
		const t = adoptie(text);
		expect(rowIssues(t)).toEqual([]);
		expect(t.accepted).toBe(3);
		expect(t.rows).toEqual([
			['2024-07-01', 'GM0363', 'zgw-apis', 'in_gebruik', 'enquête', null],
			['2024-07-01', 'GM0014', 'ibd', 'in_implementatie', 'enquête', null],
			['2024-07-01', 'GM0518', 'ibd', 'niet_gestart', null, null]
		]);
		expect(t.norms).toMatchObject({
			'bom-removed': 1,
			'delimiter-semicolon': 1,
			'header-case': 5,
			'date-dutch': 1,
			'date-time-dropped': 1,
			'code-prefix-added': 1,
			'code-uppercased': 1,
			'code-zero-padded': 2,
			'slug-lowercased': 1,
			'enum-normalised': 3,
			'whitespace-trimmed': 2
		});
		balanced(t);
	});

	it('falls back to Windows-1252 for Excel files that are not UTF-8, and says so', () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners\nGM0001,Z'), 0xe9, ...new TextEncoder().encode('land,PV20,Groningen,100\n')]);
		const t = validateFile('gemeenten', 'gemeenten.csv', bytes);
		expect(t.rows[0][1]).toBe('Zéland');
		expect(t.norms['encoding-windows-1252']).toBe(1);
	});

	it('reads Dutch numbers, fills the default weight and derives the size class', () => {
		const s = validateFile(
			'standaarden',
			's.csv',
			'standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds,omschrijving,url\na,A,1,project,"1,5",2020-01-01,,\nb,B,2,Project,,2020-01-01,,\n'
		);
		expect(s.issues).toEqual([]);
		expect(s.rows.map((r) => r[4])).toEqual([1.5, 1]);
		expect(s.norms).toMatchObject({ 'decimal-comma': 1, 'default-applied': 1, 'enum-normalised': 1 });
		const g = validateFile('gemeenten', 'g.csv', 'gemeentecode;gemeentenaam;provinciecode;provincienaam;inwoners\n363;Amsterdam;27;Noord-Holland;872.680\n');
		expect(g.rows[0]).toEqual(['GM0363', 'Amsterdam', 'PV27', 'Noord-Holland', 872680, '>=250k', null, null, null]);
		expect(g.norms).toMatchObject({ 'thousands-separator': 1, 'derived-sizeclass': 1 });
	});

	it('skips blank lines and empty trailing fields (as Excel writes them) and counts them', () => {
		const t = adoptie('peildatum,gemeentecode,standaard_id,status,bron,,\n\n2024-07-01,GM0363,ibd,gepland,x,,\n\n');
		expect(rowIssues(t)).toEqual([]);
		expect(t.accepted).toBe(1);
		expect(t.norms).toMatchObject({ 'blank-lines-skipped': 1, 'trailing-empty-fields': 1 });
	});
});

describe('rules', () => {
	it('refuses empty and binary files without crashing', () => {
		expect(rules(adoptie(''))).toEqual(['file-empty']);
		const zip = adoptie(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
		expect(rules(zip)).toEqual(['file-binary']);
		expect(zip.issues[0].params.kind).toBe('zip');
		expect(ruleMessage('file-binary', zip.issues[0].params, 'nl')).toContain('Excel-werkmap');
		expect(zip).toMatchObject({ readable: false, encoding: null, read: 0 });
		expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).binary).toBe('other');
		expect(decodeBytes(new TextEncoder().encode('%PDF-1.7\n')).binary).toBe('pdf');
	});

	it('warns about a file with only a header', () => {
		const t = adoptie('peildatum,gemeentecode,standaard_id,status,bron\n');
		expect(rules(t)).toEqual(['file-no-rows']);
		expect(t.issues[0].severity).toBe('warning');
	});

	it('rejects every row when a required column is missing, and says how many', () => {
		const t = adoptie('peildatum,gemeentecode,status\n2024-07-01,GM0363,gepland\n2024-07-01,GM0014,gepland\n');
		expect(t.issues.map((i) => [i.rule, i.column])).toEqual([['header-missing-column', 'standaard_id']]);
		expect(t.issues[0].params.count).toBe(2);
		expect(t.rejected).toBe(2);
		balanced(t);
	});

	it('rejects a file with a duplicate column and warns about unknown ones', () => {
		const d = adoptie('peildatum,gemeentecode,standaard_id,status,status,bron\n2024-07-01,GM0363,ibd,gepland,in_gebruik,x\n');
		expect(rules(d)).toEqual(['header-duplicate-column']);
		expect(d.issues[0].columnLetter).toBe('E');
		expect(d.rejected).toBe(1);
		const u = adoptie('peildatum,gemeentecode,standaard_id,status,bron,opmerking\n2024-07-01,GM0363,ibd,gepland,x,hoi\n');
		expect(rowIssues(u).map((i) => i.rule)).toEqual(['header-unknown-column']);
		expect(rowIssues(u)[0]).toMatchObject({ severity: 'warning', column: 'opmerking', columnLetter: 'F' });
		expect(u.accepted).toBe(1);
	});

	it('reports each bad cell with line, column, letter and value', () => {
		const text = [
			'peildatum,gemeentecode,standaard_id,status,bron',
			'2024-07-01,GM0363,ibd,gepland', // 2: too few fields
			'2024-02-30,GM0363,ibd,gepland,x', // 3: no such date
			'juli 2024,GM0363,ibd,gepland,x', // 4: not a date
			'2024-07-01,GM03633,ibd,gepland,x', // 5: bad code
			'2024-07-01,GM0363,ibd,klaar,x', // 6: bad status
			'2024-07-01,,ibd,gepland,x', // 7: required
			'2024-07-01,GM9999,ibd,gepland,x', // 8: unknown municipality
			'2024-07-01,GM0363,bestaat-niet,gepland,x' // 9: unknown standard
		].join('\n');
		const t = adoptie(text);
		expect(t.issues.map((i) => [i.line, i.rule, i.column, i.columnLetter, i.value])).toEqual([
			[2, 'row-field-count', null, null, '2024-07-01,GM0363,ibd,gepland'],
			[3, 'type-date', 'peildatum', 'A', '2024-02-30'],
			[4, 'type-date', 'peildatum', 'A', 'juli 2024'],
			[5, 'pattern', 'gemeentecode', 'B', 'GM03633'],
			[6, 'enum', 'status', 'D', 'klaar'],
			[7, 'required', 'gemeentecode', 'B', ''],
			[8, 'foreign-key', 'gemeentecode', 'B', 'GM9999'],
			[9, 'foreign-key', 'standaard_id', 'C', 'bestaat-niet']
		]);
		expect(t.accepted).toBe(0);
		expect(t.rejected).toBe(8);
		balanced(t);
	});

	it('checks number types and limits', () => {
		const s = validateFile(
			'standaarden',
			's.csv',
			[
				'standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds,omschrijving,url',
				'a,A,10,project,1,2020-01-01,,',
				'b,B,1.5,project,1,2020-01-01,,',
				'c,C,1,project,0,2020-01-01,,',
				'd,D,1,project,veel,2020-01-01,,',
				'e,E,0,project,1,2020-01-01,,'
			].join('\n')
		);
		expect(s.issues.map((i) => [i.line, i.rule])).toEqual([
			[2, 'maximum'],
			[3, 'type-integer'],
			[4, 'exclusive-minimum'],
			[5, 'type-number'],
			[6, 'minimum']
		]);
		const g = validateFile('gemeenten', 'g.csv', 'gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners\nGM0001,A,PV20,G,-5\nGM0002,B,PV40,G,5\n');
		expect(g.issues.map((i) => [i.line, i.rule])).toEqual([
			[2, 'minimum'],
			[3, 'pattern']
		]);
	});

	it('drops exact duplicates with a warning and rejects all conflicting rows', () => {
		const t = adoptie(
			[
				'peildatum,gemeentecode,standaard_id,status,bron',
				'2024-07-01,GM0363,ibd,gepland,x', // 2
				'2024-07-01,363,ibd,gepland,x', // 3: identical after normalisation
				'2024-07-01,GM0014,ibd,gepland,x', // 4
				'2024-07-01,GM0014,ibd,in_gebruik,x' // 5: conflicts with 4
			].join('\n')
		);
		expect(rowIssues(t).map((i) => [i.line, i.rule, i.params.other])).toEqual([
			[3, 'duplicate-identical', 2],
			[4, 'duplicate-conflict', 5],
			[5, 'duplicate-conflict', 4]
		]);
		expect(t.rows).toEqual([['2024-07-01', 'GM0363', 'ibd', 'gepland', 'x', null]]);
		expect(t.rejected).toBe(3);
		// The identical copy is not loaded twice: its effect says so (and it counts as rejected).
		expect(RULE_EFFECT['duplicate-identical']).toBe('row-skipped');
		expect(ruleMessage('duplicate-conflict', rowIssues(t)[1].params, 'nl')).toContain('status ("gepland" hier, "in_gebruik" daar)');
		balanced(t);
	});

	it('says which columns differ when two rows share a key (also when only bron differs)', () => {
		const t = adoptie('peildatum,gemeentecode,standaard_id,status,bron\n2024-07-01,GM0014,ibd,gepland,enquête\n2024-07-01,GM0014,ibd,gepland,synthetisch\n');
		const [a, b] = rowIssues(t);
		expect([a.line, b.line]).toEqual([2, 3]);
		expect(ruleMessage('duplicate-conflict', a.params, 'nl')).toContain('verschilt in bron ("enquête" hier, "synthetisch" daar)');
		expect(ruleMessage('duplicate-conflict', b.params, 'en')).toContain('differs in bron ("synthetisch" here, "enquête" there)');
		expect(t.accepted).toBe(0);
	});

	it('reports ignored unknown columns as such, not as recognised spellings', () => {
		const t = adoptie('Peildatum,gemeentecode,standaard_id,status,bron,Opmerking\n2024-07-01,GM0363,ibd,gepland,x,hoi\n');
		expect(t.norms['header-case']).toBe(1);
		expect(t.normExamples['header-case']).toMatchObject({ line: 1, from: 'Peildatum', to: 'peildatum' });
		expect(t.ignoredColumns).toEqual(['Opmerking']);
		expect(rowIssues(t).map((i) => [i.rule, i.column])).toEqual([['header-unknown-column', 'Opmerking']]);
		expect(t.accepted).toBe(1);
	});

	it('accepts only http(s) addresses in url, in the browser check and the build alike', () => {
		const head = 'standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds,omschrijving,url\n';
		const urls = ['https://www.vngrealisatie.nl/x?y=1', ' http://example.nl ', '', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'www.vng.nl', 'ftp://vng.nl/x', 'https:// vng.nl', 'https://'];
		const s = validateFile('standaarden', 's.csv', head + urls.map((u, i) => `s${i},S,1,project,1,2020-01-01,,"${u}"`).join('\n'));
		expect(s.accepted).toBe(3);
		expect(s.issues.map((i) => [i.line, i.rule, i.column, i.params.scheme])).toEqual([
			[5, 'url-scheme', 'url', 'javascript:'],
			[6, 'url-scheme', 'url', 'JavaScript:'],
			[7, 'url-scheme', 'url', 'data:'],
			[8, 'url-scheme', 'url', ''],
			[9, 'url-scheme', 'url', 'ftp:'],
			[10, 'url-scheme', 'url', 'https:'],
			[11, 'url-scheme', 'url', 'https:']
		]);
		expect(RULE_SEVERITY['url-scheme']).toBe('error');
		expect(ruleMessage('url-scheme', s.issues[0].params, 'nl')).toContain('begint met "javascript:"');
		expect(ruleMessage('url-scheme', s.issues[0].params, 'nl')).toContain('https://');
		expect(ruleMessage('url-scheme', s.issues[0].params, 'en')).toContain('Only addresses starting with https:// or http://');
		expect(isWebAddress('https://nldesignsystem.nl')).toBe(true);
		// The build reads the published files through the same validator and stops on this error.
		expect(() => validateOrThrow([{ name: 'standaarden', file: 'standaarden.csv', data: head + 'a,A,1,project,1,2020-01-01,,javascript:alert(1)\n' }])).toThrow(/url-scheme/);
	});

	it('keeps file-level problems and counts every problem when the detail list is capped', () => {
		const body = Array.from({ length: 10 }, (_, i) => `2024-07-01,GM0363,s${i},klaar,x`).join('\n');
		const t = validateFile('adoptie', 'a.csv', 'peildatum,gemeentecode,standaard_id,status,bron\n' + body, refs, undefined, { maxIssues: 3 });
		expect(t.issueCounts.enum).toBe(10);
		expect(t.storedCounts.enum).toBe(3);
		expect(t.capped).toBe(3);
		expect(t.rejected).toBe(10);
		const u = validateFile('adoptie', 'a.csv', 'peildatum,gemeentecode,standaard_id,status,bron\n2024-07-01,GM0363,ibd,klaar,x\n2024-07-01,GM0363,ibd,klaar,x\n2024-07-01,GM0014,ibd,gepland,x\n', refs, undefined, { maxIssues: 1 });
		// The completeness summary comes at the end and is kept whatever the cap.
		expect(u.issues.map((i) => i.rule)).toEqual(['missing-combinations', 'enum']);
		expect(u.storedCounts).toEqual({ enum: 1, 'missing-combinations': 1 });
		expect(u.issueCounts).toEqual({ enum: 2, 'missing-combinations': 1 });
	});

	it('warns (and keeps the row) for standards not yet available, odd peildata, formula-like text, missing combinations', () => {
		const t = adoptie(
			[
				'peildatum,gemeentecode,standaard_id,status,bron',
				'2020-07-01,GM0363,dso-aansluiting,gepland,x', // dso only from 2021
				'2024-06-30,GM0363,ibd,gepland,x',
				'2024-06-30,GM0014,ibd,gepland,x',
				'2024-07-01,GM0363,ibd,gepland,=HYPERLINK("http://x";"klik")'
			].join('\n')
		);
		expect(t.accepted).toBe(4);
		expect(t.issues.map((i) => [i.line, i.rule, i.severity])).toEqual([
			[null, 'missing-combinations', 'warning'],
			[2, 'not-yet-available', 'warning'],
			[3, 'peildatum-not-halfyear', 'warning'],
			[5, 'formula-like', 'warning']
		]);
		// Reported once per odd date, with the first line.
		expect(t.issueCounts['peildatum-not-halfyear']).toBe(1);
		// 2020-07-01 GM0363 lacks zgw-apis and ibd; 2024-06-30 × 2 lack zgw + dso; 2024-07-01 GM0363 lacks zgw + dso.
		expect(t.issues[0].params.count).toBe(2 + 4 + 2);
	});

	it('keeps HTML and script in names as plain text', () => {
		const g = validateFile('gemeenten', 'g.csv', 'gemeentecode,gemeentenaam,provinciecode,provincienaam\nGM0001,"<img src=x onerror=alert(1)>",PV20,"<script>x</script>"\n');
		expect(g.rows[0][1]).toBe('<img src=x onerror=alert(1)>');
		expect(g.rows[0][3]).toBe('<script>x</script>');
	});

	it('tracks lines through quoted fields with line breaks, and reports broken quotes', () => {
		const g = validateFile('gemeenten', 'g.csv', 'gemeentecode,gemeentenaam,provinciecode,provincienaam\nGM0001,"Twee\nregels",PV20,G\nGM0002,B,PV99,G\n');
		expect(g.rows[0][1]).toBe('Twee\nregels');
		expect(g.issues.map((i) => [i.line, i.rule])).toEqual([[4, 'pattern']]);
		const q = validateFile('gemeenten', 'q.csv', 'gemeentecode,gemeentenaam,provinciecode,provincienaam\nGM0001,A,PV20,G\nGM0002,"B,PV20,G\n');
		expect(q.issues.map((i) => [i.line, i.rule])).toEqual([[3, 'parse-quotes']]);
		expect(q.accepted).toBe(1);
		balanced(q);
	});

	it('validates a package in dependency order, taking missing files from a fallback', () => {
		const gem = validateFile('gemeenten', 'g.csv', 'gemeentecode,gemeentenaam,provinciecode,provincienaam\nGM0001,A,PV20,G\n');
		const std = validateFile('standaarden', 's.csv', 'standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds\nibd,IBD,5,structureel,1,2013-01-01\n');
		const { tables } = validatePackage([{ name: 'adoptie', file: 'upload.csv', data: 'peildatum,gemeentecode,standaard_id,status\n2024-07-01,1,ibd,gepland\n2024-07-01,2,ibd,gepland\n' }], {
			gemeenten: gem,
			standaarden: std
		});
		expect(tables.adoptie!.accepted).toBe(1);
		expect(tables.adoptie!.issues.map((i) => [i.file, i.line, i.rule, i.value])).toEqual([['upload.csv', 3, 'foreign-key', 'GM0002']]);
	});
});

describe('helpers and messages', () => {
	it('detects the delimiter from the header line', () => {
		expect(detectDelimiter('a;b;c')).toBe(';');
		expect(detectDelimiter('a,b,c')).toBe(',');
		expect(detectDelimiter('a\tb\tc')).toBe('\t');
		expect(detectDelimiter('"a;b",c,d')).toBe(',');
	});

	it('names columns like a spreadsheet', () => {
		expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
	});

	it('explains every rule and normalisation in Dutch and English', () => {
		const params = { column: 'x', value: 'v', expected: 'e', count: 3, got: 2, limit: 1, other: 4, key: 'k', reference: 'r', since: 's', peildatum: 'p', first: '=', example: 'ex', detail: 'd', second: 'B' };
		for (const rule of Object.keys(RULE_SEVERITY) as RuleId[]) {
			for (const lang of ['nl', 'en'] as const) {
				expect(ruleMessage(rule, params, lang).length).toBeGreaterThan(10);
				expect(RULE_TITLES[lang][rule]).toBeTruthy();
			}
			expect(ruleMessage(rule, params, 'nl')).not.toBe(ruleMessage(rule, params, 'en'));
		}
		const norms: NormId[] = ['bom-removed', 'code-prefix-added', 'date-dutch'];
		for (const n of norms) expect(normMessage(n, 312, 'nl')).not.toBe(normMessage(n, 312, 'en'));
		expect(normMessage('code-prefix-added', 312, 'nl')).toBe('312 codes zonder GM/PV-voorvoegsel aangevuld');
	});
});
