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
