// The neighbour lists the pipeline wrote per division (static/generated/geo), for tests that check
// peer groups and keyboard navigation: those of the division in force now, or on a date.
import { readFileSync } from 'node:fs';
import { divisionAt, type Division } from '../../src/lib/geo/divisions';

type Neighbours = Record<string, { codes: string[]; kind: string }>;
export const DIVISIONS = JSON.parse(readFileSync('static/generated/geo/indelingen.json', 'utf8')) as Division[];

export function neighboursAt(peildatum: string): Neighbours {
	return JSON.parse(readFileSync(`static/generated/geo/buren_${divisionAt(DIVISIONS, peildatum).id}.json`, 'utf8'));
}

/** The neighbours in today's division. */
export const NEIGHBOURS: Neighbours = JSON.parse(readFileSync(`static/generated/geo/buren_${DIVISIONS[DIVISIONS.length - 1].id}.json`, 'utf8'));
