import type { LeerstandFilter } from '$lib/leerstand/queries';
import type { UrlCodec } from '$lib/url/state.svelte';
import { RADIUS_DEFAULT } from '$lib/innenstadt/queries';
import { parseRadius } from '$lib/innenstadt/source';
import { defaultView, parseView, viewQuery } from '$lib/leerstand/filters';

export interface InnenstadtView {
	filter: LeerstandFilter;
	radius: number;
	/** the town shown on the map (AGS) */
	ort: string;
}

export function parseInnenstadt(p: URLSearchParams): InnenstadtView {
	const v = parseView(p);
	return { filter: v.filter, radius: parseRadius(p.get('r')), ort: v.ort };
}

export function innenstadtQuery(v: InnenstadtView): string {
	const q = new URLSearchParams(viewQuery({ ...defaultView(), filter: v.filter, ort: v.ort }));
	if (v.radius !== RADIUS_DEFAULT) q.set('r', String(v.radius));
	const s = q.toString();
	return s ? `?${s}` : '';
}

export const defaultInnenstadt = (): InnenstadtView => parseInnenstadt(new URLSearchParams());

export const innenstadtUrl: UrlCodec<InnenstadtView> = {
	parse: parseInnenstadt,
	write: (v) => new URLSearchParams(innenstadtQuery(v))
};
