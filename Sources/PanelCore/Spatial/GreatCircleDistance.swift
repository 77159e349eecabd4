/// Great-circle distance on a sphere of radius 6371 km (libpysal's `RADIUS_EARTH_KM`) by the haversine formula,
/// matching libpysal `cg.sphere.harcdist` — what distance-based weights from latitude and longitude use.
public enum GreatCircleDistance {
    /// The sphere's radius in km (libpysal `RADIUS_EARTH_KM`).
    public static let earthRadiusKm = 6371.0

    /// Distance in km between two points given in decimal degrees (latitude in [−90, 90], longitude in
    /// [−180, 180] or any finite value). NaN when a coordinate is not finite.
    ///
    /// d = 2R asin √(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)), with the argument of asin clamped to 1.
    public static func kilometres(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        let radiansPerDegree = Elementary.halfPiHigh / 90
        let phi1 = latitude1 * radiansPerDegree, phi2 = latitude2 * radiansPerDegree
        let halfDeltaPhi = (latitude2 - latitude1) * radiansPerDegree * 0.5
        let halfDeltaLambda = (longitude2 - longitude1) * radiansPerDegree * 0.5
        let sinPhi = Elementary.sin(halfDeltaPhi), sinLambda = Elementary.sin(halfDeltaLambda)
        let h = sinPhi * sinPhi + Elementary.cos(phi1) * Elementary.cos(phi2) * sinLambda * sinLambda
        return 2 * earthRadiusKm * Elementary.asin(min(h, 1).squareRoot())
    }
}
