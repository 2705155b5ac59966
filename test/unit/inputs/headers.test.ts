// getSettings: `headers` the action sets itself are refused (inputs/headers.ts).
import { describe, expect, it } from 'vitest';
import { BASE, expectOneLine, inputError, settings } from './helpers.js';

describe('getSettings: headers the action sets itself are refused, never duplicated or dropped', () => {
  it.each([
    ['List-Id: custom <x.example>', 'List-Id', 'give yours another name'],
    ['X-GitHub-Repository: me/other', 'X-GitHub-Repository', 'give yours another name'],
    ['X-GitHub-Workflow: Other', 'X-GitHub-Workflow', 'give yours another name'],
    ['X-GitHub-Event: push', 'X-GitHub-Event', 'give yours another name'],
    ['x-github-status: fake', 'x-github-status', 'give yours another name'],
    ['X-GitHub-Run-URL: https://example.com', 'X-GitHub-Run-URL', 'give yours another name'],
    ['Reply-To: help@example.com', 'Reply-To', "use the action's own input `reply-to`"],
    ['In-Reply-To: <a@b.example>', 'In-Reply-To', "use the action's own input `in-reply-to`"],
    ['References: <a@b.example>', 'References', "use the action's own input `in-reply-to`"],
    ['X-Priority: 1', 'X-Priority', "use the action's own input `priority`"],
    ['Importance: high', 'Importance', "use the action's own input `priority`"],
    ['Subject: sneaky', 'Subject', "use the action's own input `subject`"],
    ['Sender: x@example.com', 'Sender', "use the action's own input `from`"],
    ['Message-ID: <x@y>', 'Message-ID', 'the action sets it'],
  ])('%j', (line, name, instead) => {
    const err = inputError({ ...BASE, headers: `X-Team: infra\n${line}` });
    expectOneLine(err, 'headers');
    expect(err.message).toContain(`may not set ${name}: `);
    expect(err.message).toContain(instead);
  });

  it('the example from the report: the first reserved line is named', () => {
    const err = inputError({ ...BASE, headers: 'List-Id: custom <x.example>\nX-GitHub-Status: fake' });
    expect(err.message).toBe(
      "Input `headers` may not set List-Id: the action sets List-Id on every message for recipients' filters; give yours another name (e.g. X-Team).",
    );
  });

  it('other names pass, X-GitHub-* ones the action does not set included', () => {
    expect(
      settings({ ...BASE, headers: 'X-GitHub-PR: 12\nList-Unsubscribe: <mailto:x@example.com>' }).headers,
    ).toEqual([
      ['X-GitHub-PR', '12'],
      ['List-Unsubscribe', '<mailto:x@example.com>'],
    ]);
  });
});
