import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('should default to loopback, port 3000 and ./data', () => {
    expect(readEnv({})).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, CLAIMLINE_DATA_DIR: './data' });
  });

  it('should refuse a non-loopback HOST without a token and say why', () => {
    expect(() => readEnv({ HOST: '0.0.0.0' })).toThrow(
      /HOST is not a loopback address and CLAIMLINE_API_TOKEN is not set: anyone on the network could write/,
    );
  });

  it('should accept a non-loopback HOST with a token', () => {
    expect(readEnv({ HOST: '0.0.0.0', CLAIMLINE_API_TOKEN: 'a-long-enough-secret' }).HOST).toBe('0.0.0.0');
  });

  it('should give a parse 5 s by default and read CLAIMLINE_PARSE_TIMEOUT_MS', () => {
    expect(readEnv({}).CLAIMLINE_PARSE_TIMEOUT_MS).toBe(5000);
    expect(readEnv({ CLAIMLINE_PARSE_TIMEOUT_MS: '800' }).CLAIMLINE_PARSE_TIMEOUT_MS).toBe(800);
    expect(() => readEnv({ CLAIMLINE_PARSE_TIMEOUT_MS: '0' })).toThrow(/CLAIMLINE_PARSE_TIMEOUT_MS must be at least 10/);
  });

  it('should reparse on start by default and read CLAIMLINE_REPARSE_ON_START', () => {
    expect(readEnv({}).CLAIMLINE_REPARSE_ON_START).toBe('1');
    expect(readEnv({ CLAIMLINE_REPARSE_ON_START: '0' }).CLAIMLINE_REPARSE_ON_START).toBe('0');
    expect(() => readEnv({ CLAIMLINE_REPARSE_ON_START: 'no' })).toThrow(/CLAIMLINE_REPARSE_ON_START must be 0 or 1/);
  });

  it('should refuse a DATABASE_URL that is not postgres://', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
  });

  it('should admit the Vite dev origin outside production only', () => {
    expect(readEnv({}).CLAIMLINE_WEB_ORIGIN).toEqual(['http://localhost:5173']);
    expect(readEnv({ NODE_ENV: 'production' }).CLAIMLINE_WEB_ORIGIN).toEqual([]);
    expect(readEnv({ NODE_ENV: 'production', CLAIMLINE_WEB_ORIGIN: 'https://a.example, https://b.example' }).CLAIMLINE_WEB_ORIGIN).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('should refuse a read token without a write token, and a short one', () => {
    expect(() => readEnv({ CLAIMLINE_READ_TOKEN: 'a-long-enough-read-secret' })).toThrow(
      /CLAIMLINE_READ_TOKEN is set without CLAIMLINE_API_TOKEN/,
    );
    expect(() => readEnv({ CLAIMLINE_API_TOKEN: 'a-long-enough-secret', CLAIMLINE_READ_TOKEN: 'short' })).toThrow(
      /CLAIMLINE_READ_TOKEN must be at least 16 characters/,
    );
  });

  it('should read the allowed hosts as a list and the rate limit as a number', () => {
    expect(readEnv({ CLAIMLINE_ALLOWED_HOSTS: 'claimline.example.org,intranet', CLAIMLINE_RATE_LIMIT: '0' })).toMatchObject({
      CLAIMLINE_ALLOWED_HOSTS: ['claimline.example.org', 'intranet'],
      CLAIMLINE_RATE_LIMIT: 0,
    });
  });
});
