package dates

import (
	"strings"
	"time"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// timeOfDay reads what follows a day: a part of the day (下午), a clock
// time (3点半, 15时30分, 9:00) or both, and narrows day v to it. Without a
// clock time a daypart is its interval (明天上午 = 08:00-12:00). inRange says
// that the time is a range's right side, which makes 四点 a clock time.
func (s *scanner) timeOfDay(i int, day value, afterDate, inRange bool) (value, int, bool) {
	j := i
	var dp *dictionaries.DateWord
	fromRef := false
	if w, k := s.word(kindDaypart, j); w != nil {
		dp, j = w, k
	} else if afterDate && j > 0 {
		// 今晚, 昨晚: the dayref word carries its daypart.
		if w, k := s.word(kindDayRef, s.dayRefStart(i)); w != nil && k == i {
			dp, fromRef = s.t.dayparts[w.Ref], true
		}
	}
	h, mi, sec, g, k, ok := s.clock(j, dp != nil || afterDate || inRange)
	if !ok {
		if dp == nil || j == i && !afterDate {
			return value{}, 0, false
		}
		if (j == i+1 || dp.N[3] == 1) && (!afterDate || notDaypartAfter[s.at(j)]) {
			return value{}, 0, false // 晚会, 早于, 白天气温: one-character and dated dayparts need a date
		}
		if day.unresolved {
			return day, j, j > i
		}
		d0 := day.start
		out := span(d0.Add(time.Duration(dp.N[0])*time.Hour), d0.Add(time.Duration(dp.N[1])*time.Hour), gHour)
		out.relative = day.relative
		return out, j, j > i || fromRef
	}
	h = pmHour(dp, h)
	if day.unresolved {
		day.gran = g
		return day, k, true
	}
	t := day.start.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute + time.Duration(sec)*time.Second)
	out := unit(t, g)
	out.relative, out.point = day.relative, true
	if e := s.litAny(k, "许"); e >= 0 {
		out.qual, k = "approx", e
	}
	return out, k, true
}

// pmHour returns hour h read after daypart dp (nil for none): an hour below
// 12 after a part of the afternoon or evening is twelve hours later (下午3时
// is 15:00), and 12 after a part of the night, one that starts at 18:00 or
// later, is its midnight, the end of the day (晚上12点 is 24:00; 中午12点
// stays noon).
func pmHour(dp *dictionaries.DateWord, h int) int {
	switch {
	case dp == nil || dp.N[2] != 1:
		return h
	case h >= 1 && h < 12:
		return h + 12
	case h == 12 && dp.N[0] >= 18:
		return 24
	}
	return h
}

// notDaypartAfter are characters that make 早/晚/夜 after a date part of
// another word: 25日晚会, 3日早于, 5日夜校.
var notDaypartAfter = map[rune]bool{'于': true, '些': true, '点': true, '会': true, '餐': true, '饭': true, '宴': true, '报': true, '班': true, '校': true, '场': true, '已': true, '就': true, '先': true, '年': true, '期': true, '间': true, '稻': true, '市': true}

// dayRefStart returns where a dayref word (今晚) ending at i starts.
func (s *scanner) dayRefStart(i int) int {
	if i >= 2 {
		return i - 2
	}
	return 0
}

// clock reads 10点, 3点半, 3点一刻, 15时30分, 15时30分20秒, 9:00, 9:00:05.
// Loose forms (a Chinese numeral and 点, which is also "point") need
// context: a date or daypart before them (withContext), or 钟.
func (s *scanner) clock(i int, withContext bool) (h, mi, sec int, g gran, end int, ok bool) {
	h, j, ok := s.intIn(i, 0, 24)
	if !ok {
		return
	}
	ascii := isDigit(s.r[i])
	switch c := s.at(j); {
	case (c == ':' || c == '：') && ascii: // 19：30, with a full-width colon
		m, k, ok2 := s.intIn(j+1, 0, 59)
		if !ok2 || k != j+3 {
			return 0, 0, 0, 0, 0, false
		}
		mi, g, end = m, gMinute, k
		if s.at(k) == c {
			if sc, k2, ok3 := s.intIn(k+1, 0, 59); ok3 && k2 == k+3 {
				sec, g, end = sc, gSecond, k2
			}
		}
		return h, mi, sec, g, end, true
	case c == '点' || c == '时':
		j++
	default:
		return 0, 0, 0, 0, 0, false
	}
	g, end = gHour, j
	if e := s.lit(j, "钟"); e >= 0 {
		return h, 0, 0, gHour, e, true
	}
	switch {
	case s.lit(j, "半") >= 0:
		mi, g, end = 30, gMinute, j+1
	case s.lit(j, "一刻") >= 0:
		mi, g, end = 15, gMinute, j+2
	case s.lit(j, "三刻") >= 0:
		mi, g, end = 45, gMinute, j+2
	case s.lit(j, "整") >= 0:
		end = j + 1
	case (s.at(j) == '踏' || s.at(j) == '搭') && s.at(j+1) == '半':
		mi, g, end = 30, gMinute, j+2 // Cantonese 三點踏半
	default:
		k := j
		zero := s.at(k) == '零' || s.at(k) == '〇'
		if zero {
			k++
		}
		// Cantonese counts minutes in 字 of five, the numbers on the clock
		// face: 三點三, 三點踏三 and 三點三個字 are 3:15. Mandarin writes 3:03
		// as 三点零三 or 三点三分, so one Chinese digit alone after 点 reads
		// the Cantonese way.
		step := s.at(k) == '踏' || s.at(k) == '搭'
		if step {
			k++
		}
		if m, k2, ok2 := s.intIn(k, 1, 9); ok2 && !zero && k2 == k+1 && !isDigit(s.r[k]) && s.at(k2) != '分' && (withContext || step) {
			// The digit may begin the next word (十一点一直, 8点七夕):
			// then only the hour is written.
			if e := s.lit(k2, "个字"); e >= 0 {
				mi, g, end = 5*m, gMinute, e
			} else if c := s.at(k2); !isHan(c) || strings.ContainsRune(clockAfter, c) {
				mi, g, end = 5*m, gMinute, k2
			}
		} else if step {
			// 踏 without a number after it is no clock time
		} else if m, k2, ok2 := s.intIn(k, 0, 59); ok2 && (s.at(k2) == '分' || withContext || ascii) && !(s.at(k2) == '个' || s.at(k2) == '%') {
			mi, g, end = m, gMinute, k2
			if s.at(k2) == '分' {
				end = k2 + 1
				if sc, k3, ok3 := s.intIn(end, 0, 59); ok3 && s.at(k3) == '秒' {
					sec, g, end = sc, gSecond, k3+1
				}
			}
		}
	}
	if g == gHour && !withContext {
		// 10点 alone: only ASCII hours followed by 许/左右/整/钟 or
		// punctuation count; 三点 is as often "three points".
		c := s.at(end)
		if !ascii || isHan(c) && c != '许' && c != '左' && c != '至' && c != '到' && c != '前' && c != '后' && c != '起' {
			return 0, 0, 0, 0, 0, false
		}
	}
	if s.r[j-1] == '时' && g == gHour && s.at(end) == '间' {
		return 0, 0, 0, 0, 0, false // 一时间, 时间
	}
	return h, mi, sec, g, end, true
}

// clockAfter are the characters that may follow a clock time's last digit
// without beginning a word with it: 许, 左右, 到, 至, 前, 后, 起, 的, 开, 在.
const clockAfter = "许左到至前后起的开在"

// clockAlone reads a time of day with no date: the publication day (or the
// day of a range's left side).
func (s *scanner) clockAlone(i int, ctx *value) (value, int, gran, bool) {
	var day value
	switch {
	case ctx != nil && ctx.hasStart:
		day = unit(ymd(ctx.start.Year(), int(ctx.start.Month()), ctx.start.Day()), gDay)
		day.relative = ctx.relative
	case s.anchor != nil:
		day = s.publicationDay()
		day.relative = true
	default:
		day.typ, day.relative, day.unresolved = pipeline.Date, true, true
	}
	// After a time zone a bare hour is a clock time (北京时间18点开始的…).
	v, end, ok := s.timeOfDay(i, day, false, ctx != nil || s.zoneEndsAt(i))
	if !ok {
		return value{}, 0, gNone, false
	}
	v.clockOnly = ctx != nil && ctx.hasStart
	v.onPublicationDay = ctx == nil && s.anchor != nil && v.hasStart
	return v, end, gHour, true
}

// publicationDay returns the publication day as a unit, made on first use:
// clockAlone runs at nearly every numeral, and the date arithmetic cost
// more than the reading that mostly fails.
func (s *scanner) publicationDay() value {
	if !s.dayOK {
		a := *s.anchor
		s.day, s.dayOK = unit(ymd(a.Year(), int(a.Month()), a.Day()), gDay), true
	}
	return s.day
}
