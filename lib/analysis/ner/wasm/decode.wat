;; The tagger core, part 3 of 3 (table.wat, scores.wat, decode.wat; assembled as one module by
;; scripts/ner/build-wasm.mjs): Viterbi and the forward-backward lattice (decode.ts).
  ;; decode.ts viterbi: the best tags (i32 at $tags) of n tokens with emission rows at $e. $back: n × 9 i32;
  ;; $score: n × 9 f64. An I- tag (even, > 0) follows only its B- tag or itself.
  (func (export "viterbi") (param $e i32) (param $n i32) (param $tags i32) (param $score i32) (param $back i32)
    (local $i i32)
    (local $b i32)
    (local $a i32)
    (local $to i32)
    (local $arg i32)
    (local $row i32)
    (local $best f64)
    (local $s f64)
    (if (i32.eqz (local.get $n)) (then (return)))
    (loop $first
      (f64.store (i32.add (local.get $score) (i32.shl (local.get $b) (i32.const 3)))
        (if (result f64) (i32.and (i32.ne (local.get $b) (i32.const 0)) (i32.eqz (i32.and (local.get $b) (i32.const 1)))) (then (f64.const -inf))
          (else (f64.add (f64.load (i32.add (global.get $trans) (i32.shl (local.get $b) (i32.const 3)))) (f64.load (i32.add (local.get $e) (i32.shl (local.get $b) (i32.const 3))))))))
      (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $first (i32.lt_u (local.get $b) (i32.const 9))))
    (local.set $i (i32.const 1))
    (block $done (loop $token
      (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $row (i32.mul (local.get $i) (i32.const 9)))
      (local.set $b (i32.const 0))
      (loop $tag
        (local.set $best (f64.const -inf)) (local.set $arg (i32.const 0))
        (local.set $a
          (select
            (i32.sub (local.get $b) (i32.const 1))
            (i32.const 0)
            (i32.and (i32.ne (local.get $b) (i32.const 0)) (i32.eqz (i32.and (local.get $b) (i32.const 1))))))
        (local.set $to
          (select
            (local.get $b)
            (i32.const 8)
            (i32.and (i32.ne (local.get $b) (i32.const 0)) (i32.eqz (i32.and (local.get $b) (i32.const 1))))))
        (loop $from
          (local.set $s (f64.add (f64.load (i32.add (local.get $score) (i32.shl (i32.add (i32.sub (local.get $row) (i32.const 9)) (local.get $a)) (i32.const 3))))
            (f64.load (i32.add (global.get $trans) (i32.shl (i32.add (i32.mul (i32.add (local.get $a) (i32.const 1)) (i32.const 9)) (local.get $b)) (i32.const 3))))))
          (if
            (f64.gt (local.get $s) (local.get $best))
            (then (local.set $best (local.get $s)) (local.set $arg (local.get $a))))
          (local.set $a (i32.add (local.get $a) (i32.const 1))) (br_if $from (i32.le_s (local.get $a) (local.get $to))))
        (f64.store (i32.add (local.get $score) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3)))
          (f64.add (local.get $best) (f64.load (i32.add (local.get $e) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3))))))
        (i32.store
          (i32.add (local.get $back) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 2)))
          (local.get $arg))
        (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $tag (i32.lt_u (local.get $b) (i32.const 9))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $token)))
    ;; the best last tag, then back
    (local.set $row (i32.mul (i32.sub (local.get $n) (i32.const 1)) (i32.const 9)))
    (local.set $best (f64.const -inf)) (local.set $arg (i32.const 0)) (local.set $b (i32.const 0))
    (loop $last
      (if (f64.gt (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3)))) (local.get $best)) (then
        (local.set $best (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3))))) (local.set $arg (local.get $b))))
      (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $last (i32.lt_u (local.get $b) (i32.const 9))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (i32.store (i32.add (local.get $tags) (i32.shl (local.get $i) (i32.const 2))) (local.get $arg))
    (block $done (loop $step
      (br_if $done (i32.le_s (local.get $i) (i32.const 0)))
      (local.set $arg
        (i32.load
          (i32.add
            (local.get $back)
            (i32.shl (i32.add (i32.mul (local.get $i) (i32.const 9)) (local.get $arg)) (i32.const 2)))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (i32.store (i32.add (local.get $tags) (i32.shl (local.get $i) (i32.const 2))) (local.get $arg))
      (br $step))))

  ;; decode.ts Lattice, in probability space. The host computes the exponentials (Math.exp, to the bit), between
  ;; "shift" and "sums": $le holds (emission - the row's max) / temperature, then its exponential.
  (global $fac (mut i32) (i32.const 0)) (global $le (mut i32) (i32.const 0)) (global $alpha (mut i32) (i32.const 0))
  (global $beta (mut i32) (i32.const 0)) (global $scale (mut i32) (i32.const 0)) (global $ln (mut i32) (i32.const 0))
  (func (export "setLattice") (param $fac i32) (param $le i32) (param $alpha i32) (param $beta i32) (param $scale i32)
    (global.set $fac (local.get $fac)) (global.set $le (local.get $le)) (global.set $alpha (local.get $alpha))
    (global.set $beta (local.get $beta)) (global.set $scale (local.get $scale)))
  (func (export "shift") (param $e i32) (param $n i32) (param $temp f64)
    (local $k i32) (local $t i32) (local $max f64)
    (global.set $ln (local.get $n))
    (block $done (loop $row
      (br_if $done (i32.ge_s (local.get $k) (i32.mul (local.get $n) (i32.const 9))))
      (local.set $max (f64.const -inf)) (local.set $t (i32.const 0))
      (loop $m (local.set $max (f64.max (local.get $max) (f64.load (i32.add (local.get $e) (i32.shl (i32.add (local.get $k) (local.get $t)) (i32.const 3))))))
        (local.set $t (i32.add (local.get $t) (i32.const 1))) (br_if $m (i32.lt_u (local.get $t) (i32.const 9))))
      (local.set $t (i32.const 0))
      (loop $x (f64.store (i32.add (global.get $le) (i32.shl (i32.add (local.get $k) (local.get $t)) (i32.const 3)))
          (f64.div (f64.sub (f64.load (i32.add (local.get $e) (i32.shl (i32.add (local.get $k) (local.get $t)) (i32.const 3)))) (local.get $max)) (local.get $temp)))
        (local.set $t (i32.add (local.get $t) (i32.const 1))) (br_if $x (i32.lt_u (local.get $t) (i32.const 9))))
      (local.set $k (i32.add (local.get $k) (i32.const 9)))
      (br $row))))
  ;; forward sums, each position scaled to sum to one; backward sums from token $from on
  (func (export "sums") (param $from i32)
    (local $n i32)
    (local $i i32)
    (local $row i32)
    (local $a i32)
    (local $b i32)
    (local $to i32)
    (local $s f64)
    (local $sum f64)
    (local $sc f64)
    (local.set $n (global.get $ln))
    (block $done (loop $fwd
      (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $row (i32.mul (local.get $i) (i32.const 9)))
      (local.set $sum (f64.const 0)) (local.set $b (i32.const 0))
      (loop $tag
        (local.set $s (f64.const 0))
        (if (i32.eqz (local.get $i))
          (then
            (local.set $s
              (f64.load
                (i32.add
                  (global.get $fac)
                  (i32.shl
                    (i32.add (i32.mul (i32.add (i32.const -1) (i32.const 1)) (i32.const 9)) (local.get $b))
                    (i32.const 3))))))
          (else
            (local.set $a
              (select
                (i32.sub (local.get $b) (i32.const 1))
                (i32.const 0)
                (i32.and (i32.ne (local.get $b) (i32.const 0)) (i32.eqz (i32.and (local.get $b) (i32.const 1))))))
            (local.set $to
              (select
                (local.get $b)
                (i32.const 8)
                (i32.and (i32.ne (local.get $b) (i32.const 0)) (i32.eqz (i32.and (local.get $b) (i32.const 1))))))
            (loop $from
              (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (i32.add (global.get $alpha) (i32.shl (i32.add (i32.sub (local.get $row) (i32.const 9)) (local.get $a)) (i32.const 3))))
                (f64.load (i32.add (global.get $fac) (i32.shl (i32.add (i32.mul (i32.add (local.get $a) (i32.const 1)) (i32.const 9)) (local.get $b)) (i32.const 3)))))))
              (local.set $a (i32.add (local.get $a) (i32.const 1))) (br_if $from (i32.le_s (local.get $a) (local.get $to))))))
        (local.set $s
          (f64.mul
            (local.get $s)
            (f64.load (i32.add (global.get $le) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3))))))
        (f64.store
          (i32.add (global.get $alpha) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3)))
          (local.get $s))
        (local.set $sum (f64.add (local.get $sum) (local.get $s)))
        (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $tag (i32.lt_u (local.get $b) (i32.const 9))))
      ;; sum || 1e-300: zero (either sign) and NaN are falsy
      (local.set $sc
        (select
          (local.get $sum)
          (f64.const 1e-300)
          (i32.and (f64.ne (local.get $sum) (f64.const 0)) (f64.eq (local.get $sum) (local.get $sum)))))
      (f64.store (i32.add (global.get $scale) (i32.shl (local.get $i) (i32.const 3))) (local.get $sc))
      (local.set $b (i32.const 0))
      (loop $div (f64.store (i32.add (global.get $alpha) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3)))
          (f64.div (f64.load (i32.add (global.get $alpha) (i32.shl (i32.add (local.get $row) (local.get $b)) (i32.const 3)))) (local.get $sc)))
        (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $div (i32.lt_u (local.get $b) (i32.const 9))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $fwd)))
    (local.set $a (i32.const 0))
    (loop $one (f64.store (i32.add (global.get $beta) (i32.shl (i32.add (i32.mul (i32.sub (local.get $n) (i32.const 1)) (i32.const 9)) (local.get $a)) (i32.const 3))) (f64.const 1))
      (local.set $a (i32.add (local.get $a) (i32.const 1))) (br_if $one (i32.lt_u (local.get $a) (i32.const 9))))
    (local.set $i (i32.sub (local.get $n) (i32.const 2)))
    (block $done (loop $bwd
      (br_if $done (i32.lt_s (local.get $i) (local.get $from)))
      (local.set $row (i32.mul (local.get $i) (i32.const 9)))
      (local.set $sc
        (f64.load (i32.add (global.get $scale) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 3)))))
      (local.set $a (i32.const 0))
      (loop $tag
        (local.set $s (f64.const 0)) (local.set $b (i32.const 0))
        (loop $to
          (if (i32.eqz (i32.and (i32.and (i32.ne (local.get $b) (i32.const 0)) (i32.eqz (i32.and (local.get $b) (i32.const 1))))
                (i32.and (i32.ne (local.get $b) (local.get $a)) (i32.ne (local.get $b) (i32.add (local.get $a) (i32.const 1)))))) (then
            (local.set $s (f64.add (local.get $s) (f64.mul (f64.mul (f64.load (i32.add (global.get $fac) (i32.shl (i32.add (i32.mul (i32.add (local.get $a) (i32.const 1)) (i32.const 9)) (local.get $b)) (i32.const 3))))
              (f64.load (i32.add (global.get $le) (i32.shl (i32.add (local.get $row) (i32.add (local.get $b) (i32.const 9))) (i32.const 3)))))
              (f64.load (i32.add (global.get $beta) (i32.shl (i32.add (local.get $row) (i32.add (local.get $b) (i32.const 9))) (i32.const 3)))))))))
          (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $to (i32.lt_u (local.get $b) (i32.const 9))))
        (f64.store
          (i32.add (global.get $beta) (i32.shl (i32.add (local.get $row) (local.get $a)) (i32.const 3)))
          (f64.div (local.get $s) (local.get $sc)))
        (local.set $a (i32.add (local.get $a) (i32.const 1))) (br_if $tag (i32.lt_u (local.get $a) (i32.const 9))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $bwd))))
  ;; Probability that tokens [first, last) are exactly one mention tagged begin, begin + 1, … (decode.ts spanProbability)
  (func (export "span") (param $first i32) (param $last i32) (param $begin i32) (result f64)
    (local $in i32) (local $prev i32) (local $k i32) (local $b i32) (local $p f64) (local $s f64)
    (local.set $in (i32.add (local.get $begin) (i32.const 1)))
    (local.set $p
      (f64.load
        (i32.add
          (global.get $alpha)
          (i32.shl (i32.add (i32.mul (local.get $first) (i32.const 9)) (local.get $begin)) (i32.const 3)))))
    (local.set $prev (local.get $begin))
    (local.set $k (i32.add (local.get $first) (i32.const 1)))
    (block $done (loop $next
      (br_if $done (i32.ge_s (local.get $k) (local.get $last)))
      (local.set $p (f64.mul (local.get $p) (f64.div (f64.mul (f64.load (i32.add (global.get $fac) (i32.shl (i32.add (i32.mul (i32.add (local.get $prev) (i32.const 1)) (i32.const 9)) (local.get $in)) (i32.const 3))))
        (f64.load (i32.add (global.get $le) (i32.shl (i32.add (i32.mul (local.get $k) (i32.const 9)) (local.get $in)) (i32.const 3))))) (f64.load (i32.add (global.get $scale) (i32.shl (local.get $k) (i32.const 3)))))))
      (local.set $prev (local.get $in))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $next)))
    (if (i32.lt_s (local.get $last) (global.get $ln)) (then
      (loop $tag
        (if (i32.ne (local.get $b) (local.get $in)) (then
          (local.set $s (f64.add (local.get $s) (f64.mul (f64.mul (f64.load (i32.add (global.get $fac) (i32.shl (i32.add (i32.mul (i32.add (local.get $prev) (i32.const 1)) (i32.const 9)) (local.get $b)) (i32.const 3))))
            (f64.load (i32.add (global.get $le) (i32.shl (i32.add (i32.mul (local.get $last) (i32.const 9)) (local.get $b)) (i32.const 3)))))
            (f64.load (i32.add (global.get $beta) (i32.shl (i32.add (i32.mul (local.get $last) (i32.const 9)) (local.get $b)) (i32.const 3)))))))))
        (local.set $b (i32.add (local.get $b) (i32.const 1))) (br_if $tag (i32.lt_u (local.get $b) (i32.const 9))))
      (local.set $p (f64.mul (local.get $p) (f64.div (local.get $s) (f64.load (i32.add (global.get $scale) (i32.shl (local.get $last) (i32.const 3)))))))))
    (f64.min (f64.const 1) (local.get $p)))
