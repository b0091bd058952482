import { fromArrow, op, type ColumnTable } from 'arquero';
import type { Selection, ViewFigures } from '$lib/bench/peers';

type Dim = keyof Selection;

/**
 * Arquero over the yearly table (one row per object and year), as a JavaScript developer would write
 * the view: per aggregation one filter expression (compiled by Arquero, parameters bound) and a groupby.
 * Arquero compiles expressions with `new Function`: the bench page needs a context without CSP.
 */
export function arqueroEngine(ipc: Uint8Array, facetDims: readonly string[]) {
	const table = fromArrow(ipc, {
		columns: ['jahr', 'ags', ...facetDims, 'flaeche_m2']
	}) as ColumnTable;
	const filtered = (s: Selection, omit: readonly string[]) => {
		const parts: string[] = [];
		if (!omit.includes('jahr')) parts.push('d.jahr === $.jahr');
		for (const [dim, values] of Object.entries(s) as [Dim, string[] | number][]) {
			if (dim === 'jahr' || omit.includes(dim) || !Array.isArray(values) || !values.length)
				continue;
			parts.push(`op.includes($.${dim}, d.${dim})`);
		}
		return parts.length
			? table.params(s as Record<string, unknown>).filter(`(d, $) => ${parts.join(' && ')}`)
			: table;
	};
	const run = (s: Selection): ViewFigures => {
		const facets = facetDims.flatMap((dim) =>
			(
				filtered(s, [dim]).groupby(dim).count({ as: 'n' }).objects() as {
					n: number;
				}[]
			).map((r) => ({
				dim,
				key: (r as Record<string, unknown>)[dim] as string | null,
				n: r.n
			}))
		);
		const trend = filtered(s, ['jahr', 'size_class'])
			.groupby('jahr', 'size_class')
			.count({ as: 'n' })
			.objects() as ViewFigures['trend'];
		const [total] = filtered(s, [])
			.rollup({ n: op.count(), flaeche: op.sum('flaeche_m2') })
			.objects() as ViewFigures['total'][];
		const dichte = filtered(s, ['ags'])
			.groupby('ags')
			.count({ as: 'n' })
			.objects() as ViewFigures['dichte'];
		return { facets, trend, total: { n: total.n, flaeche: total.flaeche ?? 0 }, dichte };
	};
	return { run, numRows: table.numRows() };
}
