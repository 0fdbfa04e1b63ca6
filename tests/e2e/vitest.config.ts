// End-to-end suite: runs against the static build in build/ (npm run build first), served on
// 127.0.0.1 and driven in Debian's Chromium via playwright-core. Screenshots go to test-results/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 90_000,
		hookTimeout: 90_000,
		fileParallelism: false
	}
});
