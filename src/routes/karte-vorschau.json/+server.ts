import { json } from '@sveltejs/kit';
import { mapPreview, type PreviewGeo } from '$lib/map/preview';
import { registry } from '$lib/db/registry';
import { buildDb } from '$lib/server/db';
import { readGeo } from '$lib/server/datasets';

export const prerender = true;

/** A state map's first picture (outlines as SVG paths, the towns), until someone turns to the map. */
export async function GET() {
	const db = await buildDb();
	return json(
		mapPreview(
			{
				land: readGeo<PreviewGeo['land']>('geo_land'),
				kreise: readGeo<PreviewGeo['kreise']>('geo_kreise'),
				gemeinden: readGeo<PreviewGeo['gemeinden']>('geo_gemeinden')
			},
			await db.rows(registry.mapGemeinden)
		)
	);
}
