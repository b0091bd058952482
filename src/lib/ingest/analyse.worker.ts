import { analyseCsv } from './importer';
import type { Delimiter } from './sniff';

self.onmessage = (
	e: MessageEvent<{ fileName: string; bytes: Uint8Array; delimiter?: Delimiter }>
) => {
	const { fileName, bytes, delimiter } = e.data;
	self.postMessage(analyseCsv(fileName, bytes, delimiter));
};
