// Owns: dropping the NL Design System rules this site never uses from the built CSS (issue 12).
// The @utrecht/*-css packages (src/lib/styles/nlds.css) style every variant of their components:
// busy, pressed, subtle, danger, hint buttons; the .utrecht-html element styles; and more. That was
// 67 KB of CSS on every page, one render-blocking request too large to inline. This PostCSS plugin
// (run by Vite on all CSS, vite.config.ts) removes each selector that needs a `utrecht-*` class no
// file in src/ mentions, and each rule left without selectors. Classes inside :not(…) do not count
// (`.utrecht-button:hover:not(.utrecht-button--disabled)` stays: it needs only .utrecht-button).
// A class built at run time from parts would be missed, so src/ writes every utrecht class in full
// (a test checks that no `utrecht-…${` appears).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const CLASS = /utrecht-[a-z0-9_-]+/gi;

/** Every utrecht-* class name written in the source files under `dir`. @returns {Set<string>} */
export function usedUtrechtClasses(dir = 'src') {
	/** @type {Set<string>} */
	const used = new Set();
	/** @param {string} d */
	const walk = (d) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.(svelte|ts|js|css|html)$/.test(e.name)) for (const m of readFileSync(p, 'utf8').match(CLASS) ?? []) used.add(m);
		}
	};
	walk(dir);
	return used;
}

/**
 * Whether a selector can match with only the classes in `used` (classes inside :not() aside).
 * @param {string} selector
 * @param {Set<string>} used
 */
export function selectorNeeded(selector, used) {
	let outside = '';
	let depth = 0;
	for (let i = 0; i < selector.length; i++) {
		if (depth === 0 && selector.startsWith(':not(', i)) {
			depth = 1;
			i += 4;
			continue;
		}
		const c = selector[i];
		if (depth > 0) {
			if (c === '(') depth++;
			else if (c === ')') depth--;
			continue;
		}
		outside += c;
	}
	return [...outside.matchAll(/\.(utrecht-[a-z0-9_-]+)/gi)].every((m) => used.has(m[1]));
}

/**
 * The PostCSS plugin. `log` gets one line per stylesheet that lost rules.
 * @param {{ used?: Set<string>; log?: (line: string) => void }} [options]
 * @returns {import('postcss').Plugin}
 */
export function pruneNldsCss({ used = usedUtrechtClasses(), log = () => {} } = {}) {
	return {
		postcssPlugin: 'ggu-prune-nlds-css',
		Once(root, { result }) {
			let dropped = 0;
			root.walkRules((rule) => {
				if (!rule.selector.includes('utrecht-')) return;
				const keep = rule.selectors.filter((s) => selectorNeeded(s, used));
				if (keep.length === rule.selectors.length) return;
				dropped += rule.selectors.length - keep.length;
				if (keep.length === 0) rule.remove();
				else rule.selectors = keep;
			});
			root.walkAtRules((a) => {
				if (a.nodes && a.nodes.length === 0) a.remove();
			});
			if (dropped) log(`nlds: ${dropped} unused selectors dropped from ${path.basename(result.opts.from ?? '?')}`);
		}
	};
}
pruneNldsCss.postcss = true;
