// Package interop checks that the Parquet tables zhfacts writes load in
// DuckDB without casts: column names and order, types (TIMESTAMP rather than
// TIMESTAMP WITH TIME ZONE, DOUBLE, BOOLEAN, INTEGER[]), row counts, wall
// times and code point offsets. It is a separate module so the main module
// does not depend on DuckDB and cgo; everything is in its tests:
//
//	cd interop && go test ./...
package interop
