// Owns: the catalogue of validation rules and normalisations the loader can report, with their
// severity and a plain Dutch and English explanation (including the expected form).
// The loader (validate.ts) only emits rule ids and parameters; wording lives here.

import type { Lang } from '../i18n/lang';
import { formatDate } from '../i18n/format';
export type { Lang };

export type RuleId =
	| 'file-empty'
	| 'file-binary'
	| 'file-no-rows'
	| 'header-missing-column'
	| 'header-duplicate-column'
	| 'header-unknown-column'
	| 'row-field-count'
	| 'required'
	| 'type-integer'
	| 'type-number'
	| 'type-date'
	| 'pattern'
	| 'enum'
	| 'minimum'
	| 'maximum'
	| 'exclusive-minimum'
	| 'duplicate-identical'
	| 'duplicate-conflict'
	| 'foreign-key'
	| 'not-yet-available'
	| 'peildatum-not-halfyear'
	| 'formula-like'
	| 'missing-combinations'
	| 'parse-quotes'
	| 'code-not-yet-valid'
	| 'code-no-longer-valid'
	| 'herindeling-date'
	| 'herindeling-shares'
	| 'url-scheme'
	| 'encoding-invalid-byte'
	| 'max-length'
	| 'plain-text';

export type Severity = 'error' | 'warning';

/** Errors reject the row (or the file); warnings keep it and say what it means. */
export const RULE_SEVERITY: Record<RuleId, Severity> = {
	'file-empty': 'error',
	'file-binary': 'error',
	'file-no-rows': 'warning',
	'header-missing-column': 'error',
	'header-duplicate-column': 'error',
	'header-unknown-column': 'warning',
	'row-field-count': 'error',
	required: 'error',
	'type-integer': 'error',
	'type-number': 'error',
	'type-date': 'error',
	pattern: 'error',
	enum: 'error',
	minimum: 'error',
	maximum: 'error',
	'exclusive-minimum': 'error',
	'duplicate-identical': 'warning',
	'duplicate-conflict': 'error',
	'foreign-key': 'error',
	'not-yet-available': 'warning',
	'peildatum-not-halfyear': 'warning',
	'formula-like': 'warning',
	'missing-combinations': 'warning',
	'parse-quotes': 'error',
	'code-not-yet-valid': 'error',
	'code-no-longer-valid': 'error',
	'herindeling-date': 'error',
	'herindeling-shares': 'error',
	'url-scheme': 'error',
	'encoding-invalid-byte': 'error',
	'max-length': 'error',
	'plain-text': 'error'
};

/**
 * What an issue did to the data: a row rejected (or a whole file), a row loaded anyway, an identical
 * duplicate not loaded twice, an unknown column ignored, an error that keeps its rows but must be
 * fixed before publishing, or a note about the file as a whole. Labels and counts follow this.
 */
export type Effect = 'row-rejected' | 'file-rejected' | 'error-kept' | 'row-skipped' | 'row-loaded' | 'column-ignored' | 'note';

export const RULE_EFFECT: Record<RuleId, Effect> = {
	'file-empty': 'file-rejected',
	'file-binary': 'file-rejected',
	'file-no-rows': 'note',
	'header-missing-column': 'file-rejected',
	'header-duplicate-column': 'file-rejected',
	'header-unknown-column': 'column-ignored',
	'row-field-count': 'row-rejected',
	required: 'row-rejected',
	'type-integer': 'row-rejected',
	'type-number': 'row-rejected',
	'type-date': 'row-rejected',
	pattern: 'row-rejected',
	enum: 'row-rejected',
	minimum: 'row-rejected',
	maximum: 'row-rejected',
	'exclusive-minimum': 'row-rejected',
	'duplicate-identical': 'row-skipped',
	'duplicate-conflict': 'row-rejected',
	'foreign-key': 'row-rejected',
	'not-yet-available': 'row-loaded',
	'peildatum-not-halfyear': 'row-loaded',
	'formula-like': 'row-loaded',
	'missing-combinations': 'note',
	'parse-quotes': 'row-rejected',
	'code-not-yet-valid': 'row-rejected',
	'code-no-longer-valid': 'row-rejected',
	'herindeling-date': 'row-rejected',
	'herindeling-shares': 'error-kept',
	'url-scheme': 'row-rejected',
	'encoding-invalid-byte': 'row-rejected',
	'max-length': 'row-rejected',
	'plain-text': 'row-rejected'
};

export const EFFECT_LABEL: Record<Lang, Record<Effect, string>> = {
	nl: {
		'row-rejected': 'Fout: regel afgewezen',
		'file-rejected': 'Fout: bestand afgewezen',
		'error-kept': 'Fout: herstellen vóór publicatie',
		'row-skipped': 'Waarschuwing: dubbel exemplaar niet ingelezen',
		'row-loaded': 'Waarschuwing: regel ingelezen',
		'column-ignored': 'Waarschuwing: kolom genegeerd',
		note: 'Waarschuwing'
	},
	en: {
		'row-rejected': 'Error: row rejected',
		'file-rejected': 'Error: file rejected',
		'error-kept': 'Error: fix before publishing',
		'row-skipped': 'Warning: duplicate not loaded twice',
		'row-loaded': 'Warning: row loaded',
		'column-ignored': 'Warning: column ignored',
		note: 'Warning'
	}
};

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/** Separator of list items inside one parameter (a list of "GM0003 Appingedam"-style names). */
export const LIST_SEP = '\u001f';
function list(v: string | number | undefined, and: string): string {
	const items = String(v ?? '').split(LIST_SEP).filter(Boolean);
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
/** Separator of the parts of one list item (a column and its two values in a conflict). */
export const PART_SEP = '\u001e';
function conflicts(v: string | number | undefined, lang: Lang): string {
	const items = String(v ?? '')
		.split(LIST_SEP)
		.filter(Boolean)
		.map((x) => {
			const [col, here, there] = x.split(PART_SEP);
			return lang === 'en' ? `${col} ("${here}" here, "${there}" there)` : `${col} ("${here}" hier, "${there}" daar)`;
		});
	return list(items.join(LIST_SEP), lang === 'en' ? 'and' : 'en');
}
const BINARY_NL: Record<string, string> = {
	zip: 'Het is een zip-bestand, bijvoorbeeld een Excel-werkmap (.xlsx).',
	xls: 'Het is een oud Excel-bestand (.xls).',
	pdf: 'Het is een PDF.',
	other: 'Er staan binaire tekens in.'
};
const BINARY_EN: Record<string, string> = {
	zip: 'It is a zip file, for example an Excel workbook (.xlsx).',
	xls: 'It is an old Excel file (.xls).',
	pdf: 'It is a PDF.',
	other: 'It contains binary bytes.'
};
function longDate(iso: string | number | undefined, lang: Lang): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(String(iso)) ? formatDate(lang, String(iso)) : String(iso ?? '');
}

const NL: Record<RuleId, Template> = {
	'file-empty': () => 'Het bestand is leeg. Verwacht: een kopregel met kolomnamen en daaronder de gegevens.',
	'file-binary': (p) =>
		`Dit is geen tekstbestand en is niet gelezen. ${BINARY_NL[String(p.kind ?? 'other')] ?? BINARY_NL.other} Verwacht: een CSV-bestand (tekst, UTF-8); sla het in Excel op met "Opslaan als" en kies "CSV UTF-8 (door komma's gescheiden)".`,
	'file-no-rows': () => 'Het bestand heeft alleen een kopregel en geen gegevensregels.',
	'header-missing-column': (p) =>
		`Verplichte kolom "${p.column}" ontbreekt in de kopregel; daardoor zijn alle ${p.count} regels afgewezen. Verwachte kolommen: ${p.expected}.`,
	'header-duplicate-column': (p) => `Kolom "${p.column}" staat twee keer in de kopregel (kolom ${p.first} en ${p.second}), dus is niet vast te stellen welke geldt; alle ${p.count} regels zijn afgewezen. Verwacht: elke kolomnaam één keer.`,
	'header-unknown-column': (p) => `Kolom "${p.column}" is onbekend en wordt genegeerd. Bekende kolommen: ${p.expected}.`,
	'row-field-count': (p) => `Deze regel heeft ${p.got} velden, de kopregel ${p.expected}. Controleer scheidingstekens en aanhalingstekens.`,
	required: (p) => `Verplichte waarde ontbreekt in kolom "${p.column}".`,
	'type-integer': (p) => `"${p.value}" is geen geheel getal. Verwacht: een geheel getal zoals 12345 (ook 12.345 wordt begrepen).`,
	'type-number': (p) => `"${p.value}" is geen getal. Verwacht: een getal zoals 1,5 of 1.5.`,
	'type-date': (p) => `"${p.value}" is geen geldige datum. Verwacht: JJJJ-MM-DD (bijvoorbeeld 2024-07-01) of D-M-JJJJ (1-7-2024).`,
	pattern: (p) => `"${p.value}" heeft niet de juiste vorm. Verwacht: ${p.expected}.`,
	enum: (p) => `"${p.value}" is geen toegestane waarde. Verwacht een van: ${p.expected}.`,
	minimum: (p) => `${p.value} is kleiner dan het minimum ${p.limit}.`,
	maximum: (p) => `${p.value} is groter dan het maximum ${p.limit}.`,
	'exclusive-minimum': (p) => `${p.value} moet groter zijn dan ${p.limit}.`,
	'duplicate-identical': (p) => `Dubbele regel: identiek aan regel ${p.other}. Eén exemplaar is ingelezen, dit dubbele exemplaar niet.`,
	'duplicate-conflict': (p) =>
		`Tegenstrijdige regels voor ${p.key}: regel ${p.other} heeft dezelfde sleutel, maar verschilt in ${conflicts(p.differs, 'nl')}. Omdat niet vast te stellen is welke klopt, zijn beide afgewezen. Verwacht: één regel per sleutel.`,
	'foreign-key': (p) => `"${p.value}" komt niet voor in ${p.reference}. Verwacht: een bestaande ${p.column}.`,
	'not-yet-available': (p) =>
		`Standaard "${p.value}" is pas beschikbaar sinds ${p.since}, na deze peildatum. De regel is ingelezen maar telt niet mee in de score van ${p.peildatum}.`,
	'peildatum-not-halfyear': (p) =>
		`Peildatum ${p.value} valt niet op 1 januari of 1 juli. De regel is ingelezen; controleer of dit de bedoeling is (metingen zijn halfjaarlijks).`,
	'formula-like': (p) =>
		`De waarde begint met "${p.first}" en kan in Excel als formule worden uitgevoerd. Ze is als gewone tekst ingelezen; bij downloads wordt ze onschadelijk gemaakt.`,
	'missing-combinations': (p) =>
		`${p.count} combinaties van gemeente en standaard ontbreken (bijvoorbeeld ${p.example}). Ze tellen in de score mee als "niet_gestart".`,
	'parse-quotes': (p) => `Aanhalingstekens kloppen niet (${p.detail}). Verwacht: velden met een komma of regeleinde staan tussen dubbele aanhalingstekens.`,
	'code-not-yet-valid': (p) =>
		`${p.code} ${p.naam} bestond op ${p.peildatum} nog niet: ontstaan per ${longDate(p.datum, 'nl')}${p.voorgangers ? ` uit ${list(p.voorgangers, 'en')}` : ''}. Verwacht: voor deze peildatum de code(s) die toen golden.`,
	'code-no-longer-valid': (p) =>
		`${p.code} ${p.naam} bestond op ${p.peildatum} niet meer: per ${longDate(p.datum, 'nl')} ${p.soort === 'splitsing' ? 'opgeheven en verdeeld over' : 'opgegaan in'} ${list(p.opvolgers, 'en') || '(onbekend)'}. Verwacht: voor deze peildatum de code die toen gold.`,
	'herindeling-date': (p) => `${p.code} hoort volgens gemeenten.csv ${p.expected}, niet op ${p.datum}. Verwacht: dezelfde datum in gemeenten.csv (geldig_vanaf/geldig_tot) en herindelingen.csv.`,
	'herindeling-shares': (p) => `De delen van ${p.code} per ${p.datum} tellen op tot ${p.sum}, niet tot 1. Verwacht: aandelen die samen 1 zijn.`,
	'url-scheme': (p) =>
		`"${p.value}" is geen webadres${p.scheme ? ` (het begint met "${p.scheme}")` : ''}. Alleen adressen die met https:// of http:// beginnen worden geaccepteerd. Verwacht: een volledig webadres, bijvoorbeeld https://www.vngrealisatie.nl/, of een lege waarde.`,
	'encoding-invalid-byte': (p) =>
		`Ongeldige byte ${p.bytes || ''} voor UTF-8 in kolom "${p.column}": dat teken is gelezen als "\uFFFD" ("${p.value}"). De rest van het bestand is geldige UTF-8 en is zo gelezen. Verwacht: het hele bestand in UTF-8; herstel dit teken of sla het bestand opnieuw op als "CSV UTF-8".`,
	'max-length': (p) =>
		`De tekst in kolom "${p.column}" is ${p.length} tekens lang; het maximum is ${p.limit}. De hele regel is afgewezen, ook de status. Verwacht: een korte toelichting van ten hoogste ${p.limit} tekens.`,
	'plain-text': (p) =>
		p.what === 'markup'
			? `De tekst in kolom "${p.column}" bevat opmaak (zoals <b> of <a>). De site toont toelichtingen als gewone tekst, dus de regel is afgewezen. Verwacht: platte tekst zonder HTML.`
			: `De tekst in kolom "${p.column}" bevat een regeleinde of tab. De site toont toelichtingen op één regel, dus de regel is afgewezen. Verwacht: platte tekst op één regel.`
};

const EN: Record<RuleId, Template> = {
	'file-empty': () => 'The file is empty. Expected: a header row with column names followed by the data.',
	'file-binary': (p) =>
		`This is not a text file and was not read. ${BINARY_EN[String(p.kind ?? 'other')] ?? BINARY_EN.other} Expected: a CSV file (text, UTF-8); in Excel use "Save as" and choose "CSV UTF-8 (comma delimited)".`,
	'file-no-rows': () => 'The file has a header row but no data rows.',
	'header-missing-column': (p) =>
		`Required column "${p.column}" is missing from the header, so all ${p.count} rows were rejected. Expected columns: ${p.expected}.`,
	'header-duplicate-column': (p) => `Column "${p.column}" appears twice in the header (columns ${p.first} and ${p.second}), so it cannot be decided which one holds; all ${p.count} rows were rejected. Expected: each column name once.`,
	'header-unknown-column': (p) => `Column "${p.column}" is unknown and ignored. Known columns: ${p.expected}.`,
	'row-field-count': (p) => `This row has ${p.got} fields, the header has ${p.expected}. Check separators and quotes.`,
	required: (p) => `Required value missing in column "${p.column}".`,
	'type-integer': (p) => `"${p.value}" is not a whole number. Expected: a whole number such as 12345 (12.345 is understood too).`,
	'type-number': (p) => `"${p.value}" is not a number. Expected: a number such as 1,5 or 1.5.`,
	'type-date': (p) => `"${p.value}" is not a valid date. Expected: YYYY-MM-DD (e.g. 2024-07-01) or D-M-YYYY (1-7-2024).`,
	pattern: (p) => `"${p.value}" does not have the right form. Expected: ${p.expected}.`,
	enum: (p) => `"${p.value}" is not an allowed value. Expected one of: ${p.expected}.`,
	minimum: (p) => `${p.value} is below the minimum ${p.limit}.`,
	maximum: (p) => `${p.value} is above the maximum ${p.limit}.`,
	'exclusive-minimum': (p) => `${p.value} must be greater than ${p.limit}.`,
	'duplicate-identical': (p) => `Duplicate row: identical to line ${p.other}. One copy was loaded, this duplicate was not.`,
	'duplicate-conflict': (p) =>
		`Conflicting rows for ${p.key}: line ${p.other} has the same key but differs in ${conflicts(p.differs, 'en')}. As it cannot be decided which is right, both were rejected. Expected: one row per key.`,
	'foreign-key': (p) => `"${p.value}" does not appear in ${p.reference}. Expected: an existing ${p.column}.`,
	'not-yet-available': (p) =>
		`Standard "${p.value}" is only available since ${p.since}, after this peildatum. The row was loaded but does not count in the score for ${p.peildatum}.`,
	'peildatum-not-halfyear': (p) =>
		`Peildatum ${p.value} is not 1 January or 1 July. The row was loaded; check that this is intended (measurements are half-yearly).`,
	'formula-like': (p) =>
		`The value starts with "${p.first}" and may run as a formula in Excel. It was loaded as plain text; downloads neutralise it.`,
	'missing-combinations': (p) =>
		`${p.count} combinations of municipality and standard are missing (e.g. ${p.example}). They count as "niet_gestart" in the score.`,
	'parse-quotes': (p) => `Quotes do not match (${p.detail}). Expected: fields containing a comma or line break are enclosed in double quotes.`,
	'code-not-yet-valid': (p) =>
		`${p.code} ${p.naam} did not exist yet on ${p.peildatum}: created on ${longDate(p.datum, 'en')}${p.voorgangers ? ` from ${list(p.voorgangers, 'and')}` : ''}. Expected: for this peildatum the code(s) in force then.`,
	'code-no-longer-valid': (p) =>
		`${p.code} ${p.naam} no longer existed on ${p.peildatum}: on ${longDate(p.datum, 'en')} it ${p.soort === 'splitsing' ? 'was dissolved and divided over' : 'merged into'} ${list(p.opvolgers, 'and') || '(unknown)'}. Expected: for this peildatum the code in force then.`,
	'herindeling-date': (p) => `According to gemeenten.csv, ${p.code} ${p.expected}, not on ${p.datum}. Expected: the same date in gemeenten.csv (geldig_vanaf/geldig_tot) and herindelingen.csv.`,
	'herindeling-shares': (p) => `The parts of ${p.code} on ${p.datum} add up to ${p.sum}, not to 1. Expected: shares that add up to 1.`,
	'url-scheme': (p) =>
		`"${p.value}" is not a web address${p.scheme ? ` (it starts with "${p.scheme}")` : ''}. Only addresses starting with https:// or http:// are accepted. Expected: a full web address such as https://www.vngrealisatie.nl/, or an empty value.`,
	'encoding-invalid-byte': (p) =>
		`Invalid UTF-8 byte ${p.bytes || ''} in column "${p.column}": that character was read as "\uFFFD" ("${p.value}"). The rest of the file is valid UTF-8 and was read as such. Expected: the whole file in UTF-8; fix this character or save the file again as "CSV UTF-8".`,
	'max-length': (p) =>
		`The text in column "${p.column}" is ${p.length} characters long; the maximum is ${p.limit}. The whole row was rejected, its status too. Expected: a short explanation of at most ${p.limit} characters.`,
	'plain-text': (p) =>
		p.what === 'markup'
			? `The text in column "${p.column}" contains markup (such as <b> or <a>). The site shows explanations as plain text, so the row was rejected. Expected: plain text without HTML.`
			: `The text in column "${p.column}" contains a line break or tab. The site shows explanations on one line, so the row was rejected. Expected: plain text on one line.`
};

export function ruleMessage(rule: RuleId, params: Params, lang: Lang): string {
	return (lang === 'en' ? EN : NL)[rule](params);
}

export * from './rule-titles';
export * from './norm-messages';
