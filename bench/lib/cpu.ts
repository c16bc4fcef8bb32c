/**
 * Processor time of a process group (a server started by spawnTracked, which
 * gives each its own group: nginx and its workers, next start and its
 * children), from /proc. Per request, it is a figure that contention on a
 * shared machine disturbs far less than requests per second. Linux only;
 * null elsewhere.
 */
import fs from 'node:fs';

/** USER_HZ: the unit of utime and stime in /proc/<pid>/stat; 100 on every Linux we run. */
const TICKS_PER_SECOND = 100;

export function groupCpuMs(pgid: number): number | null {
  let dirs: string[];
  try {
    dirs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of dirs) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid) continue; // field 5, pgrp
    ticks += Number(fields[11]) + Number(fields[12]); // fields 14 and 15, utime and stime
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
