import { DbUnavailableError, type Db } from './types';

export { DbUnavailableError } from './types';
export type { Db, Derived } from './types';

let instance: Promise<Db> | undefined;

/** The one DuckDB of the app: started on first use, in the browser only, from our own origin. */
export function getDb(): Promise<Db> {
	if (typeof window === 'undefined') {
		return Promise.reject(new Error('DuckDB läuft nur im Browser'));
	}
	instance ??= import('./browser')
		.then((m) => m.openBrowserDb())
		.then(async (db) => {
			// the published Datenstand, then the user's own tables (src/lib/store) replace the embedded ones
			await import('$lib/store')
				.then((s) => s.getStore())
				.then((s) => s.restoreInto(db))
				.catch((e: unknown) => console.warn(e));
			document.documentElement.dataset.db = 'ready';
			return db;
		})
		.catch((e: unknown) => {
			instance = undefined;
			document.documentElement.dataset.db = 'error';
			if (e instanceof DbUnavailableError) throw e;
			throw new DbUnavailableError(
				'Die Datenbank im Browser konnte nicht gestartet werden. Bitte laden Sie die Seite neu oder verwenden Sie einen aktuellen Browser.',
				{ cause: e }
			);
		});
	return instance;
}

/**
 * Whether a local or published table replaces one of `tables`: only then do the figures built from
 * the embedded data need DuckDB. Without a store (private mode) nothing is replaced; if the store cannot
 * be asked, the answer is yes (DuckDB's figures are never wrong, only slower).
 */
export async function replacesEmbedded(tables: readonly string[]): Promise<boolean> {
	if (typeof window === 'undefined') return false;
	try {
		const store = await import('$lib/store').then((s) => s.getStore());
		return tables.some((t) => store.get(t) !== undefined);
	} catch (e) {
		console.warn(e);
		return true;
	}
}
