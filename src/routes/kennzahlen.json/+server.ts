import { json } from '@sveltejs/kit';
import { loadSeed } from '$lib/kpi/seed';
import { buildDb } from '$lib/server/db';

export const prerender = true;

/** The alliance datasets of /kennzahlen and /bericht from the embedded data, at build time. */
export async function GET() {
	return json(await loadSeed(await buildDb()));
}
