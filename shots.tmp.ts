// Temporary: screenshots of the method pages at four widths, nl and en (not committed).
import { launchBrowser } from './tests/e2e/browser';
import { serveBuild } from './tests/e2e/serve';
const out = '/tmp/mx/shots';
import { mkdirSync } from 'node:fs';
mkdirSync(out, { recursive: true });
const server = await serveBuild(0);
const browser = await launchBrowser();
const only = process.argv[2];
for (const lang of ['nl', 'en']) {
	for (const page of ['methode', 'controle']) {
		if (only && only !== page) continue;
		for (const width of [320, 390, 768, 1280]) {
			const ctx = await browser.newContext({ viewport: { width, height: 900 } });
			const p = await ctx.newPage();
			const errors: string[] = [];
			p.on('pageerror', (e) => errors.push(e.message));
			p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			const path = `${lang === 'en' ? 'en/' : ''}methode/${page === 'controle' ? 'controle/' : ''}`;
			await p.goto(server.url + path);
			await p.waitForSelector('html[data-hydrated]');
			if (page === 'controle') {
				await p.getByRole('button', { name: lang === 'en' ? 'Recompute now' : 'Nu narekenen' }).click();
				await p.getByTestId('check-verdict').waitFor({ timeout: 120_000 });
				const focused = await p.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
				console.log('focus after check:', focused);
			}
			const sw = await p.evaluate(() => document.documentElement.scrollWidth);
			console.log(lang, page, width, 'scrollWidth', sw, errors);
			await p.screenshot({ path: `${out}/${page}-${lang}-${width}.png`, fullPage: true });
			await ctx.close();
		}
	}
}
await browser.close();
await server.close();
