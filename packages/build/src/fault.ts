/**
 * Crash injection for tests: when the environment variable `NDD_FAULT` names this point, the
 * process kills itself with SIGKILL right there, as a power cut or an OOM kill would. The crash
 * tests use it to prove that an interrupted build leaves the previous output intact.
 */
export function faultPoint(name: 'mid-write' | 'between-renames' | 'mid-stage'): void {
  if (process.env['NDD_FAULT'] === name) process.kill(process.pid, 'SIGKILL');
}
