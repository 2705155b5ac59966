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

describe('isGmailSmtpHost', () => {
  it("Gmail's SMTP hosts only, in any case, with or without the trailing dot", () => {
    for (const host of ['smtp.gmail.com', 'SMTP.Gmail.com.', 'smtp.googlemail.com']) {
      expect(isGmailSmtpHost(host), host).toBe(true);
    }
    for (const host of ['gmail.googleapis.com', 'smtp.gmail.com.evil.example', 'mail.example.com', '']) {
      expect(isGmailSmtpHost(host), host).toBe(false);
    }
  });
});

describe('isLoopback', () => {
  it('localhost, [::1] and 127.x.x.x, as URL.hostname writes them', () => {
    for (const url of [
      'http://localhost:8080',
      'http://[::1]:1/',
      'http://127.0.0.1/',
      'http://127.1/',
      'http://127.9.8.7',
    ]) {
      expect(isLoopback(new URL(url).hostname), url).toBe(true);
    }
  });

  it('a name that only starts like one is not loopback', () => {
    for (const url of [
      'http://127.example.com',
      'http://localhost.example.com',
      'http://10.0.0.1',
      'http://[::2]',
    ]) {
      expect(isLoopback(new URL(url).hostname), url).toBe(false);
    }
  });
});

describe('hostOf', () => {
  it("a URL's host name, without port or credentials; undefined for what is not a URL", () => {
    expect(hostOf('https://user:pw@Oauth2.GoogleAPIs.com:8443/token')).toBe('oauth2.googleapis.com');
    expect(hostOf('http://[::1]:1/x')).toBe('[::1]');
    expect(hostOf('not a url')).toBeUndefined();
  });
});
