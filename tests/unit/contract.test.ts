// The typed contract module is generated from data/datapackage.json; it must be current, and the
// generator must fail loudly on an enum it cannot express.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_MODULE_PATH, constName, contractModule, contractModuleFor } from '../../data/pipeline/contract';
import { ROOT } from './helpers';

describe('generated contract module', () => {
	it('is current with data/datapackage.json (run `npm run data` after changing the package)', () => {
		expect(readFileSync(path.join(ROOT, CONTRACT_MODULE_PATH), 'utf8')).toBe(contractModuleFor(ROOT));
	});

	it('names lists in plural', () => {
		expect(constName('Status')).toBe('STATUSES');
		expect(constName('SizeClass')).toBe('SIZE_CLASSES');
		expect(constName('Priority')).toBe('PRIORITIES');
		expect(constName('Kind')).toBe('KINDS');
	});

	it('emits enums, integer ranges, nullability and foreign keys', () => {
		const src = contractModule({
			resources: [
				{
					name: 'a',
					'x-row-type': 'A',
					schema: {
						primaryKey: ['id'],
						fields: [
							{ name: 'id', type: 'string', constraints: { required: true } },
							{ name: 'level', type: 'integer', 'x-enum': 'Level', constraints: { minimum: 2, maximum: 4 } },
							{ name: 'w', type: 'number', 'x-default': 1 }
						]
					}
				},
				{
					name: 'b',
					'x-row-type': 'B',
					schema: {
						primaryKey: ['id'],
						foreignKeys: [{ fields: ['a_id'], reference: { resource: 'a', fields: ['id'] } }],
						fields: [
							{ name: 'id', type: 'string', constraints: { required: true } },
							{ name: 'a_id', type: 'string' },
							{ name: 's', type: 'string', 'x-enum': 'Colour', constraints: { enum: ['red', "it's"] } }
						]
					}
				}
			]
		});
		expect(src).toContain('export const LEVELS = [2, 3, 4] as const;');
		expect(src).toContain("export const COLOURS = ['red', 'it\\'s'] as const;");
		expect(src).toContain('\tlevel: Level | null;');
		expect(src).toContain('\tw: number;');
		expect(src).toContain('\ta_id: string | null;');
		expect(src).toContain("{ resource: 'b', fields: ['a_id'], reference: { resource: 'a', fields: ['id'] } },");
		expect(() =>
			contractModule({ resources: [{ name: 'x', 'x-row-type': 'X', schema: { primaryKey: [], fields: [{ name: 'f', type: 'string', 'x-enum': 'F' }] } }] })
		).toThrow(/x-enum but neither/);
	});
});
