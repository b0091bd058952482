import { json } from '@sveltejs/kit';
import { registry } from '$lib/db/registry';
import { buildDb } from '$lib/server/db';

export const prerender = true;

/** The maps' Gemeinde and Kreis rows from the embedded data: the browser's statements, run at build time. */
export async function GET() {
	const db = await buildDb();
	return json({
		gemeinden: await db.rows(registry.mapGemeinden),
		kreise: await db.rows(registry.mapKreise)
	});
}
