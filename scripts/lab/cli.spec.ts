import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labRoot, runProcess } from '../lib/command';

const lab = (...args: string[]) =>
  runProcess(process.execPath, [
    '--import',
    'tsx',
    path.join(labRoot, 'scripts', 'lab.ts'),
    ...args,
  ]);

describe('npm run lab: an option given to the verb it does not belong to is refused, not ignored', () => {
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
