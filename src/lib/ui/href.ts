/**
 * An external link from data (possibly imported by a user) as an href, or undefined: only http(s) URLs
 * become links; `javascript:`, `data:` and anything unparsable are shown as text.
 */
export function externalHref(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}
