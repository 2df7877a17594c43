;; The tagger core, part 2 of 3 (table.wat, scores.wat, decode.wat; assembled as one module by
;; scripts/ner/build-wasm.mjs): the per-tag sums of a document's tokens (scores.ts).

  ;; Per distinct word (and the padding, id $pad): 5 sums of 9 — own, as previous, next, second previous and
  ;; second next word (scores.ts wordSums). $aff: per word 6 i32, a count then up to 5 affix features.
  (func (export "wordSums") (param $pad i32) (param $words i32) (param $affixes i32)
    (local $id i32)
    (local $b i32)
    (local $sh i32)
    (local $h i32)
    (local $cap i32)
    (local $rep i32)
    (local $n i32)
    (local $j i32)
    (block $done (loop $next
      (br_if $done (i32.gt_u (local.get $id) (local.get $pad)))
      (if (i32.load (i32.add (global.get $needed) (i32.shl (local.get $id) (i32.const 2)))) (then
        (local.set $b (i32.add (global.get $sums) (i32.mul (local.get $id) (i32.const 180))))
        (if (i32.eq (local.get $id) (local.get $pad))
          (then
            (call $add (i32.add (local.get $b) (i32.const 36)) (call $f1 (i32.const 9) (global.get $padPrev)))
            (call $add (i32.add (local.get $b) (i32.const 72)) (call $f1 (i32.const 10) (global.get $padNext)))
            (if (local.get $words) (then
              (call $add (i32.add (local.get $b) (i32.const 36)) (call $f1 (i32.const 2) (global.get $padPrev)))
              (call $add (i32.add (local.get $b) (i32.const 72)) (call $f1 (i32.const 3) (global.get $padNext)))
              (call $add (i32.add (local.get $b) (i32.const 108)) (call $f1 (i32.const 4) (global.get $padPrev)))
              (call $add (i32.add (local.get $b) (i32.const 144)) (call $f1 (i32.const 5) (global.get $padNext))))))
          (else
            (local.set $sh (i32.load (i32.add (global.get $shape) (i32.shl (local.get $id) (i32.const 2)))))
            (local.set $h (i32.load (i32.add (global.get $lh) (i32.shl (local.get $id) (i32.const 2)))))
            (local.set $cap (i32.load (i32.add (global.get $cap) (i32.shl (local.get $id) (i32.const 2)))))
            (local.set $rep (select (i32.const 0)
              (call $repBucket (i32.load (i32.add (global.get $count) (i32.shl (i32.load (i32.add (global.get $lid) (i32.shl (local.get $id) (i32.const 2)))) (i32.const 2))))) (i32.eqz (local.get $cap))))
            (call $add (local.get $b) (call $f1 (i32.const 8) (local.get $sh)))
            (call $add (local.get $b) (call $f1 (i32.const 24)
              (i32.add (i32.shl (call $lenBucket (i32.load (i32.add (global.get $len) (i32.shl (local.get $id) (i32.const 2))))) (i32.const 3)) (local.get $cap))))
            (call $add
              (local.get $b)
              (call $f1 (i32.const 20) (i32.add (i32.shl (local.get $rep) (i32.const 3)) (local.get $cap))))
            (call $add (i32.add (local.get $b) (i32.const 36)) (call $f1 (i32.const 9) (local.get $sh)))
            (call $add (i32.add (local.get $b) (i32.const 72)) (call $f1 (i32.const 10) (local.get $sh)))
            (if (local.get $words) (then
              (call $add (local.get $b) (call $f1 (i32.const 1) (local.get $h)))
              (call $add (i32.add (local.get $b) (i32.const 36)) (call $f1 (i32.const 2) (local.get $h)))
              (call $add (i32.add (local.get $b) (i32.const 72)) (call $f1 (i32.const 3) (local.get $h)))
              (call $add (i32.add (local.get $b) (i32.const 108)) (call $f1 (i32.const 4) (local.get $h)))
              (call $add (i32.add (local.get $b) (i32.const 144)) (call $f1 (i32.const 5) (local.get $h)))))
            (if (local.get $affixes) (then
              (local.set $n
                (i32.load (i32.add (global.get $aff) (i32.shl (i32.mul (local.get $id) (i32.const 6)) (i32.const 2)))))
              (local.set $j (i32.const 0))
              (block $end (loop $more
                (br_if $end (i32.ge_u (local.get $j) (local.get $n)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (call $add
                  (local.get $b)
                  (i32.load
                    (i32.add
                      (global.get $aff)
                      (i32.shl (i32.add (i32.mul (local.get $id) (i32.const 6)) (local.get $j)) (i32.const 2)))))
                (br $more)))))))))
      (local.set $id (i32.add (local.get $id) (i32.const 1)))
      (br $next))))
  (func $repBucket (param $n i32) (result i32)
    (if (result i32) (i32.le_s (local.get $n) (i32.const 1)) (then (i32.const 0))
      (else (if (result i32) (i32.eq (local.get $n) (i32.const 2)) (then (i32.const 1))
        (else (select (i32.const 2) (i32.const 3) (i32.le_s (local.get $n) (i32.const 4))))))))
  (func $lenBucket (param $n i32) (result i32)
    (if (result i32) (i32.le_s (local.get $n) (i32.const 1)) (then (i32.const 1))
      (else (if (result i32) (i32.le_s (local.get $n) (i32.const 3)) (then (i32.const 2))
        (else (if (result i32) (i32.le_s (local.get $n) (i32.const 6)) (then (i32.const 3))
          (else (select (i32.const 4) (i32.const 5) (i32.le_s (local.get $n) (i32.const 10))))))))))

  ;; doc-stats.ts caseEvidence
  (func $evidence (param $caps i32) (param $lows i32) (param $cap i32) (param $initial i32) (result i32)
    (if (i32.eqz (local.get $cap)) (then (return (i32.const 0))))
    (if (i32.eq (local.get $cap) (i32.const 5)) (then (return (i32.const 5))))
    (if (i32.eq (local.get $cap) (i32.const 1))
      (then (local.set $lows (i32.sub (local.get $lows) (i32.const 1))))
      (else (if (i32.eqz (local.get $initial)) (then (local.set $caps (i32.sub (local.get $caps) (i32.const 1)))))))
    (if
      (i32.and (i32.le_s (local.get $caps) (i32.const 0)) (i32.le_s (local.get $lows) (i32.const 0)))
      (then (return (i32.const 0))))
    (if (i32.le_s (local.get $lows) (i32.const 0)) (then (return (i32.const 1))))
    (if (i32.le_s (local.get $caps) (i32.const 0)) (then (return (i32.const 4))))
    (select (i32.const 2) (i32.const 3) (i32.ge_s (local.get $caps) (local.get $lows))))

  ;; features.ts runPosition + 1 for token i of the sentence of n tokens from token $first
  (func $inRun (param $first i32) (param $n i32) (param $i i32) (result i32)
    (local $c i32)
    (if
      (i32.or (i32.lt_s (local.get $i) (i32.const 0)) (i32.ge_s (local.get $i) (local.get $n)))
      (then (return (i32.const 0))))
    (local.set $c
      (i32.load (i32.add (global.get $tcap) (i32.shl (i32.add (local.get $first) (local.get $i)) (i32.const 2)))))
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 2)) (i32.eq (local.get $c) (i32.const 3))) (i32.eq (local.get $c) (i32.const 6))))
  (func $run (param $first i32) (param $n i32) (param $i i32) (result i32)
    (local $a i32) (local $b i32) (local $pos i32) (local $len i32)
    (if (i32.eqz (call $inRun (local.get $first) (local.get $n) (local.get $i))) (then (return (i32.const 0))))
    (local.set $a (local.get $i)) (local.set $b (local.get $i))
    (block $x (loop $l (br_if $x (i32.eqz (call $inRun (local.get $first) (local.get $n) (i32.sub (local.get $a) (i32.const 1)))))
      (local.set $a (i32.sub (local.get $a) (i32.const 1))) (br $l)))
    (block $x (loop $l (br_if $x (i32.eqz (call $inRun (local.get $first) (local.get $n) (i32.add (local.get $b) (i32.const 1)))))
      (local.set $b (i32.add (local.get $b) (i32.const 1))) (br $l)))
    (local.set $pos (if (result i32) (i32.eq (local.get $a) (local.get $b)) (then (i32.const 0))
      (else (if (result i32) (i32.eq (local.get $i) (local.get $a)) (then (i32.const 1))
        (else (select (i32.const 3) (i32.const 2) (i32.eq (local.get $i) (local.get $b))))))))
    (local.set $len (i32.add (i32.sub (local.get $b) (local.get $a)) (i32.const 1)))
    (i32.add (i32.add (local.get $pos) (i32.shl (select (local.get $len) (i32.const 4) (i32.lt_s (local.get $len) (i32.const 4))) (i32.const 2)))
      (i32.const 1)))

  ;; name-chars.ts nameCharFeatures of a key
  (func $nameChars (param $key i32)
    (local $weak i32) (local $run i32) (local $bpn i32) (local $b i32)
    (local.set $weak (i32.rem_u (local.get $key) (i32.const 32)))
    (local.set $run (i32.rem_u (i32.shr_u (local.get $key) (i32.const 5)) (i32.const 32)))
    (local.set $bpn (i32.shr_u (local.get $key) (i32.const 10)))
    (local.set $b (i32.div_u (local.get $bpn) (i32.const 49)))
    (call $add (global.get $sum) (call $f1 (i32.const 70) (local.get $bpn)))
    (call $add
      (global.get $sum)
      (call $f1 (i32.const 71) (i32.add (i32.shl (local.get $run) (i32.const 3)) (local.get $b))))
    (call $add (global.get $sum) (call $f1 (i32.const 72) (local.get $weak)))
    (call $add (global.get $sum) (call $f1 (i32.const 73)
      (i32.add (i32.mul (i32.rem_u (i32.div_u (local.get $bpn) (i32.const 7)) (i32.const 7)) (i32.const 7)) (local.get $b))))
    (call $add (global.get $sum) (call $f1 (i32.const 74)
      (i32.add (i32.mul (local.get $b) (i32.const 7)) (i32.rem_u (local.get $bpn) (i32.const 7))))))

  ;; Emission rows (9 f64 a token, at $emit + 72 × token) of the sentence of tokens [first, last): a scored token's
  ;; sums times $inv, the others O alone (0, then -Infinity). scores.ts sentenceScores.
  (func (export "sentence") (param $first i32) (param $last i32) (param $pad i32) (param $words i32) (param $inv f64)
    (local $n i32) (local $i i32) (local $k i32) (local $id i32) (local $cap i32) (local $ini i32) (local $prev i32)
    (local $next i32) (local $x i32) (local $t i32) (local $out i32) (local $s i32) (local $sh i32) (local $h i32)
    (local $p i32) (local $nx i32) (local $l i32)
    (local.set $n (i32.sub (local.get $last) (local.get $first)))
    (block $done (loop $token
      (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $k (i32.add (local.get $first) (local.get $i)))
      (local.set $out (i32.add (global.get $emit) (i32.mul (local.get $k) (i32.const 72))))
      (if (i32.eqz (i32.load (i32.add (global.get $scored) (i32.shl (local.get $k) (i32.const 2)))))
        (then
          (f64.store (local.get $out) (f64.const 0))
          (local.set $t (i32.const 8))
          (loop $o (f64.store (i32.add (local.get $out) (local.get $t)) (f64.const -inf))
            (local.set $t (i32.add (local.get $t) (i32.const 8))) (br_if $o (i32.lt_u (local.get $t) (i32.const 72)))))
        (else
          (local.set $id (i32.load (i32.add (global.get $ids) (i32.shl (local.get $k) (i32.const 2)))))
          (local.set $cap (i32.load (i32.add (global.get $cap) (i32.shl (local.get $id) (i32.const 2)))))
          (local.set $ini (i32.load (i32.add (global.get $init) (i32.shl (local.get $k) (i32.const 2)))))
          (local.set $prev
            (select
              (i32.load (i32.add (global.get $ids) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 2))))
              (local.get $pad)
              (i32.gt_s (local.get $i) (i32.const 0))))
          (local.set $next (select (i32.load (i32.add (global.get $ids) (i32.shl (i32.add (local.get $k) (i32.const 1)) (i32.const 2)))) (local.get $pad)
            (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $n))))
          (local.set $s (global.get $sum))
          (i64.store (local.get $s) (i64.const 0)) (i64.store offset=8 (local.get $s) (i64.const 0))
          (i64.store offset=16 (local.get $s) (i64.const 0)) (i64.store offset=24 (local.get $s) (i64.const 0))
          (i32.store offset=32 (local.get $s) (i32.const 0))
          ;; the cached word sums: own, previous, next, second previous, second next
          (call $addRow (local.get $s) (call $part (local.get $id) (i32.const 0)))
          (call $addRow (local.get $s) (call $part (local.get $prev) (i32.const 1)))
          (call $addRow (local.get $s) (call $part (local.get $next) (i32.const 2)))
          (local.set $x
            (select
              (i32.load (i32.add (global.get $ids) (i32.shl (i32.sub (local.get $k) (i32.const 2)) (i32.const 2))))
              (local.get $pad)
              (i32.gt_s (local.get $i) (i32.const 1))))
          (call $addRow (local.get $s) (call $part (local.get $x) (i32.const 3)))
          (local.set $x (select (i32.load (i32.add (global.get $ids) (i32.shl (i32.add (local.get $k) (i32.const 2)) (i32.const 2)))) (local.get $pad)
            (i32.lt_s (i32.add (local.get $i) (i32.const 2)) (local.get $n))))
          (call $addRow (local.get $s) (call $part (local.get $x) (i32.const 4)))
          ;; place in the sentence and the document's case evidence
          (local.set $l (i32.load (i32.add (global.get $lid) (i32.shl (local.get $id) (i32.const 2)))))
          (call $add (local.get $s) (call $f1 (i32.const 0) (i32.const 0)))
          (call $add
            (local.get $s)
            (call $f1 (i32.const 18) (i32.add (i32.shl (local.get $cap) (i32.const 1)) (local.get $ini))))
          (call $add
            (local.get $s)
            (call $f1 (i32.const 21) (call $run (local.get $first) (local.get $n) (local.get $i))))
          (call $add
            (local.get $s)
            (call $f1 (i32.const 27) (i32.eq (local.get $i) (i32.sub (local.get $n) (i32.const 1)))))
          (call $add (local.get $s) (call $f1 (i32.const 25)
            (i32.add (i32.shl (i32.load (i32.add (global.get $title) (i32.shl (local.get $first) (i32.const 2)))) (i32.const 4)) (local.get $cap))))
          (call $add (local.get $s) (call $f1 (i32.const 19) (i32.add (i32.shl
            (call $evidence
              (i32.load (i32.add (global.get $capMid) (i32.shl (local.get $l) (i32.const 2))))
              (i32.load (i32.add (global.get $lows) (i32.shl (local.get $l) (i32.const 2))))
              (local.get $cap)
              (local.get $ini))
            (i32.const 3)) (local.get $cap))))
          ;; pairs: shapes, then words
          (local.set $sh (i32.load (i32.add (global.get $shape) (i32.shl (local.get $id) (i32.const 2)))))
          (call $add (local.get $s) (call $f2 (i32.const 11)
            (select (i32.load (i32.add (global.get $shape) (i32.shl (local.get $prev) (i32.const 2)))) (global.get $padPrev) (i32.gt_s (local.get $i) (i32.const 0))) (local.get $sh)))
          (call $add (local.get $s) (call $f2 (i32.const 12) (local.get $sh)
            (select (i32.load (i32.add (global.get $shape) (i32.shl (local.get $next) (i32.const 2)))) (global.get $padNext) (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $n)))))
          (if (local.get $words) (then
            (local.set $h (i32.load (i32.add (global.get $lh) (i32.shl (local.get $id) (i32.const 2)))))
            (local.set $p
              (select
                (i32.load (i32.add (global.get $lh) (i32.shl (local.get $prev) (i32.const 2))))
                (global.get $padPrev)
                (i32.gt_s (local.get $i) (i32.const 0))))
            (local.set $nx
              (select
                (i32.load (i32.add (global.get $lh) (i32.shl (local.get $next) (i32.const 2))))
                (global.get $padNext)
                (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $n))))
            (call $add (local.get $s) (call $f2 (i32.const 6) (local.get $p) (local.get $h)))
            (call $add (local.get $s) (call $f2 (i32.const 7) (local.get $h) (local.get $nx)))
            (call $add (local.get $s) (call $f2 (i32.const 22) (local.get $p) (local.get $cap)))
            (call $add (local.get $s) (call $f2 (i32.const 23) (local.get $nx) (local.get $cap)))
            (if (i32.load (i32.add (global.get $chr) (i32.shl (local.get $id) (i32.const 2)))) (then (call $charGrams (local.get $k) (local.get $i) (local.get $n) (local.get $p) (local.get $h) (local.get $nx))))))
          (if
            (i32.ge_s (i32.load (i32.add (global.get $nck) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 0))
            (then (call $nameChars (i32.load (i32.add (global.get $nck) (i32.shl (local.get $k) (i32.const 2)))))))
          (local.set $t (i32.const 0))
          (loop $o
            (f64.store (i32.add (local.get $out) (i32.shl (local.get $t) (i32.const 1)))
              (f64.mul (f64.convert_i32_s (i32.load (i32.add (local.get $s) (local.get $t)))) (local.get $inv)))
            (local.set $t (i32.add (local.get $t) (i32.const 4))) (br_if $o (i32.lt_u (local.get $t) (i32.const 36))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $token))))
  (func $part (param $id i32) (param $part i32) (result i32)
    (i32.add (global.get $sums) (i32.mul (i32.add (i32.mul (local.get $id) (i32.const 5)) (local.get $part)) (i32.const 36))))
  ;; features.ts charFeatures: Han and kana n-grams around token k (i in a sentence of n)
  (func $charGrams (param $k i32) (param $i i32) (param $n i32) (param $p i32) (param $h i32) (param $nx i32)
    (local $p2 i32) (local $n2 i32)
    ;; if, not select: a neighbour outside the sentence has no id to read
    (local.set $p2 (global.get $padPrev)) (local.set $n2 (global.get $padNext))
    (if (i32.gt_s (local.get $i) (i32.const 1))
      (then (local.set $p2 (i32.load (i32.add (global.get $lh) (i32.shl (i32.load (i32.add (global.get $ids) (i32.shl (i32.sub (local.get $k) (i32.const 2)) (i32.const 2)))) (i32.const 2)))))))
    (if (i32.lt_s (i32.add (local.get $i) (i32.const 2)) (local.get $n))
      (then (local.set $n2 (i32.load (i32.add (global.get $lh) (i32.shl (i32.load (i32.add (global.get $ids) (i32.shl (i32.add (local.get $k) (i32.const 2)) (i32.const 2)))) (i32.const 2)))))))
    (call $add
      (global.get $sum)
      (call $f2 (i32.const 26) (call $f2 (i32.const 26) (local.get $p) (local.get $h)) (local.get $nx)))
    (call $add (global.get $sum) (call $f2 (i32.const 28) (local.get $p2) (local.get $p)))
    (call $add (global.get $sum) (call $f2 (i32.const 29) (local.get $nx) (local.get $n2)))
    (call $add (global.get $sum) (call $f2 (i32.const 30) (local.get $p) (local.get $nx))))
