package facts

// Helpers for the external tests in golden_test.go, which run the whole
// default pipeline (package extractors imports this one, so they cannot live
// in package facts).
var (
	CheckFacts = checkFacts
	Format     = format
)
