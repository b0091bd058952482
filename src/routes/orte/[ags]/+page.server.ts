import { error } from '@sveltejs/kit';
import { readDataset } from '$lib/server/datasets';
import type { Gemeinde } from '$lib/domain/gemeinde';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	readDataset<Gemeinde>('gemeinden').map((g) => ({ ags: g.ags }));

export const load: PageServerLoad = ({ params }) => {
	const gemeinde = readDataset<Gemeinde>('gemeinden').find((g) => g.ags === params.ags);
	if (!gemeinde) error(404, `Keine Gemeinde mit dem Schlüssel ${params.ags}`);
	return { gemeinde };
};
