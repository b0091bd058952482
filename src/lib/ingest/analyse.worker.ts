import { analyseCsv } from './importer';
import type { ReadOptions } from './types';

self.onmessage = (e: MessageEvent<{ fileName: string; bytes: Uint8Array; opts: ReadOptions }>) => {
	const { fileName, bytes, opts } = e.data;
	self.postMessage(analyseCsv(fileName, bytes, opts));
};
