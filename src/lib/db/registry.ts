/**
 * Every SQL statement of the app, gathered from the features: each `src/lib/<feature>/queries.ts`
 * exports objects named `…Queries` and adds their type to `Registry` (module augmentation below), so
 * this engine imports no feature. tests/unit/db/registry.test.ts fails for any entry no unit test runs.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Registry {}

export type RegistryKey = keyof Registry;

const modules = import.meta.glob<Record<string, unknown>>('../*/queries.ts', { eager: true });

function gather(): Registry {
	const all: Record<string, unknown> = {};
	for (const [path, mod] of Object.entries(modules)) {
		for (const [name, group] of Object.entries(mod)) {
			if (!name.endsWith('Queries') || typeof group !== 'object' || !group) continue;
			for (const [key, q] of Object.entries(group)) {
				if (key in all) throw new Error(`registry.${key} doppelt (${path})`);
				all[key] = q;
			}
		}
	}
	return all as unknown as Registry;
}

export const registry: Registry = gather();
