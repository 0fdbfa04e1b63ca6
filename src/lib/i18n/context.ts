// Owns: handing the current language's translator to components (Svelte context), building
// language-aware links, and the document's <html lang> in the browser. The layout sets the
// language from the route's optional [[lang]] segment.
import { getContext, setContext } from 'svelte';
import { resolve } from '$app/paths';
import { translator, type Lang, type Translator } from './index';

const KEY = Symbol('i18n');

export function setI18n(getLang: () => Lang): void {
	setContext(KEY, getLang);
}

/** Current translator; read it inside $derived or markup so a language change re-renders. */
export function useI18n(): () => Translator {
	const getLang = getContext<() => Lang>(KEY);
	if (!getLang) throw new Error('useI18n() called outside the layout that sets the language');
	return () => translator(getLang());
}

/** A site-internal link for a language: path like "/gemeente/GM0363/" (with trailing slash). */
export function localHref(lang: Lang, path: string): string {
	const p = path.startsWith('/') ? path : `/${path}`;
	return resolve((lang === 'en' ? `/en${p}` : p) as '/');
}

/**
 * Sets `<html lang>` when it differs (a page rendered in the browser: the offline app shell, a
 * navigation to the other language). Not when it is already right: writing the attribute, even
 * with the value it has, makes Chromium re-match :lang() on every element, a style recalculation of
 * the whole page inside the hydration task (≈13 ms of its ≈70 ms on this machine; issue 12).
 */
export function setDocumentLang(lang: Lang): void {
	const html = document.documentElement;
	if (html.lang !== lang) html.lang = lang;
}
