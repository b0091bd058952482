/**
 * Loads the published Datenstand (`datenstand/aktuell.atlas` next to the app) as the store's base layer.
 * Imported by the root layout, which registers the loader before any view opens the store.
 */
import { asset } from '$app/paths';
import { setBaseLoader, type BaseLoad } from '$lib/store/base.svelte';

/** Where a published Datenstand lies, next to the app. */
export const DATENSTAND_URL = 'datenstand/aktuell.atlas';

interface Fetched {
	status: number;
	type: string;
	body: Uint8Array | null;
}

function fetchInWorker(url: string): Promise<Fetched> {
	return new Promise((resolve, reject) => {
		const w = new Worker(new URL('./fetch.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<Fetched>) => {
			w.terminate();
			resolve(e.data);
		};
		w.onerror = (e) => {
			w.terminate();
			reject(new Error(e.message));
		};
		w.postMessage(url);
	});
}

/** A server answering every path with the app's page (SPA fallback) has no Datenstand either. */
const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

export async function loadPublished(): Promise<BaseLoad> {
	if (typeof window === 'undefined' || typeof Worker !== 'function') return { state: 'none' };
	const url = new URL(asset(`/${DATENSTAND_URL}`), window.location.href).href;
	const res = await fetchInWorker(url);
	if (!res.body || (!isZip(res.body) && /html/i.test(res.type))) return { state: 'none' };
	// the reader (Arrow, zip) only where a Datenstand is published: every page asks, most find none
	const reader = await import('./datenstand').catch((e: unknown) => {
		console.warn(e);
		return undefined;
	});
	if (!reader)
		return {
			state: 'invalid',
			message:
				'Der veröffentlichte Datenstand konnte nicht gelesen werden (Programmteil nicht geladen). Bitte laden Sie die Seite neu. Angezeigt werden die mit dem Atlas ausgelieferten Daten und Ihre eigenen Eingaben.'
		};
	const { readDatenstand } = reader;
	const r = await readDatenstand('aktuell.atlas', res.body);
	if (!r.ok)
		return {
			state: 'invalid',
			message: `Der veröffentlichte Datenstand wird nicht verwendet: ${r.message} Angezeigt werden die mit dem Atlas ausgelieferten Daten und Ihre eigenen Eingaben.`
		};
	const d = r.datenstand;
	return {
		state: 'ok',
		layer: {
			info: { publisher: d.info.publisher, date: d.info.date, note: d.info.note },
			tables: new Map(d.tables.map((t) => [t.meta.name, { meta: t.meta, data: t.data }]))
		}
	};
}

setBaseLoader(loadPublished);
