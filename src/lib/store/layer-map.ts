import type { Flag } from '$lib/data/manifest-types';
import type { BaseLayer, Layer } from './base.svelte';
import type { StoredTable, TableData } from './types';

/** `toIpc` of ./arrow, passed in: the store loads Arrow only where a Datenstand is published. */
type ToIpc = (data: TableData) => Uint8Array;

const equalBytes = (a: Uint8Array, b: Uint8Array) =>
	a.byteLength === b.byteLength && a.every((v, i) => v === b[i]);

const compared = new WeakMap<object, { pub: object; equal: boolean }>();
function same(local: StoredTable, pub: StoredTable, toIpc: ToIpc): boolean {
	const c = compared.get(local.data);
	if (c?.pub === pub.data) return c.equal;
	const equal = equalBytes(toIpc(pub.data), toIpc(local.data));
	compared.set(local.data, { pub: pub.data, equal });
	return equal;
}

/**
 * Per table: 'published' (from the Datenstand, or a local copy equal to it), 'draft' (a local change
 * over a published Datenstand) or 'local' (own data, no Datenstand loaded).
 */
export function layerMap(
	local: readonly StoredTable[],
	base: { layer: BaseLayer; toIpc: ToIpc } | null
): Map<string, { layer: Layer; flag: Flag }> {
	const of = new Map<string, { layer: Layer; flag: Flag }>();
	for (const [name, t] of base?.layer.tables ?? [])
		of.set(name, { layer: 'published', flag: t.meta.flag });
	for (const t of local) {
		const pub = base?.layer.tables.get(t.meta.name);
		const flag = t.meta.flag;
		if (!base) of.set(t.meta.name, { layer: 'local', flag });
		else if (!pub || !same(t, pub, base.toIpc)) of.set(t.meta.name, { layer: 'draft', flag });
	}
	return of;
}
