import { todayIso } from '$lib/format';
import { KpiData } from './data.svelte';
import { KpiRecords } from './records.svelte';
import { buildReport } from './report';
import { KpiView } from './view.svelte';

/** What /kennzahlen and /bericht share: seed data, own records, Stichtag/period in the URL, the model. */
export class KpiPage {
	data = new KpiData();
	records = new KpiRecords();
	view: KpiView;

	constructor(path: '/kennzahlen' | '/bericht') {
		this.view = new KpiView(path);
	}

	model = $derived.by(() => {
		const { data, records, view } = this;
		return data.seed && view.ready && records.ready
			? buildReport(data.seed, records.records, view.stichtag, view.zeitraum, todayIso())
			: undefined;
	});

	/** Call once in the browser (onMount). */
	open(): void {
		void this.data.load();
		void this.records.open();
	}
}
