;; The forecast's inner loops over a batch's runs (see batchPasses.ts, which calls them).
;; Two runs per instruction (f64x2): the same operations as the scalar passes, so the same
;; dates, run by run. Arrays are byte offsets into the exported memory; a row of a batch holds
;; an even count of runs, so `$n` (the runs rounded up to even) never reads past its row, and
;; what a padding lane computes is never read.
;; Assembled by `npm run build:kernel` into kernelWasm.ts; test/unit/forecast/kernel.test.ts
;; checks that the two agree.
(module
  (memory (export "memory") 1)

  ;; dst = src + lag: a task's first bound from one predecessor.
  (func (export "boundFirst") (param $dst i32) (param $src i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst) (f64x2.add (v128.load (local.get $src)) (local.get $l)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; dst = max(dst, src + lag): each further predecessor's bound (also the project end, lag 0).
  (func (export "boundMax") (param $dst i32) (param $src i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst)
        (f64x2.max (v128.load (local.get $dst)) (f64x2.add (v128.load (local.get $src)) (local.get $l))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; dst = min(dst, src − lag): each successor's bound on a late finish.
  (func (export "lateMin") (param $dst i32) (param $src i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst)
        (f64x2.min (v128.load (local.get $dst)) (f64x2.sub (v128.load (local.get $src)) (local.get $l))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; lf = min(lf, late − lag + (ef − es)): a successor bound on the task's start.
  (func (export "lateMinFromStart") (param $lf i32) (param $late i32) (param $es i32) (param $ef i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $lf) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $lf)
        (f64x2.min (v128.load (local.get $lf))
          (f64x2.add (f64x2.sub (v128.load (local.get $late)) (local.get $l))
            (f64x2.sub (v128.load (local.get $ef)) (v128.load (local.get $es))))))
      (local.set $lf (i32.add (local.get $lf) (i32.const 16)))
      (local.set $late (i32.add (local.get $late) (i32.const 16)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $lf) (local.get $end)))))

  ;; start = max(start, finish − duration): a finish bound as a start bound.
  (func (export "finishAsStart") (param $start i32) (param $finish i32) (param $duration i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $start) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $start)
        (f64x2.max (v128.load (local.get $start)) (f64x2.sub (v128.load (local.get $finish)) (v128.load (local.get $duration)))))
      (local.set $start (i32.add (local.get $start) (i32.const 16)))
      (local.set $finish (i32.add (local.get $finish) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $start) (local.get $end)))))

  ;; es = at, ef = at + duration: an open task that nothing before it binds.
  (func (export "openAt") (param $es i32) (param $ef i32) (param $duration i32) (param $at f64) (param $n i32)
    (local $end i32) (local $start v128)
    (local.set $start (f64x2.splat (local.get $at)))
    (local.set $end (i32.add (local.get $es) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $es) (local.get $start))
      (v128.store (local.get $ef) (f64x2.add (local.get $start) (v128.load (local.get $duration))))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $es) (local.get $end)))))

  ;; An open task after its predecessors' bound: start at max(floor, bound), or at `resume` (the
  ;; status date's day; −∞ without one) when that is later; the kind of what set the start.
  (func (export "openAfter")
    (param $es i32) (param $ef i32) (param $duration i32) (param $bound i32) (param $kind i32)
    (param $floor f64) (param $resume f64) (param $floorKind i32) (param $predecessor i32) (param $statusDate i32) (param $n i32)
    (local $end i32) (local $b v128) (local $plan v128) (local $late v128) (local $start v128) (local $from v128)
    (local.set $end (i32.add (local.get $es) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $b (v128.load (local.get $bound)))
      (local.set $plan (f64x2.max (f64x2.splat (local.get $floor)) (local.get $b)))
      (local.set $late (f64x2.lt (local.get $plan) (f64x2.splat (local.get $resume))))
      (local.set $start (v128.bitselect (f64x2.splat (local.get $resume)) (local.get $plan) (local.get $late)))
      (local.set $from (f64x2.ge (local.get $b) (f64x2.splat (local.get $floor))))
      (v128.store (local.get $es) (local.get $start))
      (v128.store (local.get $ef) (f64x2.add (local.get $start) (v128.load (local.get $duration))))
      (i32.store8 (local.get $kind)
        (select (local.get $statusDate)
          (select (local.get $predecessor) (local.get $floorKind) (i64.ne (i64x2.extract_lane 0 (local.get $from)) (i64.const 0)))
          (i64.ne (i64x2.extract_lane 0 (local.get $late)) (i64.const 0))))
      (i32.store8 offset=1 (local.get $kind)
        (select (local.get $statusDate)
          (select (local.get $predecessor) (local.get $floorKind) (i64.ne (i64x2.extract_lane 1 (local.get $from)) (i64.const 0)))
          (i64.ne (i64x2.extract_lane 1 (local.get $late)) (i64.const 0))))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (local.set $bound (i32.add (local.get $bound) (i32.const 16)))
      (local.set $kind (i32.add (local.get $kind) (i32.const 2)))
      (br_if $run (i32.lt_u (local.get $es) (local.get $end)))))

  ;; endDay = max(endDay, shown finish) for a task that is never an instant: ef − 1 when it has
  ;; length, else es (finishDay with no shift).
  (func (export "countFinish") (param $endDay i32) (param $es i32) (param $ef i32) (param $n i32)
    (local $end i32) (local $s v128) (local $f v128)
    (local.set $end (i32.add (local.get $endDay) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $s (v128.load (local.get $es)))
      (local.set $f (v128.load (local.get $ef)))
      (v128.store (local.get $endDay)
        (f64x2.max (v128.load (local.get $endDay))
          (v128.bitselect (f64x2.sub (local.get $f) (f64x2.splat (f64.const 1))) (local.get $s) (f64x2.gt (local.get $f) (local.get $s)))))
      (local.set $endDay (i32.add (local.get $endDay) (i32.const 16)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $endDay) (local.get $end)))))

  ;; dst = min(dst, at): a deadline.
  (func (export "capAt") (param $dst i32) (param $at f64) (param $n i32)
    (local $end i32) (local $cap v128)
    (local.set $cap (f64x2.splat (local.get $at)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst) (f64x2.min (v128.load (local.get $dst)) (local.get $cap)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; ls = lf − (ef − es).
  (func (export "lateStart") (param $ls i32) (param $lf i32) (param $es i32) (param $ef i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $ls) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $ls)
        (f64x2.sub (v128.load (local.get $lf)) (f64x2.sub (v128.load (local.get $ef)) (v128.load (local.get $es)))))
      (local.set $ls (i32.add (local.get $ls) (i32.const 16)))
      (local.set $lf (i32.add (local.get $lf) (i32.const 16)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $ls) (local.get $end)))))

  ;; The forecast's random numbers: xoshiro128** (Blackman and Vigna), 32-bit integer arithmetic
  ;; only, so a seed gives the same numbers on every machine; its state is this instance's.
  (global $a (mut i32) (i32.const 0))
  (global $b (mut i32) (i32.const 0))
  (global $c (mut i32) (i32.const 0))
  (global $d (mut i32) (i32.const 0))

  (func (export "seedRandom") (param $a i32) (param $b i32) (param $c i32) (param $d i32)
    (global.set $a (local.get $a))
    (global.set $b (local.get $b))
    (global.set $c (local.get $c))
    (global.set $d (local.get $d)))

  ;; into[0 … count − 1] = the next numbers, uniform in [0, 1) in steps of 2⁻³².
  (func (export "fillUniform") (param $into i32) (param $count i32)
    (local $end i32) (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $t i32)
    (local.set $end (i32.add (local.get $into) (i32.shl (local.get $count) (i32.const 3))))
    (local.set $a (global.get $a))
    (local.set $b (global.get $b))
    (local.set $c (global.get $c))
    (local.set $d (global.get $d))
    (block $done
      (br_if $done (i32.ge_u (local.get $into) (local.get $end)))
      (loop $next
        (f64.store (local.get $into)
          (f64.mul
            (f64.convert_i32_u (i32.mul (i32.rotl (i32.mul (local.get $b) (i32.const 5)) (i32.const 7)) (i32.const 9)))
            (f64.const 0x1p-32)))
        (local.set $t (i32.shl (local.get $b) (i32.const 9)))
        (local.set $c (i32.xor (local.get $c) (local.get $a)))
        (local.set $d (i32.xor (local.get $d) (local.get $b)))
        (local.set $b (i32.xor (local.get $b) (local.get $c)))
        (local.set $a (i32.xor (local.get $a) (local.get $d)))
        (local.set $c (i32.xor (local.get $c) (local.get $t)))
        (local.set $d (i32.rotl (local.get $d) (i32.const 11)))
        (local.set $into (i32.add (local.get $into) (i32.const 8)))
        (br_if $next (i32.lt_u (local.get $into) (local.get $end)))))
    (global.set $a (local.get $a))
    (global.set $b (local.get $b))
    (global.set $c (local.get $c))
    (global.set $d (local.get $d)))

  ;; values = the Beta-PERT quantiles of the uniforms (one every `$stride` bytes) on [a, b], by
  ;; linear interpolation in the shape's table of `$last` + 1 quantiles (distributions.ts).
  (func (export "drawPert") (param $values i32) (param $uniforms i32) (param $stride i32) (param $table i32) (param $last i32)
    (param $a f64) (param $b f64) (param $n i32)
    (local $end i32) (local $at f64) (local $i i32) (local $q0 f64) (local $q1 f64)
    (local.set $end (i32.add (local.get $values) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $at (f64.mul (f64.load (local.get $uniforms)) (f64.convert_i32_u (local.get $last))))
      (local.set $i (i32.trunc_f64_u (local.get $at)))
      (if (i32.gt_u (local.get $i) (i32.sub (local.get $last) (i32.const 1)))
        (then (local.set $i (i32.sub (local.get $last) (i32.const 1)))))
      (local.set $q0 (f64.load (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $q1 (f64.load offset=8 (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3)))))
      (f64.store (local.get $values)
        (f64.add (local.get $a)
          (f64.mul (f64.sub (local.get $b) (local.get $a))
            (f64.add (local.get $q0)
              (f64.mul (f64.sub (local.get $at) (f64.convert_i32_u (local.get $i))) (f64.sub (local.get $q1) (local.get $q0)))))))
      (local.set $values (i32.add (local.get $values) (i32.const 8)))
      (local.set $uniforms (i32.add (local.get $uniforms) (local.get $stride)))
      (br_if $run (i32.lt_u (local.get $values) (local.get $end)))))

  ;; values = the triangular quantiles of the uniforms on a ≤ m ≤ b, a < b (distributions.ts).
  (func (export "drawTriangular") (param $values i32) (param $uniforms i32) (param $stride i32)
    (param $a f64) (param $m f64) (param $b f64) (param $n i32)
    (local $end i32) (local $u f64) (local $width f64)
    (local.set $width (f64.sub (local.get $b) (local.get $a)))
    (local.set $end (i32.add (local.get $values) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $u (f64.load (local.get $uniforms)))
      (f64.store (local.get $values)
        (if (result f64) (f64.lt (f64.mul (local.get $u) (local.get $width)) (f64.sub (local.get $m) (local.get $a)))
          (then (f64.add (local.get $a) (f64.sqrt (f64.mul (f64.mul (local.get $u) (local.get $width)) (f64.sub (local.get $m) (local.get $a))))))
          (else (f64.sub (local.get $b) (f64.sqrt (f64.mul (f64.mul (f64.sub (f64.const 1) (local.get $u)) (local.get $width)) (f64.sub (local.get $b) (local.get $m))))))))
      (local.set $values (i32.add (local.get $values) (i32.const 8)))
      (local.set $uniforms (i32.add (local.get $uniforms) (local.get $stride)))
      (br_if $run (i32.lt_u (local.get $values) (local.get $end)))))

  ;; duration = the value rounded to whole days, halves up (Math.round); drawn = duration − planned.
  (func (export "roundDraws") (param $duration i32) (param $drawn i32) (param $values i32) (param $planned f64) (param $n i32)
    (local $end i32) (local $x v128) (local $f v128) (local $d v128)
    (local.set $end (i32.add (local.get $duration) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $x (v128.load (local.get $values)))
      (local.set $f (f64x2.floor (local.get $x)))
      (local.set $d (v128.bitselect (f64x2.add (local.get $f) (f64x2.splat (f64.const 1))) (local.get $f)
        (f64x2.ge (f64x2.sub (local.get $x) (local.get $f)) (f64x2.splat (f64.const 0.5)))))
      (v128.store (local.get $duration) (local.get $d))
      (v128.store (local.get $drawn) (f64x2.sub (local.get $d) (f64x2.splat (local.get $planned))))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (local.set $drawn (i32.add (local.get $drawn) (i32.const 16)))
      (local.set $values (i32.add (local.get $values) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $duration) (local.get $end)))))

  ;; For each of `$drivers` rows of draws (`$stride` bytes apart), adds Σx, Σx² and Σx·dy over the
  ;; first `$runs` runs to its three sums (24 bytes a driver): the correlations with the end.
  (func (export "correlate") (param $drawn i32) (param $stride i32) (param $dy i32) (param $sums i32) (param $drivers i32) (param $runs i32)
    (local $k i32) (local $r i32) (local $x f64) (local $sx f64) (local $sxx f64) (local $sxy f64) (local $row i32)
    (block $none
      (br_if $none (i32.eqz (local.get $drivers)))
      (loop $driver
        (local.set $row (i32.add (local.get $drawn) (i32.mul (local.get $k) (local.get $stride))))
        (local.set $sx (f64.const 0))
        (local.set $sxx (f64.const 0))
        (local.set $sxy (f64.const 0))
        (local.set $r (i32.const 0))
        (block $runsDone
          (br_if $runsDone (i32.eqz (local.get $runs)))
          (loop $run
            (local.set $x (f64.load (i32.add (local.get $row) (i32.shl (local.get $r) (i32.const 3)))))
            (local.set $sx (f64.add (local.get $sx) (local.get $x)))
            (local.set $sxx (f64.add (local.get $sxx) (f64.mul (local.get $x) (local.get $x))))
            (local.set $sxy (f64.add (local.get $sxy)
              (f64.mul (local.get $x) (f64.load (i32.add (local.get $dy) (i32.shl (local.get $r) (i32.const 3)))))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br_if $run (i32.lt_u (local.get $r) (local.get $runs)))))
        (f64.store (local.get $sums) (f64.add (f64.load (local.get $sums)) (local.get $sx)))
        (f64.store offset=8 (local.get $sums) (f64.add (f64.load offset=8 (local.get $sums)) (local.get $sxx)))
        (f64.store offset=16 (local.get $sums) (f64.add (f64.load offset=16 (local.get $sums)) (local.get $sxy)))
        (local.set $sums (i32.add (local.get $sums) (i32.const 24)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $driver (i32.lt_u (local.get $k) (local.get $drivers))))))

  ;; How many of the first `$runs` runs have no float (ls − es ≤ 0): exact, no padding lane.
  (func (export "countCritical") (param $ls i32) (param $es i32) (param $runs i32) (result i32)
    (local $end i32) (local $count i32)
    (local.set $end (i32.add (local.get $ls) (i32.shl (local.get $runs) (i32.const 3))))
    (block $done
      (br_if $done (i32.ge_u (local.get $ls) (local.get $end)))
      (loop $run
        (local.set $count (i32.add (local.get $count)
          (f64.le (f64.sub (f64.load (local.get $ls)) (f64.load (local.get $es))) (f64.const 0))))
        (local.set $ls (i32.add (local.get $ls) (i32.const 8)))
        (local.set $es (i32.add (local.get $es) (i32.const 8)))
        (br_if $run (i32.lt_u (local.get $ls) (local.get $end)))))
    (local.get $count))
)
