import { normName } from './mapping';
import type { GemeindeRef, Reference, Successor, SuccessorRef } from './types';

/** Reference lists for validation from the embedded `gemeinden` and `gemeinden_2022_2025`. */
export function buildReference(
	gemeinden: readonly GemeindeRef[],
	changes: readonly SuccessorRef[]
): Reference {
	const names = new Map<string, string[]>();
	for (const g of gemeinden) {
		const n = normName(g.name);
		names.set(n, [...(names.get(n) ?? []), g.ags]);
	}
	const byName = new Map<string, string>();
	for (const [n, list] of names) if (list.length === 1) byName.set(n, list[0]);
	const successors = new Map<string, Successor>();
	for (const c of changes) {
		if (c.ags_2022 !== c.ags_2025) {
			successors.set(c.ags_2022, {
				ags: c.ags_2025,
				name: c.name_2025,
				change: c.change_type,
				oldName: c.name_2022
			});
		}
	}
	return {
		ags: new Set(gemeinden.map((g) => g.ags)),
		gemeinden: new Map(gemeinden.map((g) => [g.ags, g])),
		byName,
		ars2022: new Set(changes.map((c) => c.ars_2022)),
		changes,
		successors
	};
}
