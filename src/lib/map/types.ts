import type { Snippet } from 'svelte';
import type { Choropleth } from './choropleth';
import type { PreviewMarks } from './marks';
export type {
	ExpressionSpecification,
	StyleSpecification,
	CircleLayerSpecification,
	LineLayerSpecification
} from 'maplibre-gl';
export type FeatureCollection<G extends GeoJSON.Geometry = GeoJSON.Geometry> =
	GeoJSON.FeatureCollection<G>;

export interface MapView {
	center: [number, number];
	zoom: number;
}

/** Props of AtlasMap (see its header). */
export interface AtlasMapProps {
	choropleth?: Choropleth | null;
	/** a CSS length (e.g. '460px'); on phones at most ≈ 0,9 screen widths */
	height?: string;
	onselect?: (ags: string) => void;
	focus?: { ags?: string; kreis_ags?: string } | null;
	selected?: string | null;
	label: string;
	interactive?: boolean;
	showTable?: boolean;
	view?: MapView | null;
	onviewchange?: (v: MapView) => void;
	exportName?: string;
	/** build-time outlines until someone turns to the map (see Engagement), with `marks` drawn over them */
	preview?: boolean;
	marks?: PreviewMarks;
	children?: Snippet;
}
