/** AGS from a 12-digit ARS: Land+RB+Kreis (5) + Gemeinde (3); the Verband digits are skipped. */
export function agsFromArs(ars: string): string {
	if (!/^\d{12}$/.test(ars)) throw new RangeError(`Ungültiger ARS: ${ars}`);
	return ars.slice(0, 5) + ars.slice(9, 12);
}
