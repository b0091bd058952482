import type {
	LeerstandFilter,
	LeerstandGemeinde,
	LeerstandPool,
	PoolDimension
} from '$lib/leerstand/queries';

/** The same filter as the SQL of registry.leerstandGemeinden, on rows already loaded. */
export function matches(g: LeerstandGemeinde, f: LeerstandFilter): boolean {
	return (
		(f.klasse === '' || g.size_class === f.klasse || g.size_group === f.klasse) &&
		(f.stadt === '' || g.is_stadt === (f.stadt === 'ja')) &&
		(f.kreis === '' || g.kreis_ags === f.kreis) &&
		(f.region === '' || g.planungsregion === f.region) &&
		(f.zo === '' || (g.zentraler_ort ?? 'kein') === f.zo)
	);
}

const BELASTBAR = new Set(['indicative', 'rough', 'official']);
const LABEL: Record<Exclude<PoolDimension, 'land'>, keyof LeerstandGemeinde> = {
	size_class: 'size_class',
	size_group: 'size_group',
	kreis_ags: 'kreis_name',
	planungsregion: 'planungsregion'
};

/** Pooled figures like registry.leerstandPool: Σ leer / Σ Wohnungen per group, never a mean of rates. */
export function pool(
	rows: LeerstandGemeinde[],
	dim: PoolDimension,
	datenstatus: string
): LeerstandPool[] {
	const groups = new Map<string, LeerstandPool>();
	if (dim === 'land') groups.set('16', empty('16', 'Thüringen', datenstatus));
	for (const g of rows) {
		const key = dim === 'land' ? '16' : String(g[dim]);
		let p = groups.get(key);
		if (!p) {
			p = empty(key, String(g[LABEL[dim as Exclude<PoolDimension, 'land'>]]), datenstatus);
			groups.set(key, p);
		}
		p.gemeinden++;
		if (g.reliability && BELASTBAR.has(g.reliability)) p.belastbar++;
		p.wohnungen += g.wohnungen ?? 0;
		p.leer += g.leer ?? 0;
	}
	const out = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	for (const p of out) p.quote = p.wohnungen > 0 ? (100 * p.leer) / p.wohnungen : null;
	return out;
}

function empty(key: string, label: string, datenstatus: string): LeerstandPool {
	return {
		key,
		label,
		gemeinden: 0,
		belastbar: 0,
		wohnungen: 0,
		leer: 0,
		quote: null,
		datenstatus
	};
}
