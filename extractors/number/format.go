package number

import (
	"math"
	"strconv"
)

// Max is the qualifier of an upper bound (近, 不到, 以下); the parser itself
// never sets it, the words around a numeral do.
const Max = "max"

// Ptr returns a pointer to Round(v), for the nullable value columns.
func Ptr(v float64) *float64 {
	v = Round(v)
	return &v
}

// Round removes binary noise from a computed value (45 + 0.6 + 0.08) by
// keeping 12 significant digits, more than any news figure carries.
func Round(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	if math.Abs(v) < 1e12 && v == math.Trunc(v) {
		// A whole number of at most 12 digits has no noise, and the
		// scaling below would give it back exactly: skip the logarithm.
		return v
	}
	p := math.Pow(10, 12-math.Ceil(math.Log10(math.Abs(v))))
	if math.IsInf(p, 0) || p == 0 {
		return v
	}
	r := math.Round(v*p) / p
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}

// Qualify is the value and qualifier of a numeral (value, lo..hi, read by
// the parser with qualifier q) with the qualifier written before it and the
// one written after it ("" for none), as money and quantities read them. One
// word, or two that agree, is the qualifier; two that disagree make the value
// approx (约300元以上 → ~300). A word before a range says only what the range
// says already (约2到3万元 → 20000..30000), so a range takes the word after it
// alone (QualifyRange): 约2到3倍以上 is >2, as 2到3倍以上 is.
func Qualify(value, lo, hi float64, q, before, after string) (float64, string) {
	if q == Range {
		if after == "" {
			return value, Range
		}
		return QualifyRange(lo, hi, after)
	}
	switch {
	case before == "":
		before = after
	case after != "" && after != before:
		before = Approx
	}
	if before == "" {
		return value, q
	}
	return value, before
}

// QualifyRange is the value and qualifier of a range lo..hi with a qualifier
// written after it: 左右 makes the whole range approx, value the lower end
// and both ends kept (115%到125%左右 → ~115, 115..125); 以上 a min at the
// lower end (2--3倍以上 → >2), since what is more than the range is more than
// its lower end; 以下 a max at the upper end. Another qualifier leaves the
// range a range.
func QualifyRange(lo, hi float64, qualifier string) (float64, string) {
	switch qualifier {
	case Approx, Min:
		return lo, qualifier
	case Max:
		return hi, Max
	}
	return lo, Range
}

// JoinRange is the value and qualifier of the range lo..hi whose second end,
// written second, was read with qualifier q, of which after is the part the
// word written after it gave ("" for none). An exact second end makes a
// range; a qualifier the second end has from a word after it is the whole
// range's (QualifyRange: 700元—800元左右, 2%到3%以上); one from anywhere else
// joins nothing (ok false).
func JoinRange(lo, hi float64, q, after string) (value float64, qualifier string, ok bool) {
	if q != Exact && q != after {
		return 0, "", false
	}
	value, qualifier = QualifyRange(lo, hi, after)
	return value, qualifier, true
}

// Format writes v in plain decimal notation without exponent or trailing
// zeros: 870000000, 0.3, 45.68.
func Format(v float64) string {
	var buf [32]byte
	return string(appendFormat(buf[:0], v))
}

// appendFormat appends Format(v) to b. Most values are whole, which
// strconv.AppendInt writes as strconv.AppendFloat would, at a fraction of
// the cost; -0 is left to AppendFloat, which keeps its sign.
func appendFormat(b []byte, v float64) []byte {
	if v = Round(v); v != 0 && math.Abs(v) < 1<<53 && v == math.Trunc(v) {
		return strconv.AppendInt(b, int64(v), 10)
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// Bounds gives the value_min and value_max columns of a value lo..hi with its
// qualifier, as money and quantities write them: both ends for exact values
// and ranges, one end for min and max, the parser's interval for vague
// counts (几十 → 20..90) and none for other approximate values.
func Bounds(value, lo, hi float64, qualifier string) (*float64, *float64) {
	switch qualifier {
	case Min:
		return Ptr(value), nil
	case Max:
		return nil, Ptr(value)
	case Approx:
		if lo == hi {
			return nil, nil
		}
	}
	return Ptr(lo), Ptr(hi)
}

// Canonical is the normalized string of a value with its qualifier, as the
// mentions.normalized column holds it: "870000000" (exact), "~300" (approx),
// ">500" (min: more than or at least), "<3000000" (max: less than or at most)
// and "3000000..5000000" (range). A non-empty unit follows after a space:
// "870000000 CNY", "7000 km".
func Canonical(value, lo, hi float64, qualifier, unit string) string {
	// Written into one buffer on the stack and made a string once, where
	// joining strings allocated each part.
	var buf [64]byte
	b := buf[:0]
	switch qualifier {
	case Approx:
		b = appendFormat(append(b, '~'), value)
	case Min:
		b = appendFormat(append(b, '>'), value)
	case Max:
		b = appendFormat(append(b, '<'), value)
	case Range:
		b = appendFormat(append(appendFormat(b, lo), ".."...), hi)
	default:
		b = appendFormat(b, value)
	}
	if unit != "" {
		b = append(append(b, ' '), unit...)
	}
	return string(b)
}
