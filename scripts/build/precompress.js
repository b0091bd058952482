/**
 * Precompressed assets: the build writes `<file>.br` and `<file>.gz` next to every compressible file
 * of the static site (wasm, JS, CSS, HTML, JSON, Arrow, GeoJSON, CSV, SVG); `vite preview` serves
 * them with the right Content-Encoding. A plain web server does the same with nginx `gzip_static` /
 * `brotli_static` or Apache rewrite rules (README, "Betrieb").
 *
 * Plain JavaScript because svelte.config.js imports it.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set(Object.keys(CONTENT_TYPES));
/** Below this size compression gains less than a request header costs. */
const MIN_BYTES = 512;
/**
 * Brotli's best quality takes ~5 min for the 34 MB DuckDB wasm on one core; quality 9 takes ~20 s and
 * is 12 % larger. Results are cached by content, so each file is compressed once per machine.
 */
const BROTLI_MAX_FOR_BYTES = 2 * 1024 * 1024;
const CACHE = join(import.meta.dirname, '../../node_modules/.cache/atlas-precompress');

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** @param {string} dir */
async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name)))
		.map((e) => join(e.parentPath, e.name));
}

/**
 * @param {Buffer} input
 * @param {'br' | 'gz'} format
 */
async function compressCached(input, format) {
	const quality = input.length <= BROTLI_MAX_FOR_BYTES ? 11 : 9;
	const key = createHash('sha256').update(input).digest('hex');
	const cached = join(CACHE, `${key}.${format}${format === 'br' ? quality : ''}`);
	if (existsSync(cached)) return readFileSync(cached);
	const output =
		format === 'br'
			? await brotli(input, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length
					}
				})
			: await gzip(input, { level: 9 });
	mkdirSync(CACHE, { recursive: true });
	writeFileSync(cached, output);
	return output;
}

/**
 * Writes `.br` and `.gz` beside each compressible file in `dir` (only where smaller).
 * @param {string} dir
 * @returns {Promise<{ files: number, bytes: number, br: number, gz: number }>}
 */
export async function precompress(dir) {
	const files = await listFiles(dir);
	const total = { files: 0, bytes: 0, br: 0, gz: 0 };
	// two at a time: zlib runs in the thread pool, the machine has few cores
	const queue = [...files];
	const work = async () => {
		for (let file = queue.pop(); file; file = queue.pop()) {
			const input = readFileSync(file);
			if (input.length < MIN_BYTES) continue;
			total.files++;
			total.bytes += input.length;
			for (const format of /** @type {const} */ (['br', 'gz'])) {
				const output = await compressCached(input, format);
				if (output.length >= input.length) continue;
				writeFileSync(`${file}.${format}`, output);
				total[format] += output.length;
			}
		}
	};
	await Promise.all([work(), work()]);
	return total;
}

/**
 * adapter-static plus precompression of everything it wrote (its own `precompress` option skips
 * Arrow and GeoJSON).
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} dir the adapter's output directory
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withPrecompression(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const t = Date.now();
			const r = await precompress(dir);
			const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(1);
			builder.log.info(
				`Precompressed ${r.files} files (${mb(r.bytes)} MB → br ${mb(r.br)} MB, gz ${mb(r.gz)} MB) in ${((Date.now() - t) / 1000).toFixed(1)} s`
			);
		}
	};
}

/**
 * `vite preview`: answers with `<file>.br` / `<file>.gz` from the static build when the browser
 * accepts it; everything else goes on to SvelteKit's preview server unchanged.
 * @param {string} dir the adapter's output directory
 * @returns {import('vite').Plugin}
 */
export function precompressedPreview(dir) {
	return {
		name: 'atlas-precompressed-preview',
		configurePreviewServer(server) {
			const root = normalize(join(process.cwd(), dir));
			server.middlewares.use((req, res, next) => {
				if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return next();
				const accepted = String(req.headers['accept-encoding'] ?? '');
				let path;
				try {
					path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
				} catch {
					return next();
				}
				const file = resolveFile(root, path);
				if (!file) return next();
				const type = CONTENT_TYPES[extname(file)];
				if (!type) return next();
				for (const [encoding, suffix] of [
					['br', '.br'],
					['gzip', '.gz']
				]) {
					if (!accepted.includes(encoding) || !existsSync(file + suffix)) continue;
					const stat = statSync(file + suffix);
					const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
					/** @type {Record<string, string>} */
					const headers = {
						'content-type': type,
						'content-encoding': encoding,
						vary: 'Accept-Encoding',
						etag,
						'cache-control': path.startsWith('/_app/immutable/')
							? 'public, max-age=31536000, immutable'
							: 'no-cache'
					};
					if (req.headers['if-none-match'] === etag) {
						res.writeHead(304, headers);
						return void res.end();
					}
					res.writeHead(200, { ...headers, 'content-length': String(stat.size) });
					if (req.method === 'HEAD') return void res.end();
					return void createReadStream(file + suffix).pipe(res);
				}
				next();
			});
		}
	};
}

/**
 * The file a static host would serve for `path` (`/a` → a.html, `/a/` → a/index.html), or undefined.
 * @param {string} root
 * @param {string} path
 */
function resolveFile(root, path) {
	const base = normalize(join(root, path));
	if (base !== root && !base.startsWith(root + sep)) return undefined;
	const candidates = path.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`];
	return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}
