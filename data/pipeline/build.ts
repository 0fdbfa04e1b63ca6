// Owns: `npm run build` — the data pipeline, then `vite build`, with the prerenderer's one line
// per redirect page (about 2,000: /gemeente/363/ -> /gemeente/GM0363/ for every municipality in
// both languages) summed up in one line, so the build log (and CI's) shows what matters.
// Everything else vite prints passes through; the exit code is vite's.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const REDIRECT = /^\s*30[178] \S+ -> \S+\s*$/;

function run(cmd: string, args: string[], quiet = false): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
		let redirects = 0;
		for (const [stream, out] of [
			[child.stdout, process.stdout],
			[child.stderr, process.stderr]
		] as const) {
			createInterface({ input: stream }).on('line', (line) => {
				// eslint-disable-next-line no-control-regex
				if (quiet && REDIRECT.test(line.replace(/\x1b\[[0-9;]*m/g, ''))) redirects++;
				else out.write(line + '\n');
			});
		}
		child.on('close', (code) => {
			if (redirects) console.log(`(${redirects} redirect pages for other spellings of municipality codes, e.g. /gemeente/363/ -> /gemeente/GM0363/)`);
			resolve(code ?? 1);
		});
	});
}

const code = (await run('npx', ['tsx', 'data/pipeline/run.ts'])) || (await run('npx', ['vite', 'build'], true));
process.exit(code);
