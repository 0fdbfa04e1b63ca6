// Temporary: a page cut into viewport-high slices for looking at (not committed).
import { launchBrowser } from './tests/e2e/browser';
import { serveBuild } from './tests/e2e/serve';
const [path, width, name, from, to, check] = process.argv.slice(2);
const server = await serveBuild(0);
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
const p = await ctx.newPage();
await p.goto(server.url + path);
await p.waitForSelector('html[data-hydrated]');
if (check) {
	await p.locator('button.button').first().click();
	await p.getByTestId('check-verdict').waitFor({ timeout: 120_000 });
}
const h = await p.evaluate(() => document.documentElement.scrollHeight);
const step = Number(width) < 500 ? 1100 : 1000;
for (let y = Number(from ?? 0), i = 0; y < Math.min(h, Number(to ?? h)); y += step, i++) {
	await p.screenshot({ path: `/tmp/mx/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(step, h - y) } });
}
console.log('height', h);
await browser.close();
await server.close();
