/** Straight-line distances between places given by latitude and longitude (WGS 84 degrees). */

export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** The great-circle (haversine) distance in km: good to well under 1% for a city's distances. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKm(a.lat * RADIANS_PER_DEGREE, a.lng * RADIANS_PER_DEGREE, Math.cos(a.lat * RADIANS_PER_DEGREE), b.lat, b.lng);
}

/**
 * The same, for ranking: the first point in radians with its latitude's cosine worked out once,
 * the second in degrees. Allocates nothing.
 */
export function haversineKm(latA: number, lngA: number, cosLatA: number, latBDegrees: number, lngBDegrees: number): number {
  const latB = latBDegrees * RADIANS_PER_DEGREE;
  const sinHalfLat = Math.sin((latB - latA) / 2);
  const sinHalfLng = Math.sin((lngBDegrees * RADIANS_PER_DEGREE - lngA) / 2);
  const h = sinHalfLat * sinHalfLat + cosLatA * Math.cos(latB) * sinHalfLng * sinHalfLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Degrees to radians. */
export function toRadians(degrees: number): number {
  return degrees * RADIANS_PER_DEGREE;
}
