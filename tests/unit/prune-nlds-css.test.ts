// The NL Design System CSS pruning (scripts/prune-nlds-css.js): which selectors stay, on real CSS.
import { readdirSync, readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { pruneNldsCss, selectorNeeded, usedUtrechtClasses } from '../../scripts/prune-nlds-css.js';

const used = new Set(['utrecht-button', 'utrecht-button--primary-action']);
const prune = async (css: string, classes = used) => (await postcss([pruneNldsCss({ used: classes })]).process(css, { from: 'x.css' })).css;

describe('NL Design System CSS pruning', () => {
	it.each([
		['.utrecht-button', true],
		['.utrecht-button--primary-action:hover', true],
		['.utrecht-button--subtle', false],
		['.utrecht-button--primary-action.utrecht-button--danger', false],
		['.utrecht-html button', false],
		// Classes inside :not() are not needed for a match.
		['.utrecht-button:hover:not(:disabled, [aria-disabled=true], .utrecht-button--disabled)', true],
		['.utrecht-button:not(.utrecht-button--busy):focus-visible', true],
		['.site-header a', true]
	])('%s is needed: %s', (selector, needed) => {
		expect(selectorNeeded(selector, used)).toBe(needed);
	});

	it('drops unused selectors from a list and rules left without any, keeps everything else', async () => {
		const out = await prune(
			'.utrecht-button,.utrecht-button--busy{color:red}.utrecht-button--subtle{color:blue}@media (min-width:1px){.utrecht-button--pressed{color:green}}.other{color:black}'
		);
		expect(out).toBe('.utrecht-button{color:red}.other{color:black}');
	});

	it('keeps every rule of the real button CSS that the site needs: primary and secondary actions, focus, hover, disabled', async () => {
		const css = readFileSync('node_modules/@utrecht/button-css/dist/index.css', 'utf8');
		const out = await prune(css, usedUtrechtClasses('src'));
		expect(out.length).toBeLessThan(css.length / 2);
		const selectors = new Set<string>();
		postcss.parse(out).walkRules((r) => r.selectors.forEach((x) => selectors.add(x)));
		for (const sel of ['.utrecht-button', '.utrecht-button--primary-action', '.utrecht-button--secondary-action', '.utrecht-button:focus-visible', '.utrecht-button:disabled']) {
			expect(selectors.has(sel), sel).toBe(true);
		}
		expect(out).not.toContain('.utrecht-button--subtle');
	});

	it('finds the classes the site uses, and src/ builds none from parts (they would be pruned)', () => {
		const classes = usedUtrechtClasses('src');
		expect(classes.has('utrecht-table--html-table')).toBe(true);
		expect(classes.has('utrecht-select--html-select')).toBe(true);
		const grep = (dir: string): string[] =>
			readdirRec(dir).filter((f) => /\.(svelte|ts)$/.test(f) && /utrecht-[a-z-]*\$\{/.test(readFileSync(f, 'utf8')));
		expect(grep('src')).toEqual([]);
	});
});

function readdirRec(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`);
}
