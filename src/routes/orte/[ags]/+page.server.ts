import { error } from '@sveltejs/kit';
import { readDataset } from '$lib/server/datasets';
import { buildDb } from '$lib/server/db';
import type { Gemeinde } from '$lib/domain/gemeinde';
import { gemeinsam, loadProfil, type Gemeinsam } from '$lib/ort/profil';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	readDataset<Gemeinde>('gemeinden').map((g) => ({ ags: g.ags }));

let alle: Gemeinsam | undefined;

/** The Steckbrief and every section's figures from the embedded data, at build time. */
export const load: PageServerLoad = async ({ params }) => {
	const gemeinde = readDataset<Gemeinde>('gemeinden').find((g) => g.ags === params.ags);
	if (!gemeinde) error(404, `Keine Gemeinde mit dem Schlüssel ${params.ags}`);
	const db = await buildDb();
	alle ??= gemeinsam(db);
	return { gemeinde, profil: await loadProfil(db, gemeinde.ags, alle) };
};
