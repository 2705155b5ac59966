export const id = 844;
export const ids = [844];
export const modules = {

/***/ 5844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  htmlToText: () => (/* binding */ htmlToText),
  loadBodyTemplate: () => (/* binding */ loadBodyTemplate),
  oneLineSubject: () => (/* binding */ oneLineSubject),
  renderContent: () => (/* binding */ renderContent)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/render/defaults.ts
const STATUS_WORD = {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'was cancelled',
};
/** Where the run happened, as a reader scans for it: a branch, a tag, or a pull request. */
function runPlace(ctx) {
    if (ctx.pull_request)
        return `PR #${ctx.pull_request.number} (${ctx.pull_request.head})`;
    if (ctx.ref_type === 'tag')
        return ctx.ref_name;
    return ctx.branch || ctx.ref_name;
}
/** A one-line default subject: repository, workflow, status and branch or tag. */
function defaultSubject(ctx, status) {
    const place = runPlace(ctx);
    return `[${ctx.repository}] ${ctx.workflow || 'Workflow'} ${STATUS_WORD[status]}${place ? ` on ${place}` : ''}`;
}
/** An inline code span: shows any value literally, in both the text and the HTML part. */
function codeSpan(value) {
    const v = value.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${longest ? ' ' : ''}${v}${longest ? ' ' : ''}${fence}`;
}
/** A fenced block whose fence no line of `text` can close. */
function codeBlock(text) {
    const longest = Math.max(0, ...(text.match(/~+/g) ?? []).map((m) => m.length));
    const fence = '~'.repeat(Math.max(3, longest + 1));
    return `${fence}\n${text}\n${fence}`;
}
/**
 * Failed jobs and failing tests as plain Markdown (interim listing by the issue-3 branch, to be
 * replaced by the template-based default body): every value from the run sits in a code span or
 * block, so it shows literally.
 */
function detailsSection(enrichment) {
    if (!enrichment)
        return [];
    const lines = [];
    for (const job of enrichment.failed_jobs) {
        lines.push('', `**Failed job:** ${codeSpan(job.name)}${job.url ? ` — ${job.url}` : ''}`);
        for (const step of job.failed_steps) {
            lines.push(`- Failed step ${step.number}: ${codeSpan(step.name)}${step.url ? ` — ${step.url}` : ''}`);
        }
        if (job.log_excerpt) {
            lines.push('', `Log excerpt of ${codeSpan(job.name)}:`, '', codeBlock(job.log_excerpt));
        }
        else if (job.in_progress) {
            lines.push('', '(This job was still running when the message was sent; no log excerpt.)');
        }
    }
    if (enrichment.failed_jobs_more)
        lines.push('', `And ${enrichment.failed_jobs_more} more failed jobs.`);
    if (enrichment.failed_jobs.some((j) => j.log_excerpt)) {
        lines.push('', '_Log excerpts may contain sensitive data; forward this message with care._');
    }
    const t = enrichment.tests;
    if (t) {
        lines.push('', `**Tests:** ${t.total} total, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
        if (t.failures.length) {
            const list = t.failures.map((f) => `✗ ${f.suite ? `${f.suite} › ` : ''}${f.name}${f.message ? ` — ${f.message}` : ''}`);
            if (t.more)
                list.push(`… and ${t.more} more`);
            lines.push('', codeBlock(list.join('\n')));
        }
    }
    return lines;
}
/** A default Markdown body that links the run and names the commit and actor. */
function defaultBody(ctx, status, enrichment) {
    const lines = [
        `**${ctx.workflow || 'Workflow'}** ${STATUS_WORD[status]} in **${ctx.repository}**.`,
        '',
        `- Run: #${ctx.run_number} — ${ctx.run_url}`,
        `- Trigger: ${ctx.event_name} by ${ctx.actor}`,
    ];
    if (ctx.sha)
        lines.push(`- Commit: ${ctx.short_sha} ${ctx.commit.title}`);
    if (enrichment?.previous_status)
        lines.push(`- Previous run: ${enrichment.previous_status}`);
    lines.push(...detailsSection(enrichment));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
;// CONCATENATED MODULE: ./src/render/markdown.ts

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** Only these link schemes survive; `javascript:`, `data:` and the like become plain text. */
function isSafeUrl(href) {
    const h = href.trim().toLowerCase();
    return /^(https?:|mailto:)/.test(h) || h.startsWith('#');
}
function buildMarked(trusted) {
    return new marked_esm/* Marked */.Dz({
        gfm: true,
        breaks: false,
        renderer: {
            // Raw HTML inside untrusted Markdown is shown as text, never interpreted.
            html(token) {
                return trusted ? false : escapeHtml(token.text);
            },
            link(token) {
                if (isSafeUrl(token.href))
                    return false;
                return this.parser.parseInline(token.tokens);
            },
            image(token) {
                // Remote images in untrusted content could track readers; show the alt text instead.
                if (trusted && isSafeUrl(token.href))
                    return false;
                return escapeHtml(token.text);
            },
        },
    });
}
let trustedMarked;
let untrustedMarked;
/**
 * Markdown to HTML. `trusted` is for the workflow author's own template (raw HTML allowed);
 * untrusted Markdown (release notes, PR bodies) keeps formatting but no raw HTML, no unsafe links
 * and no remote images.
 */
function markdownToHtml(markdown, trusted) {
    if (trusted) {
        trustedMarked ??= buildMarked(true);
        return trustedMarked.parse(markdown, { async: false });
    }
    untrustedMarked ??= buildMarked(false);
    return untrustedMarked.parse(markdown, { async: false });
}

;// CONCATENATED MODULE: ./src/render/layout.ts

/**
 * Wraps body HTML in a Gmail-friendly document: inline styles only (Gmail drops most <style>),
 * a single centred column about 600 px wide that shrinks on phones.
 */
function emailDocument(bodyHtml, title, footerHtml = '') {
    return [
        '<!DOCTYPE html>',
        '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title)}</title></head>`,
        '<body style="margin:0;padding:0;background:#f6f8fa;">',
        '<div style="max-width:600px;margin:0 auto;padding:16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">',
        '<div style="background:#ffffff;border:1px solid #d0d7de;border-radius:8px;padding:20px;word-wrap:break-word;overflow-wrap:anywhere;">',
        bodyHtml,
        '</div>',
        footerHtml ? `<div style="padding:12px 4px;font-size:12px;color:#656d76;">${footerHtml}</div>` : '',
        '</div></body></html>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/render/content.ts







const FORMAT_BY_EXTENSION = {
    '.md': 'markdown',
    '.markdown': 'markdown',
    '.html': 'html',
    '.htm': 'html',
    '.txt': 'text',
};
/** Reads the body template from `body` or `body-file`, and decides its format. */
function loadBodyTemplate(settings, ctx) {
    if (settings.body && settings.bodyFile) {
        throw new errors/* InputError */.dz('body-file', 'Give either `body` or `body-file`, not both.');
    }
    if (!settings.bodyFile)
        return { template: settings.body, format: settings.bodyFormat };
    const path = (0,paths/* resolveInsideRoots */.i)('body-file', settings.bodyFile, {
        workspace: ctx.workspace,
        runnerTemp: ctx.runner_temp,
    });
    let template;
    try {
        template = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz('body-file', `Input \`body-file\` names a file that cannot be read: ${settings.bodyFile}. Check the path (relative to the workspace) and that the job checked out the repository.`);
    }
    const byExt = FORMAT_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    return {
        template,
        format: settings.bodyFormatExplicit ? settings.bodyFormat : (byExt ?? settings.bodyFormat),
    };
}
/** Removes tags and decodes the common entities, for the text part of an HTML body. */
function htmlToText(html) {
    return html
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/(p|div|h[1-6]|li|tr|table)>/gi, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
/** The subject is one line: line breaks (and other control characters) become spaces. */
function oneLineSubject(subject) {
    return subject
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Renders subject and body from the inputs or the defaults. */
function renderContent(settings, ctx, enrichment, _env) {
    const { template, format } = loadBodyTemplate(settings, ctx);
    const subject = oneLineSubject(settings.subject ?? defaultSubject(ctx, settings.status));
    const body = template ?? defaultBody(ctx, settings.status, enrichment);
    if (format === 'text')
        return { subject, text: body };
    if (format === 'html')
        return { subject, text: htmlToText(body), html: body };
    const footer = `Sent by Gmail Notify from <a href="${escapeHtml(ctx.run_url)}" style="color:#656d76;">${escapeHtml(ctx.repository)} run #${escapeHtml(ctx.run_number)}</a>.`;
    return { subject, text: body, html: emailDocument(markdownToHtml(body, true), subject, footer) };
}


/***/ })

};
