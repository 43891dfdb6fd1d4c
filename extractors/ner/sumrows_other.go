//go:build !amd64

package ner

// sumRows is sumRowsGo where there is no assembly version.
func sumRows(rows [][rowWords]uint64, feats []uint32, em []int32) { sumRowsGo(rows, feats, em) }
