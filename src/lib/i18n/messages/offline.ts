// Owns: UI text for offline use: the save button and its report, the update notice, the offline
// page and the offline error. Dutch, the source of truth; the English is in offline.en.ts with the same keys.
import type { Msg } from './types';

export const nl = {
	'off.heading': 'Zonder internet',
	'off.save': 'Bewaar voor gebruik zonder internet',
	'off.saveAgain': 'Opnieuw bewaren voor gebruik zonder internet',
	'off.explain': 'Bewaart de rekenkern, de gegevens en alle gemeentepagina’s (Nederlands en Engels) in deze browser: daarna werkt de hele site zonder internet, ook herberekenen.',
	'off.preparing': 'Voorbereiden…',
	'off.progress': (p) => `Bezig met bewaren: ${p.done} van ${p.total} bestanden, ${p.mb}`,
	'off.checking': 'Controleren wat er is opgeslagen…',
	'off.done': (p) => `Bewaard en gecontroleerd: ${p.files} bestanden, ${p.mb} in de opslag van deze browser.`,
	'off.doneWhat': 'Alle gemeentepagina’s, het overzicht, vergelijken en de methode werken nu zonder internet, ook herberekenen.',
	'off.missing': (p) => `${p.n} van ${p.total} bestanden staan niet in de opslag. Probeer het opnieuw met een goede verbinding.`,
	'off.persisted': 'De browser houdt deze bestanden vast (blijvende opslag).',
	'off.notPersisted': 'De browser mag deze bestanden opruimen als de schijf vol raakt: blijvende opslag is niet toegestaan.',
	'off.estimate': (p) => `Opslag van deze site in de browser: ${p.used} gebruikt, ${p.quota} beschikbaar.`,
	'off.saved': (p) => `Bewaard op ${p.date}: ${p.files} bestanden, ${p.mb}. De hele site werkt zonder internet.`,
	'off.replaced': 'Een nieuwe versie van de site heeft de eerder bewaarde bestanden vervangen. Bewaar opnieuw om zonder internet te werken.',
	'off.noNetwork': 'Geen internetverbinding: bewaren kan weer zodra er verbinding is.',
	'off.unsupported': 'Deze browser kan de site niet bewaren voor gebruik zonder internet.',
	'off.error': (p) => `Bewaren is mislukt: ${p.message}`,
	'off.update': 'Er is een nieuwe versie van deze site.',
	'off.reload': 'Nieuwe gegevens: herladen',
	'off.title': 'Niet beschikbaar zonder internet',
	'off.text': 'Deze pagina is niet bewaard op dit apparaat, en er is nu geen internetverbinding.',
	'off.works': 'Wat zonder internet wel werkt:',
	'off.worksMain': 'het overzicht, vergelijken, de methode en de datapagina;',
	'off.worksVisited': 'gemeentepagina’s die u in deze browser hebt geopend;',
	'off.worksSaved': 'alle gemeentepagina’s, nadat u met verbinding op “Bewaar voor gebruik zonder internet” hebt gedrukt.',
	'off.retry': 'Opnieuw proberen',
	'off.errorTitle': 'Er ging iets mis',
	'off.errorText': (p) => `De pagina kon niet worden geladen (${p.status}).`
} satisfies Record<string, Msg>;
