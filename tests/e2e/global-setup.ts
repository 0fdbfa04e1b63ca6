// Before any browser test: say in one sentence when there is no build to test, instead of a
// stack trace from every test file.
import { missingBuild } from './serve';

export default function setup(): void {
	const missing = missingBuild();
	if (missing) throw new Error(missing);
}
