import { describe, expect, it } from 'vitest';
import { runProcess } from './command';

describe('runProcess', () => {
  it('keeps a character whose bytes arrive in two chunks whole', async () => {
    // ✓ is E2 9C 93 in UTF-8: the child writes its first two bytes, waits, then the last one.
    const script =
      'process.stdout.write(Buffer.from([0xe2, 0x9c]));' +
      'setTimeout(() => process.stdout.write(Buffer.from([0x93])), 50);';
    const outcome = await runProcess(process.execPath, ['-e', script]);
    expect(outcome).toMatchObject({ code: 0, stdout: '✓', output: '✓' });
  });

  it('kills a command that outlives timeoutMs', async () => {
    const started = performance.now();
    const outcome = await runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      timeoutMs: 200,
    });
    expect(outcome.code).toBe(1);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
