;; The forecast's runs (see batchPasses.ts and simulation.ts, which call this): the random
;; numbers, the draws, the forward and backward passes over the plan's network and the counts
;; the summary needs. Two runs per instruction (f64x2), with the same operations as the scalar
;; passes (schedule/passes.ts) in the same order, so the same dates, run by run. pmax/pmin are
;; their compare-and-keep (`if (b > a) a = b`) exactly. Arrays are byte offsets into the exported
;; memory; a row of a batch holds an even count of runs, so `$n` (the runs rounded up to even)
;; never reads past its row, and what a padding lane computes is never read.
;; Assembled by `npm run build:kernel` into kernelWasm.ts; test/unit/forecast/kernel.test.ts
;; checks that the two agree.
(module
  (memory (export "memory") 1)

  ;; dst = src + lag: a task's first bound from one predecessor.
  (func $boundFirst (export "boundFirst") (param $dst i32) (param $src i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst) (f64x2.add (v128.load (local.get $src)) (local.get $l)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; dst = max(dst, src + lag): each further predecessor's bound (also the project end, lag 0).
  (func $boundMax (export "boundMax") (param $dst i32) (param $src i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst)
        (f64x2.pmax (v128.load (local.get $dst)) (f64x2.add (v128.load (local.get $src)) (local.get $l))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; dst = min(dst, src − lag): each successor's bound on a late finish.
  (func $lateMin (param $dst i32) (param $src i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst)
        (f64x2.pmin (v128.load (local.get $dst)) (f64x2.sub (v128.load (local.get $src)) (local.get $l))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; lf = min(lf, late − lag + (ef − es)): a successor bound on the task's start.
  (func $lateMinFromStart (param $lf i32) (param $late i32) (param $es i32) (param $ef i32) (param $lag f64) (param $n i32)
    (local $end i32) (local $l v128)
    (local.set $l (f64x2.splat (local.get $lag)))
    (local.set $end (i32.add (local.get $lf) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $lf)
        (f64x2.pmin (v128.load (local.get $lf))
          (f64x2.add (f64x2.sub (v128.load (local.get $late)) (local.get $l))
            (f64x2.sub (v128.load (local.get $ef)) (v128.load (local.get $es))))))
      (local.set $lf (i32.add (local.get $lf) (i32.const 16)))
      (local.set $late (i32.add (local.get $late) (i32.const 16)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $lf) (local.get $end)))))

  ;; start = max(start, finish − duration): a finish bound as a start bound.
  (func $finishAsStart (export "finishAsStart") (param $start i32) (param $finish i32) (param $duration i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $start) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $start)
        (f64x2.pmax (v128.load (local.get $start)) (f64x2.sub (v128.load (local.get $finish)) (v128.load (local.get $duration)))))
      (local.set $start (i32.add (local.get $start) (i32.const 16)))
      (local.set $finish (i32.add (local.get $finish) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $start) (local.get $end)))))

  ;; es = at, ef = at + duration: an open task that nothing before it binds. With an $endDay (not
  ;; 0), its shown finish counts into each run's projected end, as countFinish does.
  (func $openAt (export "openAt") (param $es i32) (param $ef i32) (param $duration i32) (param $at f64) (param $endDay i32) (param $n i32)
    (local $end i32) (local $start v128) (local $finish v128)
    (local.set $start (f64x2.splat (local.get $at)))
    (local.set $end (i32.add (local.get $es) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $finish (f64x2.add (local.get $start) (v128.load (local.get $duration))))
      (v128.store (local.get $es) (local.get $start))
      (v128.store (local.get $ef) (local.get $finish))
      (if (local.get $endDay)
        (then
          (call $countPair (local.get $endDay) (local.get $start) (local.get $finish))
          (local.set $endDay (i32.add (local.get $endDay) (i32.const 16)))))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $es) (local.get $end)))))

  ;; endDay = max(endDay, shown finish) for two runs of a task that is never an instant: ef − 1
  ;; when it has length, else es (finishDay with no shift).
  (func $countPair (param $endDay i32) (param $es v128) (param $ef v128)
    (v128.store (local.get $endDay)
      (f64x2.pmax (v128.load (local.get $endDay))
        (v128.bitselect (f64x2.sub (local.get $ef) (f64x2.splat (f64.const 1))) (local.get $es) (f64x2.gt (local.get $ef) (local.get $es))))))

  ;; An open task after its predecessors' bound: start at max(floor, bound), or at `resume` (the
  ;; status date's day; −∞ without one) when that is later; the kind of what set the start.
  (func $openAfter (export "openAfter")
    (param $es i32) (param $ef i32) (param $duration i32) (param $bound i32) (param $kind i32)
    (param $floor f64) (param $resume f64) (param $floorKind i32) (param $endDay i32) (param $n i32)
    (local $end i32) (local $b v128) (local $plan v128) (local $late v128) (local $start v128) (local $from v128) (local $finish v128)
    (local.set $end (i32.add (local.get $es) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $b (v128.load (local.get $bound)))
      (local.set $plan (f64x2.pmax (f64x2.splat (local.get $floor)) (local.get $b)))
      (local.set $late (f64x2.lt (local.get $plan) (f64x2.splat (local.get $resume))))
      (local.set $start (v128.bitselect (f64x2.splat (local.get $resume)) (local.get $plan) (local.get $late)))
      (local.set $from (f64x2.ge (local.get $b) (f64x2.splat (local.get $floor))))
      (local.set $finish (f64x2.add (local.get $start) (v128.load (local.get $duration))))
      (v128.store (local.get $es) (local.get $start))
      (v128.store (local.get $ef) (local.get $finish))
      (if (local.get $endDay)
        (then
          (call $countPair (local.get $endDay) (local.get $start) (local.get $finish))
          (local.set $endDay (i32.add (local.get $endDay) (i32.const 16)))))
      (i32.store8 (local.get $kind)
        (select (global.get $STATUS_DATE)
          (select (global.get $PREDECESSOR) (local.get $floorKind) (i64.ne (i64x2.extract_lane 0 (local.get $from)) (i64.const 0)))
          (i64.ne (i64x2.extract_lane 0 (local.get $late)) (i64.const 0))))
      (i32.store8 offset=1 (local.get $kind)
        (select (global.get $STATUS_DATE)
          (select (global.get $PREDECESSOR) (local.get $floorKind) (i64.ne (i64x2.extract_lane 1 (local.get $from)) (i64.const 0)))
          (i64.ne (i64x2.extract_lane 1 (local.get $late)) (i64.const 0))))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (local.set $bound (i32.add (local.get $bound) (i32.const 16)))
      (local.set $kind (i32.add (local.get $kind) (i32.const 2)))
      (br_if $run (i32.lt_u (local.get $es) (local.get $end)))))

  ;; endDay = max(endDay, shown finish) for a task that is never an instant: ef − 1 when it has
  ;; length, else es (finishDay with no shift).
  (func $countFinish (export "countFinish") (param $endDay i32) (param $es i32) (param $ef i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $endDay) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (call $countPair (local.get $endDay) (v128.load (local.get $es)) (v128.load (local.get $ef)))
      (local.set $endDay (i32.add (local.get $endDay) (i32.const 16)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $endDay) (local.get $end)))))

  ;; dst = min(dst, at): a deadline.
  (func $capAt (param $dst i32) (param $at f64) (param $n i32)
    (local $end i32) (local $cap v128)
    (local.set $cap (f64x2.splat (local.get $at)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst) (f64x2.pmin (v128.load (local.get $dst)) (local.get $cap)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; ls = lf − (ef − es); returns how many of the first $runs runs have no float (ls − es ≤ 0).
  (func $lateStart (param $ls i32) (param $lf i32) (param $es i32) (param $ef i32) (param $n i32) (param $runs i32) (result i32)
    (local $end i32) (local $s v128) (local $late v128) (local $pairs v128) (local $lsRow i32) (local $esRow i32) (local $count i32)
    (local.set $lsRow (local.get $ls))
    (local.set $esRow (local.get $es))
    (local.set $end (i32.add (local.get $ls) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $s (v128.load (local.get $es)))
      (local.set $late (f64x2.sub (v128.load (local.get $lf)) (f64x2.sub (v128.load (local.get $ef)) (local.get $s))))
      (v128.store (local.get $ls) (local.get $late))
      ;; Each lane's mask is −1 where there is no float, so subtracting counts it.
      (local.set $pairs (i64x2.sub (local.get $pairs) (f64x2.le (f64x2.sub (local.get $late) (local.get $s)) (f64x2.splat (f64.const 0)))))
      (local.set $ls (i32.add (local.get $ls) (i32.const 16)))
      (local.set $lf (i32.add (local.get $lf) (i32.const 16)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $ls) (local.get $end))))
    (local.set $count (i32.wrap_i64 (i64.add (i64x2.extract_lane 0 (local.get $pairs)) (i64x2.extract_lane 1 (local.get $pairs)))))
    ;; The padding run, when the runs are odd, is not one.
    (if (i32.gt_u (local.get $n) (local.get $runs))
      (then (local.set $count (i32.sub (local.get $count)
        (f64.le (f64.sub (f64.load (i32.add (local.get $lsRow) (i32.shl (local.get $runs) (i32.const 3))))
          (f64.load (i32.add (local.get $esRow) (i32.shl (local.get $runs) (i32.const 3))))) (f64.const 0))))))
    (local.get $count))

  ;; ---- Whole passes over the plan's network: where its arrays and the batch's are (byte
  ;; offsets), set once per batch by the layout functions, and the codes of taskInputs.ts.
  (global $order (mut i32) (i32.const 0))
  (global $tasks (mut i32) (i32.const 0))
  (global $predStart (mut i32) (i32.const 0))
  (global $predFrom (mut i32) (i32.const 0))
  (global $predType (mut i32) (i32.const 0))
  (global $predLag (mut i32) (i32.const 0))
  (global $succStart (mut i32) (i32.const 0))
  (global $succTo (mut i32) (i32.const 0))
  (global $succType (mut i32) (i32.const 0))
  (global $succLag (mut i32) (i32.const 0))
  (global $states (mut i32) (i32.const 0))
  (global $floors (mut i32) (i32.const 0))
  (global $floorKinds (mut i32) (i32.const 0))
  (global $instants (mut i32) (i32.const 0))
  (global $deadlines (mut i32) (i32.const 0))
  (global $actualStarts (mut i32) (i32.const 0))
  (global $actualEnds (mut i32) (i32.const 0))
  (global $critical (mut i32) (i32.const 0))
  ;; Bytes of a task's row of numbers (runs per row × 8); its row of kinds is an eighth of that.
  (global $row (mut i32) (i32.const 0))
  (global $durations (mut i32) (i32.const 0))
  (global $remaining (mut i32) (i32.const 0))
  (global $es (mut i32) (i32.const 0))
  (global $ef (mut i32) (i32.const 0))
  (global $ls (mut i32) (i32.const 0))
  (global $lf (mut i32) (i32.const 0))
  (global $kinds (mut i32) (i32.const 0))
  (global $endDay (mut i32) (i32.const 0))
  (global $startBound (mut i32) (i32.const 0))
  (global $finishBound (mut i32) (i32.const 0))
  (global $projectEnd (mut i32) (i32.const 0))
  (global $OPEN (mut i32) (i32.const 0))
  (global $STARTED (mut i32) (i32.const 0))
  (global $DONE (mut i32) (i32.const 0))
  (global $CANCELLED (mut i32) (i32.const 0))
  (global $FROM_START (mut i32) (i32.const 0))
  (global $TO_FINISH (mut i32) (i32.const 0))
  (global $PREDECESSOR (mut i32) (i32.const 0))
  (global $STATUS_DATE (mut i32) (i32.const 0))
  (global $ACTUAL (mut i32) (i32.const 0))

  (func (export "setCodes") (param $open i32) (param $started i32) (param $done i32) (param $cancelled i32)
    (param $fromStart i32) (param $toFinish i32) (param $predecessor i32) (param $statusDate i32) (param $actual i32)
    (global.set $OPEN (local.get $open))
    (global.set $STARTED (local.get $started))
    (global.set $DONE (local.get $done))
    (global.set $CANCELLED (local.get $cancelled))
    (global.set $FROM_START (local.get $fromStart))
    (global.set $TO_FINISH (local.get $toFinish))
    (global.set $PREDECESSOR (local.get $predecessor))
    (global.set $STATUS_DATE (local.get $statusDate))
    (global.set $ACTUAL (local.get $actual)))

  ;; order and the pred/succ arrays as in Network (i32, u8 types, f64 lags); per task: state,
  ;; floor kind and may-be-instant bytes, floor and deadline f64, critical-run counts i32, actual
  ;; start and end f64.
  (func (export "layoutNetwork") (param $order i32) (param $tasks i32)
    (param $predStart i32) (param $predFrom i32) (param $predType i32) (param $predLag i32)
    (param $succStart i32) (param $succTo i32) (param $succType i32) (param $succLag i32)
    (param $states i32) (param $floors i32) (param $floorKinds i32) (param $instants i32) (param $deadlines i32) (param $critical i32)
    (param $actualStarts i32) (param $actualEnds i32)
    (global.set $order (local.get $order))
    (global.set $tasks (local.get $tasks))
    (global.set $predStart (local.get $predStart))
    (global.set $predFrom (local.get $predFrom))
    (global.set $predType (local.get $predType))
    (global.set $predLag (local.get $predLag))
    (global.set $succStart (local.get $succStart))
    (global.set $succTo (local.get $succTo))
    (global.set $succType (local.get $succType))
    (global.set $succLag (local.get $succLag))
    (global.set $states (local.get $states))
    (global.set $floors (local.get $floors))
    (global.set $floorKinds (local.get $floorKinds))
    (global.set $instants (local.get $instants))
    (global.set $deadlines (local.get $deadlines))
    (global.set $critical (local.get $critical))
    (global.set $actualStarts (local.get $actualStarts))
    (global.set $actualEnds (local.get $actualEnds)))

  (func (export "layoutRuns") (param $row i32) (param $durations i32) (param $remaining i32) (param $es i32) (param $ef i32)
    (param $ls i32) (param $lf i32) (param $kinds i32) (param $endDay i32) (param $startBound i32) (param $finishBound i32) (param $projectEnd i32)
    (global.set $row (local.get $row))
    (global.set $durations (local.get $durations))
    (global.set $remaining (local.get $remaining))
    (global.set $es (local.get $es))
    (global.set $ef (local.get $ef))
    (global.set $ls (local.get $ls))
    (global.set $lf (local.get $lf))
    (global.set $kinds (local.get $kinds))
    (global.set $endDay (local.get $endDay))
    (global.set $startBound (local.get $startBound))
    (global.set $finishBound (local.get $finishBound))
    (global.set $projectEnd (local.get $projectEnd)))

  ;; dst = value over a row.
  (func $fill (param $dst i32) (param $value f64) (param $n i32)
    (local $end i32) (local $v v128)
    (local.set $v (f64x2.splat (local.get $value)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst) (local.get $v))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; dst = src over a row. (memory.copy and memory.fill call out of the compiled code: slower for
  ;; rows this short.)
  (func $copyRow (param $dst i32) (param $src i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (v128.store (local.get $dst) (v128.load (local.get $src)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; A row of kinds (a byte a run) = kind, two runs at a time.
  (func $fillKinds (param $dst i32) (param $kind i32) (param $n i32)
    (local $end i32) (local $two i32)
    (local.set $two (i32.mul (local.get $kind) (i32.const 0x0101)))
    (local.set $end (i32.add (local.get $dst) (local.get $n)))
    (loop $run
      (i32.store16 (local.get $dst) (local.get $two))
      (local.set $dst (i32.add (local.get $dst) (i32.const 2)))
      (br_if $run (i32.lt_u (local.get $dst) (local.get $end)))))

  ;; The forward pass (batchPasses.ts `forward`) from order position $pos over tasks open, started
  ;; or done that are never instants; stops at the first other task and returns its position.
  (func $forwardTasks (export "forwardTasks") (param $pos i32) (param $resume f64) (param $withResume i32) (param $n i32) (result i32)
    (local $j i32) (local $e i32) (local $last i32) (local $i i32) (local $type i32) (local $from i32) (local $lag f64)
    (local $startSeen i32) (local $finishSeen i32) (local $floor f64) (local $floorKind i32) (local $at i32) (local $late i32)
    (local $state i32)
    (block $stop
      (loop $task
        (br_if $stop (i32.ge_u (local.get $pos) (global.get $tasks)))
        (local.set $j (i32.load (i32.add (global.get $order) (i32.shl (local.get $pos) (i32.const 2)))))
        (local.set $state (i32.load8_u (i32.add (global.get $states) (local.get $j))))
        (br_if $stop (i32.and (i32.and (i32.ne (local.get $state) (global.get $OPEN)) (i32.ne (local.get $state) (global.get $STARTED)))
          (i32.ne (local.get $state) (global.get $DONE))))
        (br_if $stop (i32.load8_u (i32.add (global.get $instants) (local.get $j))))
        (local.set $startSeen (i32.const 0))
        (local.set $finishSeen (i32.const 0))
        (local.set $e (i32.load (i32.add (global.get $predStart) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $last (i32.load offset=4 (i32.add (global.get $predStart) (i32.shl (local.get $j) (i32.const 2)))))
        (block $edgesDone
          (loop $edge
            (br_if $edgesDone (i32.ge_u (local.get $e) (local.get $last)))
            (local.set $i (i32.load (i32.add (global.get $predFrom) (i32.shl (local.get $e) (i32.const 2)))))
            (if (i32.ne (i32.load8_u (i32.add (global.get $states) (local.get $i))) (global.get $CANCELLED))
              (then
                (local.set $type (i32.load8_u (i32.add (global.get $predType) (local.get $e))))
                (local.set $from (i32.add
                  (select (global.get $es) (global.get $ef) (i32.and (local.get $type) (global.get $FROM_START)))
                  (i32.mul (local.get $i) (global.get $row))))
                (local.set $lag (f64.load (i32.add (global.get $predLag) (i32.shl (local.get $e) (i32.const 3)))))
                (if (i32.and (local.get $type) (global.get $TO_FINISH))
                  (then
                    (if (local.get $finishSeen)
                      (then (call $boundMax (global.get $finishBound) (local.get $from) (local.get $lag) (local.get $n)))
                      (else (call $boundFirst (global.get $finishBound) (local.get $from) (local.get $lag) (local.get $n))))
                    (local.set $finishSeen (i32.const 1)))
                  (else
                    (if (local.get $startSeen)
                      (then (call $boundMax (global.get $startBound) (local.get $from) (local.get $lag) (local.get $n)))
                      (else (call $boundFirst (global.get $startBound) (local.get $from) (local.get $lag) (local.get $n))))
                    (local.set $startSeen (i32.const 1))))))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (br $edge)))
        (local.set $floor (f64.load (i32.add (global.get $floors) (i32.shl (local.get $j) (i32.const 3)))))
        (local.set $floorKind (i32.load8_u (i32.add (global.get $floorKinds) (local.get $j))))
        (local.set $at (i32.mul (local.get $j) (global.get $row)))
        (if (i32.ne (local.get $state) (global.get $OPEN))
          (then
            (if (i32.eqz (local.get $startSeen))
              (then (call $fill (global.get $startBound) (f64.const -inf) (local.get $n))))
            (if (i32.eqz (local.get $finishSeen))
              (then (call $fill (global.get $finishBound) (f64.const -inf) (local.get $n))))
            (if (i32.eq (local.get $state) (global.get $STARTED))
              (then (call $placeStarted (local.get $j) (local.get $at) (local.get $floor) (local.get $resume) (local.get $n)))
              (else (call $placeDone (local.get $j) (local.get $at) (local.get $floor) (local.get $floorKind) (local.get $resume) (local.get $n))))
            (call $countFinish (global.get $endDay) (i32.add (global.get $es) (local.get $at)) (i32.add (global.get $ef) (local.get $at)) (local.get $n))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (br $task)))
        (if (i32.or (local.get $startSeen) (local.get $finishSeen))
          (then
            (if (i32.eqz (local.get $startSeen))
              (then (call $fill (global.get $startBound) (f64.const -inf) (local.get $n))))
            ;; A finish bound is a start bound once the run's duration is known.
            (if (local.get $finishSeen)
              (then (call $finishAsStart (global.get $startBound) (global.get $finishBound) (i32.add (global.get $durations) (local.get $at)) (local.get $n))))
            (call $openAfter (i32.add (global.get $es) (local.get $at)) (i32.add (global.get $ef) (local.get $at))
              (i32.add (global.get $durations) (local.get $at)) (global.get $startBound)
              (i32.add (global.get $kinds) (i32.shr_u (local.get $at) (i32.const 3)))
              (local.get $floor) (select (local.get $resume) (f64.const -inf) (local.get $withResume)) (local.get $floorKind) (global.get $endDay) (local.get $n)))
          (else
            ;; At its floor, or the status date's next day.
            (local.set $late (i32.and (local.get $withResume) (f64.gt (local.get $resume) (local.get $floor))))
            (call $openAt (i32.add (global.get $es) (local.get $at)) (i32.add (global.get $ef) (local.get $at))
              (i32.add (global.get $durations) (local.get $at)) (select (local.get $resume) (local.get $floor) (local.get $late)) (global.get $endDay) (local.get $n))
            (call $fillKinds (i32.add (global.get $kinds) (i32.shr_u (local.get $at) (i32.const 3)))
              (select (global.get $STATUS_DATE) (local.get $floorKind) (local.get $late)) (local.get $n))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (br $task)))
    (local.get $pos))

;; Work started (placeStarted in schedule/passes.ts): from its actual start, or the status date's
  ;; day before when it has none, to the status date plus the run's work left.
  (func $placeStarted (param $j i32) (param $at i32) (param $floor f64) (param $resume f64) (param $n i32)
    (local $es i32) (local $ef i32) (local $duration i32) (local $left i32) (local $sb i32) (local $fb i32) (local $end i32)
    (local $actual f64) (local $known i32) (local $fixed v128) (local $plan v128) (local $start v128) (local $finish v128)
    (local.set $es (i32.add (global.get $es) (local.get $at)))
    (local.set $ef (i32.add (global.get $ef) (local.get $at)))
    (local.set $duration (i32.add (global.get $durations) (local.get $at)))
    (local.set $left (i32.add (global.get $remaining) (local.get $at)))
    (local.set $sb (global.get $startBound))
    (local.set $fb (global.get $finishBound))
    (local.set $end (i32.add (local.get $es) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $actual (f64.load (i32.add (global.get $actualStarts) (i32.shl (local.get $j) (i32.const 3)))))
    (local.set $known (f64.eq (local.get $actual) (local.get $actual)))
    (local.set $fixed (f64x2.splat (select (local.get $actual) (f64.max (f64.const 0) (f64.sub (local.get $resume) (f64.const 1))) (local.get $known))))
    (loop $run
      (local.set $finish (v128.load (local.get $fb)))
      (local.set $plan (f64x2.pmax (f64x2.splat (local.get $floor))
        (f64x2.pmax (v128.load (local.get $sb)) (f64x2.sub (local.get $finish) (v128.load (local.get $duration))))))
      (local.set $start (select (result v128) (local.get $fixed) (f64x2.pmin (local.get $plan) (local.get $fixed)) (local.get $known)))
      (v128.store (local.get $es) (local.get $start))
      (v128.store (local.get $ef)
        (f64x2.pmax (f64x2.add (f64x2.pmax (local.get $start) (f64x2.splat (local.get $resume))) (v128.load (local.get $left))) (local.get $finish)))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (local.set $left (i32.add (local.get $left) (i32.const 16)))
      (local.set $sb (i32.add (local.get $sb) (i32.const 16)))
      (local.set $fb (i32.add (local.get $fb) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $es) (local.get $end))))
    (call $fillKinds (i32.add (global.get $kinds) (i32.shr_u (local.get $at) (i32.const 3)))
      (select (global.get $ACTUAL) (global.get $STATUS_DATE) (local.get $known)) (local.get $n)))

  ;; Work done (placeDone in schedule/passes.ts): on its actual dates when it has any, else as
  ;; planned but finished by the status date.
  (func $placeDone (param $j i32) (param $at i32) (param $floor f64) (param $floorKind i32) (param $resume f64) (param $n i32)
    (local $es i32) (local $ef i32) (local $duration i32) (local $sb i32) (local $fb i32) (local $end i32) (local $kind i32)
    (local $start f64) (local $finish f64) (local $d v128) (local $b v128) (local $plan v128) (local $done v128) (local $s v128)
    (local $from v128) (local $kinds v128)
    (local.set $es (i32.add (global.get $es) (local.get $at)))
    (local.set $ef (i32.add (global.get $ef) (local.get $at)))
    (local.set $duration (i32.add (global.get $durations) (local.get $at)))
    (local.set $kind (i32.add (global.get $kinds) (i32.shr_u (local.get $at) (i32.const 3))))
    (local.set $sb (global.get $startBound))
    (local.set $fb (global.get $finishBound))
    (local.set $end (i32.add (local.get $es) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $start (f64.load (i32.add (global.get $actualStarts) (i32.shl (local.get $j) (i32.const 3)))))
    (local.set $finish (f64.load (i32.add (global.get $actualEnds) (i32.shl (local.get $j) (i32.const 3)))))
    (if (i32.or (f64.eq (local.get $start) (local.get $start)) (f64.eq (local.get $finish) (local.get $finish)))
      (then
        (call $fillKinds (local.get $kind) (global.get $ACTUAL) (local.get $n))
        (loop $dated
          (local.set $d (v128.load (local.get $duration)))
          (if (f64.ne (local.get $finish) (local.get $finish))
            (then
              (v128.store (local.get $es) (f64x2.splat (local.get $start)))
              (v128.store (local.get $ef) (f64x2.pmax (f64x2.splat (local.get $start))
                (f64x2.pmin (f64x2.add (f64x2.splat (local.get $start)) (local.get $d)) (f64x2.splat (local.get $resume))))))
            (else
              (v128.store (local.get $es)
                (if (result v128) (f64.ne (local.get $start) (local.get $start))
                  (then (f64x2.sub (f64x2.splat (local.get $finish)) (local.get $d)))
                  (else (f64x2.splat (f64.min (local.get $start) (local.get $finish))))))
              (v128.store (local.get $ef) (f64x2.splat (local.get $finish)))))
          (local.set $es (i32.add (local.get $es) (i32.const 16)))
          (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
          (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
          (br_if $dated (i32.lt_u (local.get $es) (local.get $end))))
        (return)))
    (loop $run
      (local.set $d (v128.load (local.get $duration)))
      (local.set $b (f64x2.pmax (v128.load (local.get $sb)) (f64x2.sub (v128.load (local.get $fb)) (local.get $d))))
      (local.set $plan (f64x2.pmax (f64x2.splat (local.get $floor)) (local.get $b)))
      (local.set $done (f64x2.pmin (f64x2.add (local.get $plan) (local.get $d)) (f64x2.splat (f64.max (local.get $resume) (f64.const 0)))))
      (local.set $s (f64x2.pmin (local.get $plan) (f64x2.pmax (f64x2.sub (local.get $done) (local.get $d)) (f64x2.splat (f64.const 0)))))
      (v128.store (local.get $es) (local.get $s))
      (v128.store (local.get $ef) (local.get $done))
      ;; The kind: what set the start when it is the planned one, else the status date.
      (local.set $from (f64x2.ge (local.get $b) (f64x2.splat (local.get $floor))))
      (local.set $kinds (v128.bitselect
        (v128.bitselect (i64x2.splat (i64.extend_i32_u (global.get $PREDECESSOR))) (i64x2.splat (i64.extend_i32_u (local.get $floorKind))) (local.get $from))
        (i64x2.splat (i64.extend_i32_u (global.get $STATUS_DATE)))
        (f64x2.eq (local.get $s) (local.get $plan))))
      (i32.store8 (local.get $kind) (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $kinds))))
      (i32.store8 offset=1 (local.get $kind) (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $kinds))))
      (local.set $es (i32.add (local.get $es) (i32.const 16)))
      (local.set $ef (i32.add (local.get $ef) (i32.const 16)))
      (local.set $duration (i32.add (local.get $duration) (i32.const 16)))
      (local.set $sb (i32.add (local.get $sb) (i32.const 16)))
      (local.set $fb (i32.add (local.get $fb) (i32.const 16)))
      (local.set $kind (i32.add (local.get $kind) (i32.const 2)))
      (br_if $run (i32.lt_u (local.get $es) (local.get $end)))))

  ;; Each run's project end for the backward pass: the latest early finish of a task not
  ;; cancelled, 0 when there is none.
  (func $projectEndOf (export "projectEndOf") (param $n i32)
    (local $pos i32) (local $j i32) (local $at i32) (local $end i32) (local $v v128)
    (call $fill (global.get $projectEnd) (f64.const -inf) (local.get $n))
    (block $done
      (loop $task
        (br_if $done (i32.ge_u (local.get $pos) (global.get $tasks)))
        (local.set $j (i32.load (i32.add (global.get $order) (i32.shl (local.get $pos) (i32.const 2)))))
        (if (i32.ne (i32.load8_u (i32.add (global.get $states) (local.get $j))) (global.get $CANCELLED))
          (then (call $boundMax (global.get $projectEnd) (i32.add (global.get $ef) (i32.mul (local.get $j) (global.get $row))) (f64.const 0) (local.get $n))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (br $task)))
    (local.set $at (global.get $projectEnd))
    (local.set $end (i32.add (local.get $at) (i32.shl (local.get $n) (i32.const 3))))
    (loop $run
      (local.set $v (v128.load (local.get $at)))
      (v128.store (local.get $at)
        (v128.bitselect (f64x2.splat (f64.const 0)) (local.get $v) (f64x2.eq (local.get $v) (f64x2.splat (f64.const -inf)))))
      (local.set $at (i32.add (local.get $at) (i32.const 16)))
      (br_if $run (i32.lt_u (local.get $at) (local.get $end)))))

  ;; The backward pass (batchPasses.ts `backward`) from order position $pos down over tasks not
  ;; cancelled; stops at a cancelled task and returns its position (−1 when all are done). Each
  ;; task not done also adds to its count the runs (of the first $runs) that have it on the
  ;; critical path: no total float.
  (func $backwardFrom (export "backwardFrom") (param $pos i32) (param $n i32) (param $runs i32) (result i32)
    (local $j i32) (local $e i32) (local $last i32) (local $k i32) (local $type i32) (local $late i32) (local $at i32) (local $deadline f64)
    (local $count i32) (local $none i32)
    (block $stop
      (loop $task
        (br_if $stop (i32.lt_s (local.get $pos) (i32.const 0)))
        (local.set $j (i32.load (i32.add (global.get $order) (i32.shl (local.get $pos) (i32.const 2)))))
        (br_if $stop (i32.eq (i32.load8_u (i32.add (global.get $states) (local.get $j))) (global.get $CANCELLED)))
        (local.set $at (i32.mul (local.get $j) (global.get $row)))
        ;; The late finish is gathered in place: the project end, each successor's bound, the deadline.
        (call $copyRow (i32.add (global.get $lf) (local.get $at)) (global.get $projectEnd) (local.get $n))
        (local.set $e (i32.load (i32.add (global.get $succStart) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $last (i32.load offset=4 (i32.add (global.get $succStart) (i32.shl (local.get $j) (i32.const 2)))))
        (block $edgesDone
          (loop $edge
            (br_if $edgesDone (i32.ge_u (local.get $e) (local.get $last)))
            (local.set $k (i32.load (i32.add (global.get $succTo) (i32.shl (local.get $e) (i32.const 2)))))
            (if (i32.ne (i32.load8_u (i32.add (global.get $states) (local.get $k))) (global.get $CANCELLED))
              (then
                (local.set $type (i32.load8_u (i32.add (global.get $succType) (local.get $e))))
                (local.set $late (i32.add
                  (select (global.get $lf) (global.get $ls) (i32.and (local.get $type) (global.get $TO_FINISH)))
                  (i32.mul (local.get $k) (global.get $row))))
                (if (i32.and (local.get $type) (global.get $FROM_START))
                  (then (call $lateMinFromStart (i32.add (global.get $lf) (local.get $at)) (local.get $late)
                    (i32.add (global.get $es) (local.get $at)) (i32.add (global.get $ef) (local.get $at))
                    (f64.load (i32.add (global.get $succLag) (i32.shl (local.get $e) (i32.const 3)))) (local.get $n)))
                  (else (call $lateMin (i32.add (global.get $lf) (local.get $at)) (local.get $late)
                    (f64.load (i32.add (global.get $succLag) (i32.shl (local.get $e) (i32.const 3)))) (local.get $n))))))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (br $edge)))
        (local.set $deadline (f64.load (i32.add (global.get $deadlines) (i32.shl (local.get $j) (i32.const 3)))))
        (if (f64.eq (local.get $deadline) (local.get $deadline))
          (then (call $capAt (i32.add (global.get $lf) (local.get $at)) (local.get $deadline) (local.get $n))))
        (local.set $none (call $lateStart (i32.add (global.get $ls) (local.get $at)) (i32.add (global.get $lf) (local.get $at))
          (i32.add (global.get $es) (local.get $at)) (i32.add (global.get $ef) (local.get $at)) (local.get $n) (local.get $runs)))
        (if (i32.ne (i32.load8_u (i32.add (global.get $states) (local.get $j))) (global.get $DONE))
          (then
            (local.set $count (i32.add (global.get $critical) (i32.shl (local.get $j) (i32.const 2))))
            (i32.store (local.get $count) (i32.add (i32.load (local.get $count)) (local.get $none)))))
        (local.set $pos (i32.sub (local.get $pos) (i32.const 1)))
        (br $task)))
    (local.get $pos))

  ;; The forecast's random numbers: xoshiro128** (Blackman and Vigna), 32-bit integer arithmetic
  ;; only, so a seed gives the same numbers on every machine; its state is this instance's.
  (global $a (mut i32) (i32.const 0))
  (global $b (mut i32) (i32.const 0))
  (global $c (mut i32) (i32.const 0))
  (global $d (mut i32) (i32.const 0))

  (func $seedRandom (export "seedRandom") (param $a i32) (param $b i32) (param $c i32) (param $d i32)
    (global.set $a (local.get $a))
    (global.set $b (local.get $b))
    (global.set $c (local.get $c))
    (global.set $d (local.get $d)))

  ;; into[0 … count − 1] = the next numbers, uniform in [0, 1) in steps of 2⁻³².
  (func $fillUniform (export "fillUniform") (param $into i32) (param $count i32)
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
  (func $drawPert (param $values i32) (param $uniforms i32) (param $stride i32) (param $table i32) (param $last i32)
    (param $a f64) (param $b f64) (param $n i32)
    (local $end i32) (local $at f64) (local $i i32) (local $q0 f64) (local $q1 f64) (local $scale f64) (local $width f64) (local $top i32)
    (local.set $end (i32.add (local.get $values) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $scale (f64.convert_i32_u (local.get $last)))
    (local.set $width (f64.sub (local.get $b) (local.get $a)))
    (local.set $top (i32.sub (local.get $last) (i32.const 1)))
    (loop $run
      (local.set $at (f64.mul (f64.load (local.get $uniforms)) (local.get $scale)))
      ;; u < 1, so the index is below $last; the cap keeps the table's bounds whatever comes in.
      (local.set $i (i32.trunc_sat_f64_u (local.get $at)))
      (local.set $i (select (local.get $top) (local.get $i) (i32.gt_u (local.get $i) (local.get $top))))
      (local.set $q0 (f64.load (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $q1 (f64.load offset=8 (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3)))))
      (f64.store (local.get $values)
        (f64.add (local.get $a)
          (f64.mul (local.get $width)
            (f64.add (local.get $q0)
              (f64.mul (f64.sub (local.get $at) (f64.convert_i32_u (local.get $i))) (f64.sub (local.get $q1) (local.get $q0)))))))
      (local.set $values (i32.add (local.get $values) (i32.const 8)))
      (local.set $uniforms (i32.add (local.get $uniforms) (local.get $stride)))
      (br_if $run (i32.lt_u (local.get $values) (local.get $end)))))

  ;; values = the triangular quantiles of the uniforms on a ≤ m ≤ b, a < b (distributions.ts).
  (func $drawTriangular (param $values i32) (param $uniforms i32) (param $stride i32)
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
  (func $roundDraws (param $duration i32) (param $drawn i32) (param $values i32) (param $planned f64) (param $n i32)
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

  ;; ---- The draws of the sampled tasks, all of them per call: where their arrays are, set once.
  (global $sampled (mut i32) (i32.const 0))
  (global $sampledIndex (mut i32) (i32.const 0))
  (global $lows (mut i32) (i32.const 0))
  (global $likelies (mut i32) (i32.const 0))
  (global $highs (mut i32) (i32.const 0))
  (global $tableAt (mut i32) (i32.const 0))
  (global $plannedDurations (mut i32) (i32.const 0))
  (global $plannedRemaining (mut i32) (i32.const 0))
  (global $values (mut i32) (i32.const 0))
  (global $uniforms (mut i32) (i32.const 0))
  (global $drawn (mut i32) (i32.const 0))
  (global $drivers (mut i32) (i32.const 0))
  (global $lastQuantile (mut i32) (i32.const 0))
  (global $triangular (mut i32) (i32.const 0))

  ;; Per sampled task k: its task (i32), optimistic/likely/pessimistic (f64) and its PERT table's
  ;; byte offset (i32); per task: planned duration and work left (f64); the batch's values row,
  ;; uniforms (run by run, $drivers a run) and rows of draws.
  (func (export "layoutDraws") (param $sampled i32) (param $index i32) (param $lows i32) (param $likelies i32) (param $highs i32)
    (param $tableAt i32) (param $plannedDurations i32) (param $plannedRemaining i32) (param $values i32) (param $uniforms i32)
    (param $drawn i32) (param $drivers i32) (param $lastQuantile i32) (param $triangular i32)
    (global.set $sampled (local.get $sampled))
    (global.set $sampledIndex (local.get $index))
    (global.set $lows (local.get $lows))
    (global.set $likelies (local.get $likelies))
    (global.set $highs (local.get $highs))
    (global.set $tableAt (local.get $tableAt))
    (global.set $plannedDurations (local.get $plannedDurations))
    (global.set $plannedRemaining (local.get $plannedRemaining))
    (global.set $values (local.get $values))
    (global.set $uniforms (local.get $uniforms))
    (global.set $drawn (local.get $drawn))
    (global.set $drivers (local.get $drivers))
    (global.set $lastQuantile (local.get $lastQuantile))
    (global.set $triangular (local.get $triangular)))

  ;; Math.round: the nearest whole number, halves up.
  (func $round (param $x f64) (result f64)
    (local $f f64)
    (local.set $f (f64.floor (local.get $x)))
    (select (f64.add (local.get $f) (f64.const 1)) (local.get $f) (f64.ge (f64.sub (local.get $x) (local.get $f)) (f64.const 0.5))))

  ;; Every sampled task's durations for the batch's runs from its uniforms (simulation.ts `draw`):
  ;; the quantile, rounded to whole days; work in progress keeps its share of work left.
  (func $drawTasks (export "drawTasks") (param $n i32)
    (local $k i32) (local $j i32) (local $a f64) (local $b f64) (local $planned f64) (local $left f64)
    (local $from i32) (local $r i32) (local $at i32)
    (block $done
      (loop $task
        (br_if $done (i32.ge_u (local.get $k) (global.get $sampled)))
        (local.set $j (i32.load (i32.add (global.get $sampledIndex) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $a (f64.load (i32.add (global.get $lows) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $b (f64.load (i32.add (global.get $highs) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $from (i32.add (global.get $uniforms) (i32.shl (local.get $k) (i32.const 3))))
        ;; The task's distribution is chosen once, outside the loop over runs.
        (if (i32.eqz (f64.gt (local.get $b) (local.get $a)))
          (then (call $fill (global.get $values) (local.get $a) (local.get $n)))
          (else
            (if (global.get $triangular)
              (then (call $drawTriangular (global.get $values) (local.get $from) (i32.shl (global.get $drivers) (i32.const 3))
                (local.get $a) (f64.load (i32.add (global.get $likelies) (i32.shl (local.get $k) (i32.const 3)))) (local.get $b) (local.get $n)))
              (else (call $drawPert (global.get $values) (local.get $from) (i32.shl (global.get $drivers) (i32.const 3))
                (i32.load (i32.add (global.get $tableAt) (i32.shl (local.get $k) (i32.const 2)))) (global.get $lastQuantile)
                (local.get $a) (local.get $b) (local.get $n))))))
        (local.set $planned (f64.load (i32.add (global.get $plannedDurations) (i32.shl (local.get $j) (i32.const 3)))))
        (local.set $at (i32.mul (local.get $j) (global.get $row)))
        (call $roundDraws (i32.add (global.get $durations) (local.get $at)) (i32.add (global.get $drawn) (i32.mul (local.get $k) (global.get $row)))
          (global.get $values) (local.get $planned) (local.get $n))
        (if (i32.eq (i32.load8_u (i32.add (global.get $states) (local.get $j))) (global.get $STARTED))
          (then
            (local.set $left (f64.load (i32.add (global.get $plannedRemaining) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $r (i32.const 0))
            (loop $run
              (f64.store (i32.add (i32.add (global.get $remaining) (local.get $at)) (i32.shl (local.get $r) (i32.const 3)))
                (call $round (f64.div (f64.mul (local.get $left) (f64.load (i32.add (global.get $values) (i32.shl (local.get $r) (i32.const 3))))) (local.get $planned))))
              (local.set $r (i32.add (local.get $r) (i32.const 1)))
              (br_if $run (i32.lt_u (local.get $r) (local.get $n))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $task))))

  ;; For each of `$drivers` rows of draws (`$stride` bytes apart), adds Σx, Σx² and Σx·dy over the
  ;; first `$runs` runs to its three sums (24 bytes a driver): the correlations with the end.
  (func $correlate (export "correlate") (param $drawn i32) (param $stride i32) (param $dy i32) (param $sums i32) (param $drivers i32) (param $runs i32)
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
)
