#!/usr/bin/env bash
# `ionsim study` on a real single-node Slurm (issue 15): installs Debian's slurm and munge when missing, starts the
# daemons in a fresh temporary folder on ports of their own, and ALWAYS shuts down what it started (trap).
#   1. A 4-task job array of a small study plus its afterok merge job, waited for with a time limit; the merged
#      result must equal, byte for byte, a single-process run of the same study.
#   2. A task cancelled midway keeps its checkpointed points; re-submitted alone it resumes and the merge is again
#      identical to the single run.
# Prints a dotnet-test-style line ("Passed!  - Failed: N, Passed: N, Skipped: N, ...") that .ci/run counts.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$SECONDS
passed=0 failed=0 skipped=0
pass() { passed=$((passed + 1)); echo "slurm-check: PASS $* (at $((SECONDS - start)) s)"; }
fail() { failed=$((failed + 1)); echo "slurm-check: FAIL $*" >&2; }
summary() {
  local word=Passed; [ "$failed" -gt 0 ] && word=Failed
  echo "$word!  - Failed: $failed, Passed: $passed, Skipped: $skipped, Total: $((passed + failed + skipped)), Duration: $((SECONDS - start)) s - slurm-check"
}

D=$(mktemp -d /tmp/ionsim-slurm.XXXXXX)
started_munge=0
cleanup() {
  set +e
  if [ -n "${SLURM_CONF:-}" ] && [ -f "$D/slurm.conf" ]; then
    timeout 15 scontrol shutdown >/dev/null 2>&1
    for f in "$D/run/slurmctld.pid" "$D/run/slurmd.pid"; do
      for _ in 1 2 3 4 5 6 7 8 9 10; do [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null || break; sleep 0.5; done
      [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && kill -9 "$(cat "$f")"
    done
  fi
  if [ "$started_munge" = 1 ] && [ -f /run/munge/munged.pid ]; then kill "$(cat /run/munge/munged.pid)" 2>/dev/null; fi
  rm -rf "$D"
}
trap 'cleanup; summary' EXIT
trap 'exit 143' TERM INT

# --- install and start -------------------------------------------------------------------------------------------
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  echo "slurm-check: installing slurmctld slurmd slurm-client munge"
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null \
    && timeout 300 apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null \
    || { fail "could not install Slurm and munge"; exit 1; }
fi

if ! pgrep -x munged >/dev/null; then
  [ -s /etc/munge/munge.key ] || { mungekey --create --force >/dev/null 2>&1 || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null; }
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  install -d -o munge -g munge -m 755 /run/munge
  runuser -u munge -- /usr/sbin/munged || { fail "munged did not start"; exit 1; }
  started_munge=1
fi

mkdir -p "$D"/{state,spool,run,log}
port=$((20000 + RANDOM % 20000))
memory=$(( $(free -m | awk '/^Mem:/ {print $2}') - 512 ))
cpus=$(nproc)
cat > "$D/slurm.conf" <<CONF
ClusterName=ci
SlurmctldHost=localhost
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=6
MailProg=/bin/true
JobCompType=jobcomp/filetxt
JobCompLoc=$D/log/jobcomp.txt
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/run/slurmctld.pid
SlurmdPidFile=$D/run/slurmd.pid
SlurmctldLogFile=$D/log/slurmctld.log
SlurmdLogFile=$D/log/slurmd.log
NodeName=localhost CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
SchedulerParameters=batch_sched_delay=0
CONF
export SLURM_CONF="$D/slurm.conf"
slurmctld && slurmd || { fail "the Slurm daemons did not start"; exit 1; }
for _ in $(seq 1 100); do [ "$(sinfo -h -n localhost -o %T 2>/dev/null)" = idle ] && break; sleep 0.2; done
[ "$(sinfo -h -n localhost -o %T)" = idle ] || { fail "the Slurm node did not become idle: $(sinfo -h -n localhost -o %T)"; exit 1; }
echo "slurm-check: Slurm up after $((SECONDS - start)) s"

# --- the study, and the same study in one process ---------------------------------------------------------------------
timeout 300 dotnet build src/IonSim.Cli -v quiet -nologo >/dev/null || { fail "could not build the ionsim CLI"; exit 1; }
ionsim="dotnet $root/src/IonSim.Cli/bin/Debug/net10.0/IonSim.Cli.dll"
cat > "$D/study.json" <<'JSON'
{ "name": "slurm-ci", "base": { "preset": "normal" },
  "parameters": [ { "name": "FreeMagnesiumMillimolar", "distribution": "uniform", "min": 0.3, "max": 1.5 },
                  { "name": "Serca.MaxRateMicromolarPerMs", "distribution": "log_uniform", "min": 4, "max": 9 } ],
  "design": { "kind": "saltelli", "samples": 16 }, "seed": 15,
  "protocols": [ { "kind": "twitch", "duration_ms": 150 }, { "kind": "rest" } ] }
JSON
timeout 300 $ionsim study run "$D/study.json" -o "$D/single" -q && timeout 60 $ionsim study merge "$D/single" -o "$D/single.csv" -q \
  || { fail "the single-process run failed"; exit 1; }
echo "slurm-check: CLI built and single-process run done at $((SECONDS - start)) s"

# Waits until none of the given jobs is queued or running, at most $1 seconds.
wait_jobs() {
  local limit=$1; shift
  local until=$((SECONDS + limit))
  while [ -n "$(squeue -h -j "$(IFS=,; echo "$*")" 2>/dev/null)" ]; do
    [ $SECONDS -ge $until ] && return 1
    sleep 0.5
  done
}

# --- 1. a 4-task array and its afterok merge ----------------------------------------------------------------------
$ionsim study slurm "$D/study.json" --tasks 4 --seconds-per-point 1 -o "$D/job" --ionsim "$ionsim" -q
ids=$(bash "$D/job/submit.sh") || { fail "sbatch refused the job array"; exit 1; }
array=$(echo "$ids" | sed -n 's/^array job \([0-9]*\), merge job \([0-9]*\)$/\1/p')
merge=$(echo "$ids" | sed -n 's/^array job \([0-9]*\), merge job \([0-9]*\)$/\2/p')
if ! wait_jobs 150 "$array" "$merge"; then
  fail "the array and merge jobs did not finish within 150 s"; scancel "$array" "$merge"
elif [ ! -s "$D/job/parts/results.parquet" ]; then
  fail "the merge job (afterok) wrote no results.parquet: $(cat "$D"/job/parts/logs/*.out 2>/dev/null | tail -5)"
else
  $ionsim study merge "$D/job/parts" -o "$D/array.csv" -q
  $ionsim study merge "$D/single" -o "$D/single.parquet" -q
  if cmp -s "$D/single.csv" "$D/array.csv" && cmp -s "$D/single.parquet" "$D/job/parts/results.parquet"; then
    pass "4-task array + afterok merge = single-process run ($(($(wc -l < "$D/single.csv") - 1)) points, CSV and Parquet byte-identical)"
  else
    fail "the array's merged results differ from the single-process run"
  fi
fi

# --- 2. a task cancelled midway, then re-submitted alone ----------------------------------------------------------------
$ionsim study slurm "$D/study.json" --tasks 2 --seconds-per-point 1 -o "$D/kill" --ionsim "$ionsim" -q
# Checkpoint after every point, and keep the progress lines: the log must show the re-run resuming.
sed -i 's/ --quiet$/ --checkpoint 0/' "$D/kill/study.sbatch"
mkdir -p "$D/kill/parts/logs"
job=$(sbatch --parsable --array=0 "$D/kill/study.sbatch")
part="$D/kill/parts/part-1-of-2.jsonl"
until=$((SECONDS + 90)); points=0
while [ $SECONDS -lt $until ]; do
  points=$(grep -c '^{"i":' "$part" 2>/dev/null || true); points=${points:-0}
  [ "$points" -ge 3 ] && break
  sleep 0.1
done
scancel "$job"; wait_jobs 60 "$job"
kept=$(grep -c '^{"i":' "$part" 2>/dev/null || true); kept=${kept:-0}
if [ "$points" -ge 3 ] && grep -q '"complete":false' "$part" && [ "$kept" -lt 32 ]; then
  pass "a task cancelled midway kept its checkpoint ($kept of 32 points)"
  job=$(sbatch --parsable --array=0-1 "$D/kill/study.sbatch")
  if wait_jobs 120 "$job" && grep -q "resuming shard 1/2: $kept of 32 points" "$D/kill/parts/logs/task-0.out"; then
    if $ionsim study merge "$D/kill/parts" -o "$D/resumed.csv" -q && cmp -s "$D/single.csv" "$D/resumed.csv"; then
      pass "the re-submitted task resumed and the merge equals the single-process run"
    else
      fail "after the re-run the merged results differ from the single-process run"
    fi
  else
    fail "the re-submitted tasks did not finish within 120 s, or task 0 did not resume from its $kept points: $(tail -3 "$D/kill/parts/logs/task-0.out" 2>/dev/null)"
  fi
else
  fail "could not cancel a task midway (it had $points points when watched, $kept after scancel)"
fi
[ "$failed" -eq 0 ]
