import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/** Old links `/leerstand?ansicht=kataster&…` (mailed views) open the Kataster route with their filters. */
export const load: PageLoad = ({ url, data }) => {
	if (!browser || url.searchParams.get('ansicht') !== 'kataster') return data;
	const query = new URLSearchParams(url.searchParams);
	query.delete('ansicht');
	const search = query.size ? `?${query}` : '';
	redirect(307, `${resolve('/leerstand/kataster')}${search}`);
};
