// scripts/complete-lockfile.ts (`npm run lockfile:complete`): adds lock entries for optional platform packages that
// npm left out, so `npm ci` accepts the lock file. npm records an optional dependency only when the registry serves
// that exact version; the registry these machines use lacks some other-platform builds (for example
// @pagefind/darwin-arm64@1.6.0), and npm ci then refuses the lock as out of sync. The entries name the version and
// platform only: npm skips them on other platforms and resolves them normally where they apply.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, LockPackage> };

/** The platform a binary package is for, read from its name (`@pagefind/darwin-arm64`, `…-linux-arm64-musl`). */
function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const os = [
    ['darwin', 'darwin'],
    ['win32', 'win32'],
    ['windows', 'win32'],
    ['freebsd', 'freebsd'],
    ['android', 'android'],
    ['linux', 'linux'],
  ].find(([word]) => base.includes(word!))?.[1];
  const cpu = ['arm64', 'x64', 'wasm32', 'ia32', 'arm'].find((word) => base.includes(word));
  const libc = base.endsWith('-musl') ? 'musl' : base.endsWith('-gnu') ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || !/^\d+\.\d+\.\d+$/.test(spec)) continue;
    lock.packages[key] = { version: spec, optional: true, ...platformOf(name) };
    added.push(`${name}@${spec}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length
    ? `Added ${added.length} optional platform entries:\n  ${added.join('\n  ')}`
    : 'The lock file already names every optional platform package.',
);
