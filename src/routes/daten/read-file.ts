import { ImportCancelled, type Progress } from '$lib/ingest/importer';

/** Reads a File in chunks with byte progress; cancellable. */
export async function readFileBytes(
	file: File,
	onProgress: (p: Progress) => void,
	signal: AbortSignal
): Promise<Uint8Array> {
	const out = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let done = 0;
	for (;;) {
		if (signal.aborted) {
			await reader.cancel();
			throw new ImportCancelled();
		}
		const { value, done: end } = await reader.read();
		if (end) break;
		out.set(value, done);
		done += value.length;
		onProgress({ phase: 'lesen', done, total: file.size });
	}
	return out.subarray(0, done);
}
