// The neighbour list the pipeline wrote (static/generated/geo), for tests that check peer groups.
import { readFileSync } from 'node:fs';

export const NEIGHBOURS = JSON.parse(readFileSync('static/generated/geo/buren_2020.json', 'utf8')) as Record<string, { codes: string[]; kind: string }>;
