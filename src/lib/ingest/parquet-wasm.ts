import type { ParquetReader } from './parquet';

let loaded: Promise<ParquetReader> | undefined;

/** parquet-wasm, loaded on first use in the browser; its wasm comes from our own origin. */
export function loadParquet(): Promise<ParquetReader> {
	loaded ??= Promise.all([
		import('parquet-wasm/esm'),
		import('parquet-wasm/esm/parquet_wasm_bg.wasm?url')
	]).then(async ([pq, wasm]) => {
		await pq.default({ module_or_path: wasm.default });
		return pq;
	});
	loaded.catch(() => (loaded = undefined));
	return loaded;
}
