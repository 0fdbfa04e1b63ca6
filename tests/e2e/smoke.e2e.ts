// Smoke test: the static build renders in a real browser, with the synthetic-data label.
import { describe, expect, it } from 'vitest';
import { axe, screenshot, useE2E } from './setup';

const e2e = useE2E();

describe('static build', () => {
	it('renders the home page with the map and the synthetic-data label', async () => {
		const page = await e2e.open('/');
		await expect(page.title()).resolves.toContain('GGU Adoptiemonitor');
		const label = page.getByTestId('synthetic-label');
		expect(await label.isVisible()).toBe(true);
		expect(await label.textContent()).toContain('Synthetische voorbeelddata — geen echte metingen');
		// Today's division (since 2023): 342 municipalities.
		expect(await page.locator('svg path[data-code]').count()).toBe(342);
		await screenshot(page, 'smoke-home');
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	});

	it('hydrates the prerendered page as it is: nothing on <html> is rewritten but the hydrated marker', async () => {
		// Writing <html lang> (even the value it has) re-matches :lang() on every element: a style
		// recalculation of the whole page inside the hydration task (issue 12). Record every
		// attribute written on <html> by script, from before the page's first script until it is
		// interactive (the parser's own attributes make no mutation records).
		const initScript = `window.__htmlWrites = [];
		new MutationObserver((ms) => ms.forEach((m) => m.target === document.documentElement && window.__htmlWrites.push(m.attributeName + ': ' + m.oldValue + ' -> ' + m.target.getAttribute(m.attributeName))))
			.observe(document, { attributes: true, attributeOldValue: true, subtree: true });`;
		for (const [path, lang] of [['/', 'nl'], ['/en/gemeente/GM0363/', 'en']] as const) {
			const page = await e2e.open(path, { initScript, width: 390, height: 844 });
			const writes = await page.evaluate(() => (window as unknown as { __htmlWrites?: string[] }).__htmlWrites);
			expect(writes, `attributes written on <html> while ${path} hydrated`).toEqual(['data-hydrated: null -> true']);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(page.errors).toEqual([]);
		}
	});

	it('labels the English pages too', async () => {
		const page = await e2e.open('/en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.getByTestId('synthetic-label').textContent()).toContain('Synthetic example data — not real measurements');
		await screenshot(page, 'smoke-home-en');
	});

	it('has no axe violations on the home page', async () => {
		const page = await e2e.open('/');
		expect(await axe(page)).toEqual([]);
	});
});
