import { datasetMeta } from '$lib/data/files';
import { quelleText } from '$lib/map/export';
import { ESTIMATE_LABEL } from './filters';

/** Subtitle of exported Leerstand charts: Stand and data status („Schätzung“ or „amtlich“). */
export function leerstandSubtitle(datenstatus: string): string {
	const stand = datasetMeta('leerstand_schaetzung')?.reference_date ?? '15.05.2022';
	return datenstatus === 'amtlich'
		? `Stand: ${stand} · amtlich (Zensus 2022, Regionaltabelle)`
		: `Stand: ${stand} · „Schätzung“ – ${ESTIMATE_LABEL}, keine amtliche Gemeindetabelle`;
}

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
