// The wrk runner of `npm run bench:sandbox`: the request it scripts and how it reads wrk's report.
import { describe, expect, test } from 'vitest';
import { luaString, parseWrkOutput, wrkScript } from '../../../src/bench/wrk-load.ts';

const report = (extra = '') => `Running 3s test @ http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient
  1 threads and 10 connections
  Latency Distribution
     50%  812.00us
     75%    1.20ms
     90%    1.90ms
     99%    2.01s
  29087 requests in 3.00s, 60.10MB read
${extra}Requests/sec:   9695.12
Transfer/sec:     20.03MB
`;

describe('luaString', () => {
  test('picks a level no closing bracket inside the text matches', () => {
    expect(luaString('plain')).toBe('[[\nplain]]');
    expect(luaString('a]]b]=]c')).toBe('[==[\na]]b]=]c]==]');
  });
});

describe('wrkScript', () => {
  test('sets the method, every header and the body', () => {
    const script = wrkScript({ method: 'POST', headers: { 'Ssp-From': '200000000115' }, body: '{"a":"]]"}' });
    expect(script).toBe(
      'wrk.method = [[\nPOST]]\nwrk.headers[ [[\nSsp-From]] ] = [[\n200000000115]]\nwrk.body = [=[\n{"a":"]]"}]=]\n',
    );
  });
});

describe('parseWrkOutput', () => {
  test('reads requests, rate and percentiles in their units', () => {
    const result = parseWrkOutput(report(), 3);
    expect(result.requests).toBe(29087);
    expect(result.requestsPerSecond).toBeCloseTo(29087 / 3);
    expect(result.p50).toBeCloseTo(0.812);
    expect(result.p99).toBeCloseTo(2010);
  });

  test('fails a run with answers outside 2xx or socket errors, saying how many', () => {
    expect(() => parseWrkOutput(report('  Non-2xx or 3xx responses: 12\n'), 3)).toThrow(/12 answers outside 2xx/);
    expect(() => parseWrkOutput(report('  Socket errors: connect 0, read 3, write 0, timeout 0\n'), 3)).toThrow(
      /socket errors \(connect 0, read 3/,
    );
  });

  test('fails output it cannot read instead of reporting zero', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:1 Connection refused', 3)).toThrow(/no request count/);
  });
});
