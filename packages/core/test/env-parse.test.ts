import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, envInt, parseEnv, readEnv } from '../src/index.ts';

const Schema = z.object({ PORT: envInt(1, 65535).default(8080), NAME: z.string().optional() });

describe('environment parsing shared by the three entries', () => {
  it('treats empty variables as unset and ignores non-string values (Worker bindings)', () => {
    expect(parseEnv(Schema, { PORT: '  ', NAME: 'x', DB: { binding: true } })).toEqual({
      PORT: 8080,
      NAME: 'x',
    });
  });

  it('names each bad variable in a ConfigError', () => {
    let caught: unknown;
    try {
      parseEnv(Schema, { PORT: '99999' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toEqual([expect.stringMatching(/^PORT: /)]);
    expect((caught as ConfigError).message).toMatch(/^invalid configuration:\n {2}- PORT: /);
  });

  it('readEnv returns the problems instead of throwing', () => {
    const r = readEnv(Schema, { PORT: 'eighty' });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toHaveLength(1);
  });
});
