package segment

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/go-ego/gse"
	"github.com/zhfacts/zhfacts/extractors/segment/gsedict"
)

var update = flag.Bool("update", false, "rewrite zh_s.dict.zst from gse's dictionary")

// TestCompiledFile checks that the embedded dictionary is what Compile
// makes of gse's: after a change to Compile, to the format or to the gse
// version, go test ./extractors/segment -update rewrites it.
func TestCompiledFile(t *testing.T) {
	seg, err := gsedict.Segmenter()
	if err != nil {
		t.Fatal(err)
	}
	want, err := Compile(seg).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("zh_s.dict.zst", compress(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	d, err := loadCompiled()
	if err != nil {
		t.Fatal(err)
	}
	got, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("zh_s.dict.zst (%d bytes decoded) is not Compile's dictionary (%d bytes): run go test ./extractors/segment -update", len(got), len(want))
	}
}

// FuzzUnmarshal feeds damaged dictionaries to UnmarshalBinary, which must
// fail or give a Dict that segments without reading out of bounds.
func FuzzUnmarshal(f *testing.F) {
	small := smallDict(f)
	f.Add(small)
	f.Add(small[:len(small)/2])
	f.Add([]byte(fileMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Dict
		if err := d.UnmarshalBinary(data); err != nil {
			return
		}
		dictWords(&d, new(buffer), "中国科学院成都生物研究所ABC 123，𠀀")
	})
}

// smallDict is a marshaled Dict of a few words.
func smallDict(tb testing.TB) []byte {
	tb.Helper()
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
	if err := seg.LoadDictStr("中国 100 ns\n中国科学院 20 nt\n科学 50 n\n研究所 30 n\n成都 40 ns\n𠀀 1 n\n"); err != nil {
		tb.Fatal(err)
	}
	b, err := Compile(seg).MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestMarshalRoundTrip(t *testing.T) {
	b := smallDict(t)
	var d Dict
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	again, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, b) {
		t.Fatal("a dictionary marshaled, read and marshaled again changed")
	}
	var buf buffer
	if got := dictWords(&d, &buf, "中国科学院成都研究所"); strings.Join(got, " ") != "0-15/nt 15-21/ns 21-30/n" {
		t.Errorf("words %v", got)
	}
	for _, bad := range [][]byte{nil, b[:len(b)-1], append(bytes.Clone(b), 0), []byte("zhfacts segment dict\x02")} {
		if err := new(Dict).UnmarshalBinary(bad); err == nil {
			t.Errorf("%d damaged bytes read without error", len(bad))
		}
	}
}
