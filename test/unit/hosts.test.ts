import { describe, expect, it } from 'vitest';
import { hostOf, isGmailSmtpHost, isKnownGoogleHost, isLoopback } from '../../src/hosts.js';

describe('isKnownGoogleHost', () => {
  it('knows the built-in Google hosts, in any case, with or without the trailing dot', () => {
    for (const host of [
      'smtp.gmail.com',
      'oauth2.googleapis.com',
      'gmail.googleapis.com',
      'www.googleapis.com',
      'accounts.google.com',
      'Gmail.GoogleAPIs.com.',
    ]) {
      expect(isKnownGoogleHost(host), host).toBe(true);
    }
  });

  it('near misses and look-alikes are user input', () => {
    for (const host of [
      'smtp.gmial.com',
      'smtp.gmail.co',
      'gmail.googleapis.com.evil.example',
      'mail.google.com.internal',
      'googleapis.com',
      '127.0.0.1',
      '',
    ]) {
      expect(isKnownGoogleHost(host), host).toBe(false);
    }
  });
});

/** URL.hostname of a URL, as callers pass it to isLoopback. */
const hostnameOf = (url: string): string => new URL(url).hostname;

describe('isGmailSmtpHost and isLoopback', () => {
  it.each([
    // Gmail's SMTP hosts only, in any case, with or without the trailing dot.
    ['isGmailSmtpHost', 'smtp.gmail.com', true],
    ['isGmailSmtpHost', 'SMTP.Gmail.com.', true],
    ['isGmailSmtpHost', 'smtp.googlemail.com', true],
    ['isGmailSmtpHost', 'gmail.googleapis.com', false],
    ['isGmailSmtpHost', 'smtp.gmail.com.evil.example', false],
    ['isGmailSmtpHost', 'mail.example.com', false],
    ['isGmailSmtpHost', '', false],
    // localhost, [::1] and 127.x.x.x as URL.hostname writes them; a name that only starts like one is not.
    ['isLoopback', hostnameOf('http://localhost:8080'), true],
    ['isLoopback', hostnameOf('http://[::1]:1/'), true],
    ['isLoopback', hostnameOf('http://127.0.0.1/'), true],
    ['isLoopback', hostnameOf('http://127.1/'), true],
    ['isLoopback', hostnameOf('http://127.9.8.7'), true],
    ['isLoopback', hostnameOf('http://127.example.com'), false],
    ['isLoopback', hostnameOf('http://localhost.example.com'), false],
    ['isLoopback', hostnameOf('http://10.0.0.1'), false],
    ['isLoopback', hostnameOf('http://[::2]'), false],
  ] as const)('%s(%j) is %s', (fn, host, expected) => {
    expect((fn === 'isLoopback' ? isLoopback : isGmailSmtpHost)(host)).toBe(expected);
  });
});

describe('hostOf', () => {
  it("a URL's host name, without port or credentials; undefined for what is not a URL", () => {
    expect(hostOf('https://user:pw@Oauth2.GoogleAPIs.com:8443/token')).toBe('oauth2.googleapis.com');
    expect(hostOf('http://[::1]:1/x')).toBe('[::1]');
    expect(hostOf('not a url')).toBeUndefined();
  });
});
