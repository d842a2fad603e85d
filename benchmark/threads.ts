/**
 * Where a benchmark child's CPU went, thread by thread, and how to confine a child to
 * some cores. Both are Linux-only (/proc, taskset from util-linux); elsewhere they say so
 * by returning null, and the figures that need them are left out with a notice.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times: 100 on every Linux this runs on. */
const TICKS = 100;

/** CPU seconds (user + system) of every thread of this process, by thread id; null off Linux. */
export function threadCpuS(): Map<number, number> | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const cpu = new Map<number, number>();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // fields after the command name, which is in brackets and may hold spaces
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // the thread ended meanwhile
    }
  }
  return cpu;
}

/** CPU seconds of a timed phase: the main thread, the `workers` busiest other threads, and the rest. */
export interface ThreadShares {
  main: number;
  /** Per worker, busiest first. */
  workers: number[];
  /** V8's compiler and garbage-collector threads and libuv's: everything else. */
  helpers: number;
}

/**
 * Splits the CPU taken between two readings. Worker threads are told apart by being the
 * busiest: in an extraction pool each worker takes several times any helper thread's CPU.
 */
export function threadShares(before: Map<number, number>, after: Map<number, number>, workers: number): ThreadShares {
  const main = (after.get(process.pid) ?? 0) - (before.get(process.pid) ?? 0);
  const others: number[] = [];
  for (const [tid, s] of after) if (tid !== process.pid) others.push(s - (before.get(tid) ?? 0));
  others.sort((a, b) => b - a);
  const helpers = others.slice(workers).reduce((a, b) => a + b, 0);
  return { main, workers: others.slice(0, workers), helpers };
}

export function describeShares(s: ThreadShares): string {
  const f = (x: number) => x.toFixed(1);
  return `CPU s: worker${s.workers.length > 1 ? 's' : ''} ${s.workers.map(f).join(' + ')}, main ${f(s.main)}, other threads ${f(s.helpers)}`;
}

let tasksetFound: boolean | undefined;

/**
 * The command prefix that runs a child on the given cores (e.g. "0" or "0,1"), or null
 * when this machine cannot confine one (no taskset, or fewer cores than asked for).
 */
export function onCores(cores: number[], available: number): string[] | null {
  if (cores.some((c) => c >= available)) return null;
  tasksetFound ??= spawnSync('taskset', ['--version'], { encoding: 'utf8' }).status === 0;
  return tasksetFound ? ['taskset', '--cpu-list', cores.join(',')] : null;
}
