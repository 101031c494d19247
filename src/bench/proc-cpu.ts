// CPU seconds from Linux's /proc/<pid>/stat. On a loaded machine CPU time is steadier than wall-clock time, which
// depends on the scheduler; elsewhere (no /proc) the readers return undefined and the benches print wall time only.
import { readFileSync } from 'node:fs';

// Fields 14–17 of /proc/<pid>/stat (utime, stime, and cutime, cstime: those of waited-for children and their own
// children) count clock ticks of 1/100 s on Linux (getconf CLK_TCK).
const TICKS_PER_SECOND = 100;

function statFields(pid: number | 'self'): string[] | undefined {
  try {
    // The command name (field 2) may hold spaces, so count the fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds a process has used so far. */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  const fields = pid === undefined ? undefined : statFields(pid);
  return fields && (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** User + system CPU seconds of every child this process has waited for (a spawnSync child counts once it ends). */
export function childrenCpuSeconds(): number | undefined {
  const fields = statFields('self');
  return fields && (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
