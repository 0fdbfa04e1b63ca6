// English of offline.ts: exactly the same keys, the same kind of value (SameKeys). A module of its own,
// so that a page loads the text of its own language only (see ../index.ts).
import type { SameKeys } from './types';
import type { nl } from './offline';

export const en: SameKeys<typeof nl> = {
	'off.heading': 'Without internet',
	'off.save': 'Keep for use without internet',
	'off.saveAgain': 'Keep again for use without internet',
	'off.explain': 'Keeps the engine, the data and every municipality page (Dutch and English) in this browser: the whole site then works without internet, recomputing included.',
	'off.preparing': 'Preparing…',
	'off.progress': (p) => `Keeping: ${p.done} of ${p.total} files, ${p.mb}`,
	'off.checking': 'Checking what was stored…',
	'off.done': (p) => `Kept and checked: ${p.files} files, ${p.mb} in this browser’s storage.`,
	'off.doneWhat': 'Every municipality page, the overview, comparison and the method now work without internet, recomputing included.',
	'off.missing': (p) => `${p.n} of ${p.total} files are not in storage. Try again with a good connection.`,
	'off.persisted': 'The browser keeps these files (persistent storage).',
	'off.notPersisted': 'The browser may clear these files when the disk runs full: persistent storage was not granted.',
	'off.estimate': (p) => `This site’s storage in the browser: ${p.used} used, ${p.quota} available.`,
	'off.saved': (p) => `Kept on ${p.date}: ${p.files} files, ${p.mb}. The whole site works without internet.`,
	'off.replaced': 'A new version of the site replaced the files kept earlier. Keep them again to work without internet.',
	'off.noNetwork': 'No internet connection: keeping works again once you are connected.',
	'off.unsupported': 'This browser cannot keep the site for use without internet.',
	'off.error': (p) => `Keeping failed: ${p.message}`,
	'off.update': 'There is a new version of this site.',
	'off.reload': 'New data: reload',
	'off.title': 'Not available without internet',
	'off.text': 'This page is not kept on this device, and there is no internet connection now.',
	'off.works': 'What does work without internet:',
	'off.worksMain': 'the overview, comparison, the method and the data page;',
	'off.worksVisited': 'municipality pages you opened in this browser;',
	'off.worksSaved': 'every municipality page, once you have pressed “Keep for use without internet” while connected.',
	'off.retry': 'Try again',
	'off.errorTitle': 'Something went wrong',
	'off.errorText': (p) => `The page could not be loaded (${p.status}).`
};
