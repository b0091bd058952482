import { error } from '@sveltejs/kit';
import { readDataset, readGeo } from '$lib/server/datasets';
import { buildDb } from '$lib/server/db';
import type { Gemeinde } from '$lib/domain/gemeinde';
import { forD3 } from '$lib/geo/d3';
import { lageKarte } from '$lib/ort/lage';
import { gemeinsam, loadProfil, type Gemeinsam } from '$lib/ort/profil';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	readDataset<Gemeinde>('gemeinden').map((g) => ({ ags: g.ags }));

let alle: Gemeinsam | undefined;
let geo: Parameters<typeof lageKarte>[0] | undefined;

type Outline = Parameters<typeof lageKarte>[0]['land'];

/** The Steckbrief, the locator map and every section's figures from the embedded data, at build time. */
export const load: PageServerLoad = async ({ params }) => {
	const gemeinde = readDataset<Gemeinde>('gemeinden').find((g) => g.ags === params.ags);
	if (!gemeinde) error(404, `Keine Gemeinde mit dem Schlüssel ${params.ags}`);
	const db = await buildDb();
	alle ??= gemeinsam(db);
	geo ??= {
		gemeinden: forD3(readGeo<Outline>('geo_gemeinden')),
		kreise: forD3(readGeo<Outline>('geo_kreise')),
		land: forD3(readGeo<Outline>('geo_land'))
	};
	const lage = lageKarte(geo, gemeinde, readDataset<Gemeinde>('gemeinden'));
	return { gemeinde, lage, profil: await loadProfil(db, gemeinde.ags, alle) };
};
