import { describe, expect, it } from 'vitest';
import {
  authorsLine,
  coAuthors,
  droppedSummary,
  inDomains,
  isNoreply,
  peopleOf,
  selectAuthors,
  withAuthors,
} from '../../../src/enrich/author-filter.js';

describe('inDomains', () => {
  const domains = ['example.com'];
  it('admits the domain and its subdomains, in any case', () => {
    expect(inDomains('jane@example.com', domains)).toBe(true);
    expect(inDomains('jane@dev.example.com', domains)).toBe(true);
    expect(inDomains('Jane@EU.Dev.Example.COM', domains)).toBe(true);
  });

  it('refuses look-alikes: another name ending the same, or the domain as a subdomain elsewhere', () => {
    expect(inDomains('mallory@badexample.com', domains)).toBe(false);
    expect(inDomains('mallory@example.com.evil.net', domains)).toBe(false);
    expect(inDomains('mallory@example.co', domains)).toBe(false);
  });

  it('compares a unicode domain by its punycode', () => {
    expect(inDomains('anna@bücher.example', ['xn--bcher-kva.example'])).toBe(true);
  });
});

describe('isNoreply', () => {
  it("knows GitHub's noreply addresses", () => {
    expect(isNoreply('583231+octocat@users.noreply.github.com')).toBe(true);
    expect(isNoreply('octocat@users.noreply.github.com')).toBe(true);
    expect(isNoreply('NoReply@GitHub.com')).toBe(true);
    expect(isNoreply('1+mona@users.noreply.ghe.example.com')).toBe(true);
  });

  it('leaves other addresses alone', () => {
    expect(isNoreply('noreply@example.com')).toBe(false);
    expect(isNoreply('mona@github.com')).toBe(false);
  });
});

describe('coAuthors', () => {
  it('reads Co-authored-by trailers, any case, each line one person', () => {
    const message = [
      'Fix the flaky upload test',
      '',
      'The retry slept too little.',
      '',
      'Co-authored-by: Jane Doe <jane@example.com>',
      'co-authored-by: Raj <raj@dev.example.com>  ',
      'CO-AUTHORED-BY:<anon@example.com>',
    ].join('\n');
    expect(coAuthors(message)).toEqual([
      { name: 'Jane Doe', email: 'jane@example.com' },
      { name: 'Raj', email: 'raj@dev.example.com' },
      { name: '', email: 'anon@example.com' },
    ]);
  });

  it('ignores lines that only mention a co-author, and malformed trailers', () => {
    const message = [
      'Revert "Co-authored-by: Jane <jane@example.com>"',
      'Co-authored-by: Jane Doe jane@example.com',
      'Co-authored-by: Two <a@example.com> <b@example.com>',
    ].join('\r\n');
    expect(coAuthors(message)).toEqual([]);
  });
});

describe('peopleOf', () => {
  it('lists authors and co-authors in commit order, each address once whatever its case', () => {
    const people = peopleOf([
      {
        authorName: 'Jane',
        authorEmail: 'jane@example.com',
        message: 'a\n\nCo-authored-by: Raj <raj@example.com>',
      },
      { authorName: 'Jane D.', authorEmail: 'JANE@example.com', message: 'b' },
      { authorName: 'Raj K', authorEmail: 'raj@example.com', message: 'c' },
      { authorName: 'Nobody', authorEmail: '', message: 'd' },
    ]);
    expect(people).toEqual([
      { name: 'Jane', email: 'jane@example.com' },
      { name: 'Raj', email: 'raj@example.com' },
    ]);
  });

  it('makes a name one short line', () => {
    const [p] = peopleOf([
      { authorName: 'Evil\r\nBcc: x@evil.example', authorEmail: 'e@example.com', message: '' },
    ]);
    expect(p!.name).toBe('Evil Bcc: x@evil.example');
  });
});

describe('selectAuthors', () => {
  const person = (email: string) => ({ name: '', email });

  it('adds the ones in the domains and counts the others by reason', () => {
    const s = selectAuthors(
      [
        person('jane@example.com'),
        person('mallory@badexample.com'),
        person('1+raj@users.noreply.github.com'),
        person('noreply@github.com'),
        person('not an address'),
        person('raj@dev.example.com'),
      ],
      ['example.com'],
      [],
    );
    expect(s.added.map((p) => p.email)).toEqual(['jane@example.com', 'raj@dev.example.com']);
    expect(s.dropped).toEqual({ outside: 1, noreply: 2, invalid: 1, overCap: 0 });
    expect(s.already).toBe(0);
  });

  it('drops noreply addresses even when their domain is allowed', () => {
    const s = selectAuthors([person('noreply@github.com')], ['github.com'], []);
    expect(s.added).toEqual([]);
    expect(s.dropped.noreply).toBe(1);
  });

  it('does not add someone already in to, cc or bcc (case-insensitive)', () => {
    const s = selectAuthors(
      [person('Jane@Example.com'), person('raj@example.com')],
      ['example.com'],
      ['jane@example.com'],
    );
    expect(s.added.map((p) => p.email)).toEqual(['raj@example.com']);
    expect(s.already).toBe(1);
  });

  it('adds at most the cap, in order, and counts the rest', () => {
    const people = Array.from({ length: 25 }, (_, i) => person(`dev${i}@example.com`));
    const s = selectAuthors(people, ['example.com'], []);
    expect(s.added).toHaveLength(20);
    expect(s.added[19]!.email).toBe('dev19@example.com');
    expect(s.dropped.overCap).toBe(5);
    expect(selectAuthors(people, ['example.com'], [], 3).added).toHaveLength(3);
    expect(selectAuthors(people, ['example.com'], [], 0).dropped.overCap).toBe(25);
  });
});

describe('reporting', () => {
  it('says who was added and what was dropped, by reason', () => {
    const line = authorsLine({
      source: 'since the last successful run (abc1234)',
      commits: 7,
      cap: 20,
      added: [{ name: 'Jane', email: 'jane@example.com' }],
      already: 1,
      dropped: { outside: 2, noreply: 1, invalid: 0, overCap: 3 },
    });
    expect(line).toBe(
      'Commit authors since the last successful run (abc1234) (7 commits): added jane@example.com; 1 already a recipient; dropped 2 outside `author-domains`, 1 GitHub noreply, 3 over the cap of 20.',
    );
    expect(droppedSummary({ outside: 0, noreply: 0, invalid: 0, overCap: 0 })).toBe('');
    expect(droppedSummary({ outside: 0, noreply: 0, invalid: 0, overCap: 2 }, 4)).toBe(
      "2 over the cap (room for 4 within Gmail's 100 recipients)",
    );
  });

  it('says when nobody was added', () => {
    expect(
      authorsLine({
        source: 'of the push',
        commits: 1,
        cap: 20,
        added: [],
        already: 0,
        dropped: { outside: 1, noreply: 0, invalid: 0, overCap: 0 },
      }),
    ).toBe('Commit authors of the push (1 commit): none added; dropped 1 outside `author-domains`.');
  });

  it('adds the authors to To as bare addresses', () => {
    const s = withAuthors({ to: [{ name: 'Team', address: 'team@example.com' }] }, [
      { name: '=?utf-8?B?QWxpY2U=?=', email: 'jane@example.com' },
    ]);
    expect(s.to).toEqual([
      { name: 'Team', address: 'team@example.com' },
      { name: '', address: 'jane@example.com' },
    ]);
  });
});
