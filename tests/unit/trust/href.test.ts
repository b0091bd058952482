import { describe, expect, it } from 'vitest';
import { externalHref } from '../../../src/lib/ui/href';

describe('links from data', () => {
	it('only http(s) URLs become links', () => {
		expect(externalHref('https://kompass-thueringen.de/')).toBe('https://kompass-thueringen.de/');
		expect(externalHref(' http://example.org/a?b=1 ')).toBe('http://example.org/a?b=1');
		for (const bad of [
			'javascript:alert(1)',
			' JaVaScRiPt:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
			'//evil.example',
			'kein Link',
			'',
			null,
			undefined
		])
			expect(externalHref(bad)).toBeUndefined();
	});
});
