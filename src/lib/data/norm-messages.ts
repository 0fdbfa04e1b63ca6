// Owns: the normalisations the loader applies to unambiguous variants (a BOM, Excel's encodings,
// code spellings, Dutch dates, …) and their Dutch and English wording. Re-exported by rules.ts.
import type { Lang } from '../i18n/lang';

/** Normalisations the loader applies to unambiguous variants; each is counted and listed. */
export type NormId =
	| 'bom-removed'
	| 'encoding-windows-1252'
	| 'encoding-utf16'
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
		'bestand was geen UTF-8 en bevatte geen enkel UTF-8-teken van meer dan één byte; het is daarom in zijn geheel gelezen als Windows-1252 (Excel). Controleer tekens als é, ë en â',
	'encoding-utf16': () => 'bestand was UTF-16 (zoals "Unicode-tekst" uit Excel) en is als UTF-16 gelezen; sla het bij voorkeur op als "CSV UTF-8"',
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
	'encoding-windows-1252': () =>
		'file was not UTF-8 and held not a single multi-byte UTF-8 character, so it was read as Windows-1252 (Excel) as a whole. Check characters such as é, ë and â',
	'encoding-utf16': () => 'file was UTF-16 (like "Unicode text" from Excel) and was read as UTF-16; preferably save it as "CSV UTF-8"',
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

/** Where a normalisation was first applied, and what it did there. */
export interface NormExample {
	line: number | null;
	column: string | null;
	from: string;
	to: string;
}

export function normMessage(id: NormId, count: number, lang: Lang, example?: NormExample): string {
	const text = (lang === 'en' ? NORM_EN : NORM_NL)[id](count);
	if (!example) return text;
	const where = example.line === null ? '' : `${lang === 'en' ? 'line' : 'regel'} ${example.line}${example.column ? `, ${example.column}` : ''}: `;
	const eg = lang === 'en' ? 'e.g.' : 'bijv.';
	if (id === 'encoding-windows-1252')
		return `${text} (${eg} ${where}"${example.to}"${example.from ? `, bytes ${example.from}` : ''})`;
	return `${text} (${eg} ${where}"${example.from}" → "${example.to}")`;
}

/** What a normalisation did, in the report's "gevolg" column. */
export const NORMALISED_LABEL: Record<Lang, string> = { nl: 'Automatisch rechtgezet', en: 'Corrected automatically' };
