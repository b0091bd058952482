export type Flag = 'real' | 'estimate' | 'sample' | 'user';

export interface ColumnMeta {
	name: string;
	type: 'text' | 'int' | 'float' | 'bool';
	description: string;
}

export interface DatasetMeta {
	name: string;
	file: string;
	format: 'arrow' | 'geojson';
	rows: number;
	bytes: number;
	sha256: string;
	title: string;
	source: string;
	licence: string;
	reference_date: string;
	flag: Flag;
	derived?: string;
	columns: ColumnMeta[];
}

export interface Manifest {
	generated_by: string;
	attribution: string;
	datasets: DatasetMeta[];
}
