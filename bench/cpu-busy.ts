/**
 * A meter of how busy this process is: each call returns the share of one core it used since
 * the previous call (user + system time ÷ wall time). Near 1, the process is the bottleneck.
 */
export function busyMeter(): () => number {
  let cpuMark = process.cpuUsage();
  let wallMark = performance.now();
  return () => {
    const cpu = process.cpuUsage(cpuMark);
    const wall = performance.now() - wallMark;
    cpuMark = process.cpuUsage();
    wallMark = performance.now();
    return (cpu.user + cpu.system) / 1000 / wall;
  };
}
