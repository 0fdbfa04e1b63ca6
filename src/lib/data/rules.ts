// Owns: the catalogue of validation rules and normalisations the loader can report, with their
// severity and a plain Dutch and English explanation (including the expected form).
// The loader (validate.ts) only emits rule ids and parameters; wording lives here.

import type { Lang } from '../i18n/lang';
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
	'max-length': 'error',
	'plain-text': 'error'
};

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/** Separator of list items inside one parameter (a list of "GM0003 Appingedam"-style names). */
export const LIST_SEP = '\u001f';
function list(v: string | number | undefined, and: string): string {
	const items = String(v ?? '').split(LIST_SEP).filter(Boolean);
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
const DATE_FMT = { nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }) };
function longDate(iso: string | number | undefined, lang: Lang): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(String(iso)) ? DATE_FMT[lang].format(new Date(`${iso}T00:00:00Z`)) : String(iso ?? '');
}

const NL: Record<RuleId, Template> = {
	'file-empty': () => 'Het bestand is leeg. Verwacht: een kopregel met kolomnamen en daaronder de gegevens.',
	'file-binary': () =>
		'Dit lijkt geen tekstbestand (er staan binaire tekens in). Verwacht: een CSV-bestand (tekst, UTF-8), bijvoorbeeld opgeslagen vanuit Excel als "CSV UTF-8".',
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
		`Tegenstrijdige regels voor ${p.key}: ook regel ${p.other} geeft een andere waarde. Omdat niet vast te stellen is welke klopt, zijn beide afgewezen.`,
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
	'max-length': (p) =>
		`De tekst in kolom "${p.column}" is ${p.length} tekens lang; het maximum is ${p.limit}. De hele regel is afgewezen, ook de status. Verwacht: een korte toelichting van ten hoogste ${p.limit} tekens.`,
	'plain-text': (p) =>
		p.what === 'markup'
			? `De tekst in kolom "${p.column}" bevat opmaak (zoals <b> of <a>). De site toont toelichtingen als gewone tekst, dus de regel is afgewezen. Verwacht: platte tekst zonder HTML.`
			: `De tekst in kolom "${p.column}" bevat een regeleinde of tab. De site toont toelichtingen op één regel, dus de regel is afgewezen. Verwacht: platte tekst op één regel.`
};

const EN: Record<RuleId, Template> = {
	'file-empty': () => 'The file is empty. Expected: a header row with column names followed by the data.',
	'file-binary': () => 'This does not look like a text file (it contains binary bytes). Expected: a CSV file (text, UTF-8).',
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
		`Conflicting rows for ${p.key}: line ${p.other} gives a different value. As it cannot be decided which is right, both were rejected.`,
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

export const RULE_TITLES: Record<Lang, Record<RuleId, string>> = {
	nl: {
		'file-empty': 'Leeg bestand',
		'file-binary': 'Geen tekstbestand',
		'file-no-rows': 'Geen gegevensregels',
		'header-missing-column': 'Verplichte kolom ontbreekt',
		'header-duplicate-column': 'Dubbele kolomnaam',
		'header-unknown-column': 'Onbekende kolom',
		'row-field-count': 'Verkeerd aantal velden',
		required: 'Verplichte waarde ontbreekt',
		'type-integer': 'Geen geheel getal',
		'type-number': 'Geen getal',
		'type-date': 'Ongeldige datum',
		pattern: 'Verkeerde vorm',
		enum: 'Niet-toegestane waarde',
		minimum: 'Onder het minimum',
		maximum: 'Boven het maximum',
		'exclusive-minimum': 'Niet groter dan de ondergrens',
		'duplicate-identical': 'Dubbele regel',
		'duplicate-conflict': 'Tegenstrijdige regels',
		'foreign-key': 'Onbekende verwijzing',
		'not-yet-available': 'Standaard nog niet beschikbaar',
		'peildatum-not-halfyear': 'Afwijkende peildatum',
		'formula-like': 'Lijkt op een formule',
		'missing-combinations': 'Ontbrekende combinaties',
		'parse-quotes': 'Aanhalingstekens',
		'code-not-yet-valid': 'Gemeente bestond nog niet',
		'code-no-longer-valid': 'Gemeente bestond niet meer',
		'herindeling-date': 'Datum herindeling klopt niet',
		'herindeling-shares': 'Delen tellen niet op tot 1',
		'max-length': 'Tekst te lang',
		'plain-text': 'Geen platte tekst'
	},
	en: {
		'file-empty': 'Empty file',
		'file-binary': 'Not a text file',
		'file-no-rows': 'No data rows',
		'header-missing-column': 'Required column missing',
		'header-duplicate-column': 'Duplicate column name',
		'header-unknown-column': 'Unknown column',
		'row-field-count': 'Wrong number of fields',
		required: 'Required value missing',
		'type-integer': 'Not a whole number',
		'type-number': 'Not a number',
		'type-date': 'Invalid date',
		pattern: 'Wrong form',
		enum: 'Value not allowed',
		minimum: 'Below minimum',
		maximum: 'Above maximum',
		'exclusive-minimum': 'Not above lower limit',
		'duplicate-identical': 'Duplicate row',
		'duplicate-conflict': 'Conflicting rows',
		'foreign-key': 'Unknown reference',
		'not-yet-available': 'Standard not yet available',
		'peildatum-not-halfyear': 'Unusual peildatum',
		'formula-like': 'Looks like a formula',
		'missing-combinations': 'Missing combinations',
		'parse-quotes': 'Quotes',
		'code-not-yet-valid': 'Municipality did not exist yet',
		'code-no-longer-valid': 'Municipality no longer existed',
		'herindeling-date': 'Merger date does not match',
		'herindeling-shares': 'Shares do not add up to 1',
		'max-length': 'Text too long',
		'plain-text': 'Not plain text'
	}
};

/** Normalisations the loader applies to unambiguous variants; each is counted and listed. */
export type NormId =
	| 'bom-removed'
	| 'encoding-windows-1252'
	| 'delimiter-semicolon'
	| 'delimiter-tab'
	| 'whitespace-trimmed'
	| 'code-prefix-added'
	| 'code-uppercased'
	| 'code-zero-padded'
	| 'slug-lowercased'
	| 'enum-normalised'
	| 'date-dutch'
	| 'date-time-dropped'
	| 'decimal-comma'
	| 'thousands-separator'
	| 'default-applied'
	| 'derived-sizeclass'
	| 'header-case'
	| 'blank-lines-skipped'
	| 'trailing-empty-fields';

const NORM_NL: Record<NormId, (n: number) => string> = {
	'bom-removed': () => 'byte-order-mark (BOM) aan het begin verwijderd',
	'encoding-windows-1252': () =>
		'bestand was geen geldige UTF-8 en is gelezen als Windows-1252 (Excel); controleer tekens als é, ë en â',
	'delimiter-semicolon': () => 'puntkomma herkend als scheidingsteken',
	'delimiter-tab': () => 'tab herkend als scheidingsteken',
	'whitespace-trimmed': (n) => `${n} waarden met spaties aan begin of eind ingekort`,
	'code-prefix-added': (n) => `${n} codes zonder GM/PV-voorvoegsel aangevuld`,
	'code-uppercased': (n) => `${n} codes in kleine letters omgezet naar hoofdletters`,
	'code-zero-padded': (n) => `${n} codes met voorloopnullen aangevuld tot vier cijfers`,
	'slug-lowercased': (n) => `${n} standaard-id's omgezet naar kleine letters`,
	'enum-normalised': (n) => `${n} waarden met hoofdletters of spaties omgezet naar de vaste schrijfwijze (bijv. "In gebruik" → in_gebruik)`,
	'date-dutch': (n) => `${n} datums in Nederlandse notatie (D-M-JJJJ) omgezet naar JJJJ-MM-DD`,
	'date-time-dropped': (n) => `${n} datums met tijd 00:00:00 teruggebracht tot de datum`,
	'decimal-comma': (n) => `${n} getallen met decimale komma gelezen`,
	'thousands-separator': (n) => `${n} getallen met punt als duizendtalscheiding gelezen`,
	'default-applied': (n) => `${n} lege waarden aangevuld met de standaardwaarde (gewicht 1)`,
	'derived-sizeclass': (n) => `${n} grootteklassen afgeleid uit het aantal inwoners`,
	'header-case': (n) => `${n} kolomnamen met hoofdletters of spaties herkend`,
	'blank-lines-skipped': (n) => `${n} lege regels overgeslagen (zonder gegevens)`,
	'trailing-empty-fields': (n) => `${n} regels met lege velden achter de laatste kolom (zoals Excel die maakt) gelezen zonder die velden`
};
const NORM_EN: Record<NormId, (n: number) => string> = {
	'bom-removed': () => 'byte-order mark (BOM) at the start removed',
	'encoding-windows-1252': () => 'file was not valid UTF-8 and was read as Windows-1252 (Excel); check characters such as é, ë and â',
	'delimiter-semicolon': () => 'semicolon recognised as separator',
	'delimiter-tab': () => 'tab recognised as separator',
	'whitespace-trimmed': (n) => `${n} values with leading or trailing spaces trimmed`,
	'code-prefix-added': (n) => `${n} codes without GM/PV prefix completed`,
	'code-uppercased': (n) => `${n} lower-case codes upper-cased`,
	'code-zero-padded': (n) => `${n} codes zero-padded to four digits`,
	'slug-lowercased': (n) => `${n} standard ids lower-cased`,
	'enum-normalised': (n) => `${n} values with capitals or spaces mapped to the fixed spelling (e.g. "In gebruik" → in_gebruik)`,
	'date-dutch': (n) => `${n} dates in Dutch notation (D-M-YYYY) converted to YYYY-MM-DD`,
	'date-time-dropped': (n) => `${n} dates with time 00:00:00 reduced to the date`,
	'decimal-comma': (n) => `${n} numbers with a decimal comma read`,
	'thousands-separator': (n) => `${n} numbers with a dot as thousands separator read`,
	'default-applied': (n) => `${n} empty values filled with the default (weight 1)`,
	'derived-sizeclass': (n) => `${n} size classes derived from the number of inhabitants`,
	'header-case': (n) => `${n} column names with capitals or spaces recognised`,
	'blank-lines-skipped': (n) => `${n} blank lines skipped (no data)`,
	'trailing-empty-fields': (n) => `${n} rows with empty fields after the last column (as Excel writes them) read without those fields`
};

export function normMessage(id: NormId, count: number, lang: Lang): string {
	return (lang === 'en' ? NORM_EN : NORM_NL)[id](count);
}
