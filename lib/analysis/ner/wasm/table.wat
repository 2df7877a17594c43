;; The tagger's numeric core in WebAssembly: the model's feature table, the per-tag sums of a document's tokens,
;; Viterbi and the forward-backward lattice. Why WebAssembly: a page's analysis runs once in a fresh process or
;; page, and in JavaScript about half of a cold tag was V8's optimising compiler working on these loops. WebAssembly
;; is compiled in one quick pass and runs at full speed from its first call. Every operation is the one the
;; JavaScript reference does (integer sums, the same float operations in the same order), so scores and tags are
;; the same to the bit; tests/analysis/ner-wasm.test.ts checks it. Part 1 of 3 (table.wat, scores.wat, decode.wat),
;; assembled as one module by scripts/ner/build-wasm.mjs.
;;
;; Memory (the host lays it out, wasm-core.ts): START u32[65537] at 0 (first key of each top 16 bits), then the
;; keys, the int8 weights (9 a feature), transitions and their factors (f64), a 9-slot sum, then one document's
;; arrays (all i32 or f64). Tags: 9 (O, B/I of PER ORG LOC MISC).
;; This part: the memory, hashing, the feature table and the per-tag sums of one feature.

  (memory (export "mem") 5)
  (global $keys (mut i32) (i32.const 0))
  (global $w (mut i32) (i32.const 0))
  (global $trans (mut i32) (i32.const 0))
  (global $sum (mut i32) (i32.const 0))
  (global $padPrev (mut i32) (i32.const 0))
  (global $padNext (mut i32) (i32.const 0))
  ;; a document's arrays: per token, per distinct word (id), per lower-case word, and the outputs
  (global $ids (mut i32) (i32.const 0)) (global $tcap (mut i32) (i32.const 0)) (global $init (mut i32) (i32.const 0))
  (global $title (mut i32) (i32.const 0))
  (global $nck (mut i32) (i32.const 0))
  (global $scored (mut i32) (i32.const 0))
  (global $shape (mut i32) (i32.const 0)) (global $lh (mut i32) (i32.const 0)) (global $cap (mut i32) (i32.const 0))
  (global $chr (mut i32) (i32.const 0)) (global $lid (mut i32) (i32.const 0)) (global $len (mut i32) (i32.const 0))
  (global $count (mut i32) (i32.const 0))
  (global $capMid (mut i32) (i32.const 0))
  (global $lows (mut i32) (i32.const 0))
  (global $needed (mut i32) (i32.const 0))
  (global $aff (mut i32) (i32.const 0))
  (global $sums (mut i32) (i32.const 0))
  (global $emit (mut i32) (i32.const 0))


  ;; hash.ts: MurmurHash3's finaliser, feature() and feature2()
  (func $fmix (param $h i32) (result i32)
    (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))) (i32.const 0x85ebca6b)))
    (local.set $h (i32.mul (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))) (i32.const 0xc2b2ae35)))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
  (func $nz (param $h i32) (result i32) (select (local.get $h) (i32.const 1) (local.get $h)))
  (func $f1 (param $t i32) (param $v i32) (result i32)
    (call $nz (call $fmix (i32.xor (local.get $v) (i32.mul (i32.add (local.get $t) (i32.const 1)) (i32.const 0x9e3779b1))))))
  (func $f2 (param $t i32) (param $a i32) (param $b i32) (result i32)
    (call $nz (call $fmix
      (i32.xor (i32.xor (i32.mul (call $fmix (i32.xor (local.get $a) (i32.const 0x27d4eb2f))) (i32.const 31)) (local.get $b))
        (i32.mul (i32.add (local.get $t) (i32.const 1)) (i32.const 0x9e3779b1))))))

  ;; The keys from their byte planes of differences (at $planes), and the START index.
  (func (export "init") (param $count i32) (param $planes i32) (param $keys i32) (param $w i32) (param $trans i32)
    (param $sum i32) (param $padPrev i32) (param $padNext i32)
    (local $k i32) (local $key i32) (local $top i32) (local $v i32) (local $p i32)
    (global.set $keys (local.get $keys)) (global.set $w (local.get $w)) (global.set $trans (local.get $trans))
    (global.set $sum (local.get $sum))
    (global.set $padPrev (local.get $padPrev))
    (global.set $padNext (local.get $padNext))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
      (local.set $p (i32.add (local.get $planes) (local.get $k)))
      (local.set $key (i32.add (local.get $key) (i32.or (i32.or (i32.load8_u (local.get $p))
        (i32.shl (i32.load8_u (i32.add (local.get $p) (local.get $count))) (i32.const 8)))
        (i32.or (i32.shl (i32.load8_u (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 1)))) (i32.const 16))
          (i32.shl (i32.load8_u (i32.add (local.get $p) (i32.mul (local.get $count) (i32.const 3)))) (i32.const 24))))))
      (i32.store (i32.add (local.get $keys) (i32.shl (local.get $k) (i32.const 2))) (local.get $key))
      (local.set $top (i32.shr_u (local.get $key) (i32.const 16)))
      (if (i32.ge_u (local.get $top) (local.get $v)) (then
        (call $fill (local.get $v) (i32.add (local.get $top) (i32.const 1)) (local.get $k))
        (local.set $v (i32.add (local.get $top) (i32.const 1)))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $next)))
    (call $fill (local.get $v) (i32.const 65537) (local.get $count)))
  (func $fill (param $from i32) (param $to i32) (param $x i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
      (i32.store (i32.shl (local.get $from) (i32.const 2)) (local.get $x))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (br $next))))

  ;; Row of a feature hash, or -1 (model.ts FeatureTable.row)
  (func $row (export "row") (param $h i32) (result i32)
    (local $p i32) (local $end i32) (local $key i32)
    (local.set $p (i32.shl (i32.shr_u (local.get $h) (i32.const 16)) (i32.const 2)))
    (local.set $end (i32.add (global.get $keys) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 2))))
    (local.set $p (i32.add (global.get $keys) (i32.shl (i32.load (local.get $p)) (i32.const 2))))
    (block $none (loop $next
      (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $key (i32.load (local.get $p)))
      (if
        (i32.eq (local.get $key) (local.get $h))
        (then (return (i32.shr_u (i32.sub (local.get $p) (global.get $keys)) (i32.const 2)))))
      (br_if $none (i32.gt_u (local.get $key) (local.get $h)))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br $next)))
    (i32.const -1))

  ;; Adds the weights of feature hash $h to the 9 i32 at $dst (scores.ts addFeatures); unrolled, as is $addRow
  (func $add (param $dst i32) (param $h i32)
    (local $r i32)
    (local.set $r (call $row (local.get $h)))
    (if (i32.lt_s (local.get $r) (i32.const 0)) (then (return)))
    (local.set $r (i32.add (global.get $w) (i32.mul (local.get $r) (i32.const 9))))
    (i32.store offset=0
      (local.get $dst)
      (i32.add (i32.load offset=0 (local.get $dst)) (i32.load8_s offset=0 (local.get $r))))
    (i32.store offset=4
      (local.get $dst)
      (i32.add (i32.load offset=4 (local.get $dst)) (i32.load8_s offset=1 (local.get $r))))
    (i32.store offset=8
      (local.get $dst)
      (i32.add (i32.load offset=8 (local.get $dst)) (i32.load8_s offset=2 (local.get $r))))
    (i32.store offset=12
      (local.get $dst)
      (i32.add (i32.load offset=12 (local.get $dst)) (i32.load8_s offset=3 (local.get $r))))
    (i32.store offset=16
      (local.get $dst)
      (i32.add (i32.load offset=16 (local.get $dst)) (i32.load8_s offset=4 (local.get $r))))
    (i32.store offset=20
      (local.get $dst)
      (i32.add (i32.load offset=20 (local.get $dst)) (i32.load8_s offset=5 (local.get $r))))
    (i32.store offset=24
      (local.get $dst)
      (i32.add (i32.load offset=24 (local.get $dst)) (i32.load8_s offset=6 (local.get $r))))
    (i32.store offset=28
      (local.get $dst)
      (i32.add (i32.load offset=28 (local.get $dst)) (i32.load8_s offset=7 (local.get $r))))
    (i32.store offset=32 (local.get $dst) (i32.add (i32.load offset=32 (local.get $dst)) (i32.load8_s offset=8 (local.get $r)))))
  ;; Adds the 9 i32 at $src to the 9 at $dst
  (func $addRow (param $dst i32) (param $src i32)
    (i32.store offset=0
      (local.get $dst)
      (i32.add (i32.load offset=0 (local.get $dst)) (i32.load offset=0 (local.get $src))))
    (i32.store offset=4
      (local.get $dst)
      (i32.add (i32.load offset=4 (local.get $dst)) (i32.load offset=4 (local.get $src))))
    (i32.store offset=8
      (local.get $dst)
      (i32.add (i32.load offset=8 (local.get $dst)) (i32.load offset=8 (local.get $src))))
    (i32.store offset=12
      (local.get $dst)
      (i32.add (i32.load offset=12 (local.get $dst)) (i32.load offset=12 (local.get $src))))
    (i32.store offset=16
      (local.get $dst)
      (i32.add (i32.load offset=16 (local.get $dst)) (i32.load offset=16 (local.get $src))))
    (i32.store offset=20
      (local.get $dst)
      (i32.add (i32.load offset=20 (local.get $dst)) (i32.load offset=20 (local.get $src))))
    (i32.store offset=24
      (local.get $dst)
      (i32.add (i32.load offset=24 (local.get $dst)) (i32.load offset=24 (local.get $src))))
    (i32.store offset=28
      (local.get $dst)
      (i32.add (i32.load offset=28 (local.get $dst)) (i32.load offset=28 (local.get $src))))
    (i32.store offset=32 (local.get $dst) (i32.add (i32.load offset=32 (local.get $dst)) (i32.load offset=32 (local.get $src)))))

  (func (export "setDoc") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (global.set $ids (local.get 0)) (global.set $tcap (local.get 1)) (global.set $init (local.get 2))
    (global.set $title (local.get 3)) (global.set $nck (local.get 4)) (global.set $scored (local.get 5))
    (global.set $shape (local.get 6)) (global.set $lh (local.get 7)) (global.set $cap (local.get 8))
    (global.set $chr (local.get 9)) (global.set $lid (local.get 10)) (global.set $len (local.get 11))
    (global.set $count (local.get 12)) (global.set $capMid (local.get 13)) (global.set $lows (local.get 14))
    (global.set $needed (local.get 15)) (global.set $aff (local.get 16)) (global.set $sums (local.get 17))
    (global.set $emit (local.get 18)))
