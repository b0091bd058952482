import { join } from 'node:path';
import { openNodeDb } from '$lib/db/node';
import type { Db } from '$lib/db/types';

let db: Promise<Db> | undefined;

/** The browser's engine and statements on the embedded data, at build time (prerendering only). */
export const buildDb = (): Promise<Db> =>
	(db ??= openNodeDb({ dataDir: join(process.cwd(), 'data') }));
