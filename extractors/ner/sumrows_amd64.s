#include "textflag.h"
#include "go_asm.h"

// The even bytes of a 16-byte packed row: tags 0, 2, 4 and 6 of its first
// word and 7, 9 and 11 of its second (see tagsInFirst).
DATA evenBytes<>+0(SB)/8, $0x00ff00ff00ff00ff
DATA evenBytes<>+8(SB)/8, $0x00ff00ff00ff00ff
GLOBL evenBytes<>(SB), RODATA|NOPTR, $16

// ROW adds the packed row of feature k of the character at DI to the sums
// of all its bytes (X0) and of its even bytes (X1), in 64-bit lanes as
// sumRowsGo adds words; the index is tested against the number of rows.
#define ROW(k) \
	MOVL	(4*k)(DI), AX \
	CMPQ	AX, R9 \
	JAE	outside \
	SHLQ	$4, AX \
	MOVOU	(SI)(AX*1), X2 \
	PADDQ	X2, X0 \
	PAND	X5, X2 \
	PADDQ	X2, X1

// func sumRowsSSE2(rows *[rowWords]uint64, nrows int, feats *uint32, em *int32, n int) bool
TEXT ·sumRowsSSE2(SB), NOSPLIT, $0-41
	MOVQ	rows+0(FP), SI
	MOVQ	nrows+8(FP), R9
	MOVQ	feats+16(FP), DI
	MOVQ	em+24(FP), DX
	MOVQ	n+32(FP), CX
	MOVOU	evenBytes<>(SB), X5
	PXOR	X6, X6
	// The bias of a sum of numTemplates rows, in each 32-bit lane of X7.
	MOVL	$(const_numTemplates*const_maxWeight), AX
	MOVQ	AX, X7
	PSHUFL	$0, X7, X7

character:
	PXOR	X0, X0
	PXOR	X1, X1
	ROW(0)
	ROW(1)
	ROW(2)
	ROW(3)
	ROW(4)
	ROW(5)
	ROW(6)
	ROW(7)
	ROW(8)
	ROW(9)
	ROW(10)
	ROW(11)
	ROW(12)
	ROW(13)
	ROW(14)
	// The odd bytes' sums, all − even shifted down a byte, as in sumRowsGo:
	// X0 holds tags 1, 3, 5 and 8, 10, 12 in 16-bit lanes and X1 tags 0, 2,
	// 4, 6 and 7, 9, 11.
	PSUBQ	X1, X0
	PSRLQ	$8, X0
	// Interleaved, the lanes are in tag order: tags 0 to 6 in X2, 7 to 12
	// in X1, each followed by padding.
	MOVO	X1, X2
	PUNPCKLWL	X0, X2
	PUNPCKHWL	X0, X1
	// Widened to 32 bits and unbiased: tags 0–3 in X2, 4–7 in X3, 7–10 in
	// X1 and 11–12 in X4.
	MOVO	X2, X3
	PUNPCKLWL	X6, X2
	PUNPCKHWL	X6, X3
	MOVO	X1, X4
	PUNPCKLWL	X6, X1
	PUNPCKHWL	X6, X4
	PSUBL	X7, X2
	PSUBL	X7, X3
	PSUBL	X7, X1
	PSUBL	X7, X4
	// X3's last lane is padding; X1, stored after it, puts tag 7 there.
	MOVOU	X2, 0(DX)
	MOVOU	X3, 16(DX)
	MOVOU	X1, 28(DX)
	MOVQ	X4, 44(DX)
	ADDQ	$(4*const_numTemplates), DI
	ADDQ	$(4*const_NumTags), DX
	DECQ	CX
	JNZ	character
	MOVB	$1, ret+40(FP)
	RET

outside:
	MOVB	$0, ret+40(FP)
	RET
