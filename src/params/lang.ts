// Route matcher for the optional language segment: only "en" (Dutch is the default, no prefix).
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => param === 'en';
