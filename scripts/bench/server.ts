import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.geojson': 'application/geo+json',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8'
};
const COMPRESS = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.arrow',
	'.geojson'
]);

/**
 * A plain static server like a typical public-sector web host with `brotli_static`/`gzip_static`:
 * the build's precompressed `.br`/`.gz` files, gzip on the fly for files without them (generated
 * benchmark data under `/bench-data/*`), long caching for hashed assets.
 */
export function serveStatic(root: string, benchData: string, port: number): Promise<Server> {
	const gz = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		let path = decodeURIComponent(url.pathname);
		let base = root;
		if (path.startsWith('/bench-data/')) {
			base = benchData;
			path = path.slice('/bench-data'.length);
		}
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) return void res.writeHead(403).end();
		// /leerstand is build/leerstand.html beside the folder build/leerstand/ (its sub-routes)
		if (existsSync(file) && statSync(file).isDirectory())
			file = existsSync(join(file, 'index.html')) ? join(file, 'index.html') : `${file}.html`;
		if (!existsSync(file) && existsSync(file + '.html')) file += '.html';
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			return void res.end(
				existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : ''
			);
		}
		const ext = extname(file);
		const headers: Record<string, string> = {
			'content-type': TYPES[ext] ?? 'application/octet-stream'
		};
		headers['cache-control'] = file.includes('/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache';
		const accepted = String(req.headers['accept-encoding']);
		for (const [encoding, suffix] of [
			['br', '.br'],
			['gzip', '.gz']
		]) {
			if (!accepted.includes(encoding) || !existsSync(file + suffix)) continue;
			res.writeHead(200, {
				...headers,
				'content-encoding': encoding,
				vary: 'Accept-Encoding',
				'content-length': String(statSync(file + suffix).size)
			});
			return void createReadStream(file + suffix).pipe(res);
		}
		if (COMPRESS.has(ext) && accepted.includes('gzip')) {
			let body = gz.get(file);
			if (!body) gz.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
			res.writeHead(200, {
				...headers,
				'content-encoding': 'gzip',
				'content-length': String(body.length)
			});
			return void res.end(body);
		}
		res.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
