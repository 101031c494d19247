// @vitest-environment node
import { setImmediate } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { createLineLog } from '../../../src/sandbox-server/line-log.ts';

const recordingStream = () => {
  const writes: string[] = [];
  return { writes, write: (text: string) => writes.push(text) };
};

describe('the request log', () => {
  test('writes the lines of one turn of the event loop in one write, each ending in a newline', async () => {
    const stream = recordingStream();
    const log = createLineLog(stream);
    log('GET /a → 200');
    log('GET /b → 404');
    expect(stream.writes).toEqual([]);
    await setImmediate();
    log('GET /c → 200');
    await setImmediate();
    expect(stream.writes).toEqual(['GET /a → 200\nGET /b → 404\n', 'GET /c → 200\n']);
  });
  test('writes the queued lines at once on flush, and nothing when none are queued', async () => {
    const stream = recordingStream();
    const log = createLineLog(stream);
    log.flush();
    log('GET /a → 200');
    log.flush();
    expect(stream.writes).toEqual(['GET /a → 200\n']);
    await setImmediate();
    expect(stream.writes).toHaveLength(1);
  });
});
