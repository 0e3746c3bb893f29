import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labRoot, runProcess } from '../lib/command';

const script = path.join(labRoot, 'scripts', 'lab.ts');
// A wrong implementation would start the server: the timeout kills it rather than leave it running.
const lab = (...args: string[]) =>
  runProcess(process.execPath, ['--import', 'tsx', script, ...args], { timeoutMs: 20_000 });

const refused =
  'npm run lab: an option given to the verb it does not belong to is refused, not ignored';
describe(refused, { timeout: 30_000 }, () => {
  it.each([
    [['--out', 'site'], 'lab: --out goes with build'],
    [['build', '--port', '5173'], 'lab: build takes no --port'],
    [['--port', 'x'], 'lab: --port takes a port number, not x'],
    [['serve'], 'lab: unexpected argument serve'],
  ])('%j', async (args, message) => {
    const { code, stderr } = await lab(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run lab');
  });
});
