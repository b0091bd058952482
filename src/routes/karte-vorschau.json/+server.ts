import { json } from '@sveltejs/kit';
import { mapPreview, type PreviewGeo } from '$lib/map/preview';
import { readGeo } from '$lib/server/datasets';

export const prerender = true;

/** The Übersicht map's first picture (outlines as SVG paths), until someone turns to the map. */
export async function GET() {
	return json(
		mapPreview({
			land: readGeo<PreviewGeo['land']>('geo_land'),
			kreise: readGeo<PreviewGeo['kreise']>('geo_kreise'),
			gemeinden: readGeo<PreviewGeo['gemeinden']>('geo_gemeinden')
		})
	);
}
