// Owns: how the pages name and paint Rogers' adopter categories: a message key and a paint class
// (tokens.css: the score ramp, dark = early; not yet in use: the "niet gestart" grey) per category.
import type { MessageKey } from '../i18n';
import type { AdopterCategory } from '../maturity/scoring';

export const CATEGORY_NAME: Record<AdopterCategory, MessageKey> = {
	innovator: 'std.cat.innovator',
	vroege_adopter: 'std.cat.vroege_adopter',
	vroege_meerderheid: 'std.cat.vroege_meerderheid',
	late_meerderheid: 'std.cat.late_meerderheid',
	achterblijver: 'std.cat.achterblijver',
	nog_niet: 'std.cat.nog_niet'
};

export const CATEGORY_CLASS: Record<AdopterCategory, string> = {
	innovator: 'fill-s9',
	vroege_adopter: 'fill-s7',
	vroege_meerderheid: 'fill-s5',
	late_meerderheid: 'fill-s3',
	achterblijver: 'fill-s1',
	nog_niet: 'fill-niet_gestart'
};
