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
