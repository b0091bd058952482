import { quelleText } from '$lib/map/export';
import { ESTIMATE_LABEL } from './filters';

/** The Leerstand source line as plain text (charts, images, files). */
export function leerstandQuelleText(datenstatus: string, extra: string[] = []): string {
	if (datenstatus === 'amtlich')
		return `[amtlich] Quelle: © Statistische Ämter des Bundes und der Länder, Zensus 2022, Regionaltabelle Gebäude und Wohnungen (importiert), umgeschlüsselt auf den Gebietsstand 2025. Stand: 15.05.2022.`;
	return quelleText(
		['leerstand_schaetzung', ...extra],
		'estimate',
		`${ESTIMATE_LABEL} – keine amtliche Gemeindetabelle.`
	);
}
