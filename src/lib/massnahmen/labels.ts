/** The catalogue's working groups (`ag`): `alle` marks entries for all groups. */
export const AG_LABEL: Record<string, string> = {
	Leerstand: 'AG Leerstand',
	Klima: 'AG Klima',
	WULIS: 'AG WULIS (Wohnen & Leben in der Stadt)',
	alle: 'AG-übergreifend'
};

/** A count in running text: „8 der AG Leerstand“, „1 AG-übergreifend“. */
export const agCount = (ag: string, n: string): string =>
	ag === 'alle' ? `${n} ${AG_LABEL.alle}` : `${n} der AG ${ag}`;
