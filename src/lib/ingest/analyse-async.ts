import { analyseCsv, ImportCancelled } from './importer';
import type { Analysed, ReadOptions } from './types';

/** Files above this size are parsed in a worker, so the page stays responsive. */
export const WORKER_BYTES = 2_000_000;

/** analyseCsv off the main thread for large files (browser); cancellable; falls back to the main thread. */
export async function analyseAsync(
	fileName: string,
	bytes: Uint8Array,
	opts: ReadOptions = {},
	signal?: AbortSignal
): Promise<Analysed> {
	if (bytes.length < WORKER_BYTES || typeof Worker !== 'function') {
		return analyseCsv(fileName, bytes, opts);
	}
	let worker: Worker;
	try {
		const { default: AnalyseWorker } = await import('./analyse.worker?worker');
		worker = new AnalyseWorker();
	} catch {
		return analyseCsv(fileName, bytes, opts);
	}
	return new Promise<Analysed>((resolve, reject) => {
		const stop = () => {
			worker.terminate();
			reject(new ImportCancelled());
		};
		signal?.addEventListener('abort', stop, { once: true });
		worker.onmessage = (e: MessageEvent<Analysed>) => {
			signal?.removeEventListener('abort', stop);
			worker.terminate();
			resolve(e.data);
		};
		worker.onerror = () => {
			signal?.removeEventListener('abort', stop);
			worker.terminate();
			resolve(analyseCsv(fileName, bytes, opts));
		};
		worker.postMessage({ fileName, bytes, opts });
	});
}
