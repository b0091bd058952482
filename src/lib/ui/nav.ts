export const NAV = [
	{ href: '/', label: 'Übersicht' },
	{ href: '/leerstand', label: 'Leerstand' },
	{ href: '/klima', label: 'Klima' },
	{ href: '/kennzahlen', label: 'Kennzahlen' },
	{ href: '/bericht', label: 'Bericht' },
	{ href: '/massnahmen', label: 'Maßnahmen' },
	{ href: '/daten', label: 'Daten' }
] as const;
