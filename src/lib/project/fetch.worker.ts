/**
 * Fetches one URL and posts back status and body. Runs in a dedicated worker because Chromium logs
 * every 4xx/5xx response of a page's own fetch as a console error, but not those of a worker: an
 * absent Datenstand (404) is the normal case and must stay silent.
 */
self.onmessage = async (e: MessageEvent<string>) => {
	try {
		// no-cache: revalidate with the server (If-None-Match / ETag), 304 answers from the HTTP cache
		const res = await fetch(e.data, { cache: 'no-cache' });
		const body = res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
		const msg = { status: res.status, type: res.headers.get('content-type') ?? '', body };
		self.postMessage(msg, body ? { transfer: [body.buffer] } : undefined);
	} catch (err) {
		self.postMessage({ status: 0, type: '', body: null, error: String(err) });
	}
};
