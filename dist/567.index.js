export const id = 567;
export const ids = [567];
export const modules = {

/***/ 5567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TEMPLATE_SHAPES: () => (/* binding */ TEMPLATE_SHAPES),
  loadBodyTemplate: () => (/* binding */ loadBodyTemplate),
  oneLineSubject: () => (/* binding */ oneLineSubject),
  renderContent: () => (/* binding */ renderContent),
  shapesFor: () => (/* binding */ shapesFor),
  templateScope: () => (/* binding */ templateScope)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/read-file.ts


/**
 * Reads a regular file of at most `maxBytes`, or throws an InputError naming `input`. Opened
 * without blocking and checked on its descriptor: a FIFO is refused at once, not waited on.
 */
function readRegularFile(input, path, shown, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new errors/* InputError */.dz(input, `Input \`${input}\` names a file that cannot be read (${JSON.stringify(shown)}). Check the path (relative to the workspace) and that the job checked out the repository.`);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile()) {
            throw new errors/* InputError */.dz(input, `Input \`${input}\` must name a regular file; ${JSON.stringify(shown)} is a ${stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'named pipe (FIFO)' : 'device or socket'}.`);
        }
        if (stat.size > maxBytes) {
            throw new errors/* InputError */.dz(input, `Input \`${input}\`: ${JSON.stringify(shown)} is ${stat.size} bytes, over the ${maxBytes} a template may have. Use a smaller template.`);
        }
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/render/template.ts
var render_template = __webpack_require__(2944);
// EXTERNAL MODULE: ./src/render/variables.ts
var variables = __webpack_require__(541);
;// CONCATENATED MODULE: ./src/render/defaults.ts
/**
 * The default messages: one subject, one HTML body and one text body, written as Liquid templates
 * (rendered by the same safe engine as the user's own), plus `d`, the facts they need, worked out
 * here once for every event and status.
 */



/**
 * What the default templates may read below `d`. They are constant, so a unit test checks them
 * against it (see variables.ts) instead of every run.
 */
const DEFAULT_FACTS_SHAPE = (0,variables/* fields */.OA)({
    outcome: 'value',
    label: 'value',
    color: 'value',
    icon: 'value',
    headline: 'value',
    workflow: 'value',
    run_url: 'value',
    run_label: 'value',
    place_kind: 'value',
    place: 'value',
    trigger: 'value',
    release_title: 'value',
    inputs: (0,variables/* listOf */.c3)((0,variables/* fields */.OA)({ name: 'value', value: 'value' })),
    details: 'value',
    failed_jobs_more: 'value',
    short_sha: 'value',
});
const LOOK = {
    success: { label: 'Succeeded', color: '#1a7f37', icon: '✔', words: 'succeeded' },
    fixed: { label: 'Fixed', color: '#1a7f37', icon: '✔', words: 'fixed' },
    failure: { label: 'Failed', color: '#cf222e', icon: '✖', words: 'failed' },
    cancelled: { label: 'Cancelled', color: '#6e7781', icon: '■', words: 'was cancelled' },
    released: { label: 'Released', color: '#8250df', icon: '★', words: 'succeeded' },
};
function rec(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function str(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
/** True when a success follows a run that did not succeed: the message says "fixed". */
function isFixed(status, previous) {
    return status === 'success' && !!previous && previous !== 'success' && previous !== 'skipped';
}
/** A release's title: `v2.3.0 — Faster builds` (the name when it contains the tag), else `tag: name`. */
function releaseTitle(tag, name) {
    const n = name.trim();
    if (!n || n === tag)
        return tag;
    if (tag && n.includes(tag))
        return n;
    return tag ? `${tag}: ${n}` : n;
}
function triggerText(ctx) {
    const action = str(ctx.event.action);
    const by = ctx.actor ? ` by ${ctx.actor}` : '';
    switch (ctx.event_name) {
        case 'push':
            return `push${by}`;
        case 'pull_request':
        case 'pull_request_target':
            return `pull request${action ? ` ${action === 'synchronize' ? 'updated' : action.replace(/_/g, ' ')}` : ''}${by}`;
        case 'release':
            return `release${action ? ` ${action}` : ''}${by}`;
        case 'schedule': {
            const cron = str(ctx.event.schedule);
            return `schedule${cron ? ` (${cron})` : ''}`;
        }
        case 'workflow_dispatch':
            return `manual run${by}`;
        case 'workflow_run': {
            const run = ctx.workflow_run;
            return run
                ? `${run.name || 'a workflow'} completed${run.event ? ` (on ${run.event})` : ''}${by}`
                : `workflow_run${by}`;
        }
        default:
            return `${ctx.event_name || 'run'}${by}`;
    }
}
/**
 * Release event actions that put a release out. A bare `on: release` also runs for `edited`,
 * `deleted` and `unpublished`, which must not be announced as "Released".
 */
const RELEASING_ACTIONS = new Set(['', 'published', 'released', 'prereleased', 'created']);
/** Works out the facts the default templates show, for any event and status. */
function defaultFacts(ctx, status, enrichment) {
    const releaseAction = ctx.event_name === 'release' ? str(ctx.event.action) : '';
    const released = ctx.event_name === 'release' &&
        status === 'success' &&
        !!ctx.release &&
        RELEASING_ACTIONS.has(releaseAction);
    const outcome = released
        ? 'released'
        : isFixed(status, enrichment.previous_status)
            ? 'fixed'
            : status;
    const look = LOOK[outcome];
    const run = (0,context/* reportedRun */.T_)(ctx);
    const workflow = run.workflow || 'Workflow';
    const pr = ctx.pull_request;
    let placeKind = '';
    let place = '';
    if (pr?.head || ctx.branch) {
        placeKind = 'branch';
        place = pr?.head || ctx.branch;
    }
    else if (ctx.ref_type === 'tag' && ctx.ref_name) {
        placeKind = 'tag';
        place = ctx.ref_name;
    }
    else if (ctx.ref_name && !pr) {
        place = ctx.ref_name;
    }
    const prNote = pr?.number ? ` (PR #${pr.number})` : '';
    const release = ctx.release;
    const title = release ? releaseTitle(release.tag, release.name) : '';
    let headline;
    if (released) {
        headline = `${release?.prerelease ? 'Pre-released' : 'Released'} ${title}`;
    }
    else if (release && status === 'success') {
        // Edited, deleted or unpublished: say what happened to it.
        headline = `Release ${release.tag || title} ${releaseAction.replace(/_/g, ' ')}`;
    }
    else if (release) {
        headline = `Release ${release.tag || title}: ${workflow} ${look.words}`;
    }
    else {
        headline = `${workflow} ${look.words}${place ? ` on ${place}` : ''}${prNote}`;
    }
    const attempt = Number(run.attempt) > 1 ? `, attempt ${run.attempt}` : '';
    return {
        outcome,
        // Values shown on one line: a branch name or title with a line break must not break it.
        label: look.label,
        color: look.color,
        icon: look.icon,
        headline: (0,render_template/* oneLine */.TN)(headline),
        workflow,
        run_url: run.url,
        run_label: run.number ? `Run #${run.number}${attempt}` : 'Run',
        place_kind: placeKind,
        place: (0,render_template/* oneLine */.TN)(place),
        trigger: (0,render_template/* oneLine */.TN)(triggerText(ctx)),
        release_title: (0,render_template/* oneLine */.TN)(title),
        inputs: Object.entries(rec(ctx.event.inputs)).map(([name, value]) => ({
            name,
            value: typeof value === 'string' ? value : JSON.stringify(value),
        })),
        details: status === 'failure',
        failed_jobs_more: enrichment.failed_jobs_more ?? 0,
        short_sha: ctx.short_sha,
    };
}
/** The default subject: repository, then the headline (workflow, status, branch or tag, PR). */
const DEFAULT_SUBJECT = '[{{ repository }}] {{ d.headline }}{% if d.short_sha != "" %}{% unless release %} ({{ d.short_sha }}){% endunless %}{% endif %}';
const MUTED = 'color:#59636e;';
const LABEL_CELL = `padding:6px 12px 6px 0;vertical-align:top;width:88px;white-space:nowrap;font-size:13px;${MUTED}`;
const VALUE_CELL = 'padding:6px 0;vertical-align:top;font-size:14px;word-break:break-word;overflow-wrap:anywhere;';
const LINK = 'color:#0969da;text-decoration:none;';
const MONO = "font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;";
const H2 = 'margin:24px 0 8px;font-size:16px;line-height:1.3;color:#1f2328;';
function row(label, value, condition) {
    const tr = `<tr><td style="${LABEL_CELL}">${label}</td><td style="${VALUE_CELL}">${value}</td></tr>`;
    return condition ? `{% if ${condition} %}${tr}{% endif %}` : tr;
}
/** The default HTML body (inside the layout's card): badge, headline, button, facts, details. */
const DEFAULT_HTML = [
    `<div style="margin:0 0 12px;"><span style="display:inline-block;padding:3px 10px;border-radius:999px;background:{{ d.color }};color:#ffffff;font-size:12px;font-weight:600;letter-spacing:.3px;">{{ d.icon }} {{ d.label | upcase }}</span></div>`,
    `<h1 style="margin:0 0 6px;font-size:20px;line-height:1.35;color:#1f2328;word-break:break-word;overflow-wrap:anywhere;">{{ d.headline }}</h1>`,
    `<div style="margin:0 0 16px;font-size:13px;${MUTED}">{{ repository }}{% if d.workflow != "" %} · {{ d.workflow }}{% endif %} · {{ d.run_label }}</div>`,
    `{% if d.run_url != "" %}<div style="margin:0 0 20px;"><a href="{{ d.run_url }}" style="display:inline-block;padding:9px 16px;border-radius:6px;background:#1f2328;color:#ffffff;font-size:14px;font-weight:600;text-decoration:none;">View run</a></div>{% endif %}`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;border-top:1px solid #d8dee4;">',
    row('Repository', `<a href="{{ repository_url }}" style="${LINK}">{{ repository }}</a>`),
    row('Release', `{% if release.url != "" %}<a href="{{ release.url }}" style="${LINK}">{{ d.release_title | one_line }}</a>{% else %}{{ d.release_title | one_line }}{% endif %}{% if release.prerelease %} <span style="${MUTED}">(pre-release)</span>{% endif %}`, 'release'),
    row('Pull request', `<a href="{{ pull_request.url }}" style="${LINK}">#{{ pull_request.number }}</a>{% if pull_request.title != "" %} {{ pull_request.title | one_line }}{% endif %}{% if pull_request.author != "" %} <span style="${MUTED}">by {{ pull_request.author | one_line }}</span>{% endif %}`, 'pull_request and pull_request.number > 0'),
    row('Branch', `<span style="${MONO}font-size:13px;">{{ d.place }}</span>{% if pull_request and pull_request.base != "" %} <span style="${MUTED}">→ {{ pull_request.base | one_line }}</span>{% endif %}`, 'd.place_kind == "branch"'),
    row('Tag', `<span style="${MONO}font-size:13px;">{{ d.place }}</span>`, 'd.place_kind == "tag" and release == nil'),
    row('Commit', `{% if commit.url != "" %}<a href="{{ commit.url }}" style="${LINK}${MONO}font-size:13px;">{{ short_sha }}</a>{% else %}<span style="${MONO}font-size:13px;">{{ short_sha }}</span>{% endif %}{% if commit.title != "" %} {{ commit.title | one_line }}{% endif %}`, 'short_sha != ""'),
    row('Author', '{{ commit.author_name | one_line }}{% if commit.author_email != "" %} <span style="color:#59636e;">&lt;{{ commit.author_email | one_line }}&gt;</span>{% endif %}', 'commit.author_name != ""'),
    row('Triggered by', '{{ d.trigger }}'),
    row('Inputs', `{% for input in d.inputs %}<span style="${MONO}font-size:13px;">{{ input.name }}</span>: {{ input.value | one_line }}{% unless forloop.last %}<br>{% endunless %}{% endfor %}`, 'd.inputs.size > 0'),
    row('Previous run', '{{ previous_status }}', 'previous_status and previous_status != ""'),
    '</table>',
    // Failure details, filled by the enrich stage.
    `{% if d.details and failed_jobs.size > 0 %}<h2 style="${H2}">Failed jobs</h2>`,
    '{% for job in failed_jobs %}<div style="border:1px solid #ffcecb;border-radius:6px;margin:0 0 12px;overflow:hidden;">',
    `<div style="background:#ffebe9;padding:8px 12px;font-weight:600;font-size:14px;word-break:break-word;">✖ {% if job.url != "" %}<a href="{{ job.url }}" style="color:#a40e26;text-decoration:none;">{{ job.name | one_line }}</a>{% else %}{{ job.name | one_line }}{% endif %}</div>`,
    '<div style="padding:8px 12px;font-size:14px;">',
    `{% if job.failed_steps.size > 0 %}<div style="margin:0 0 6px;">Failed step{% if job.failed_steps.size > 1 %}s{% endif %}: {% for step in job.failed_steps %}{% if step.url != "" %}<a href="{{ step.url }}" style="color:#0969da;text-decoration:none;">{{ step.name | one_line }}</a>{% else %}{{ step.name | one_line }}{% endif %} <span style="${MUTED}">(step {{ step.number }})</span>{% unless forloop.last %}, {% endunless %}{% endfor %}</div>{% endif %}`,
    `{% if job.log_excerpt != "" %}<pre style="${MONO}font-size:12px;line-height:1.45;margin:6px 0 0;padding:10px;background:#f6f8fa;border:1px solid #d8dee4;border-radius:6px;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;color:#1f2328;">{{ job.log_excerpt }}</pre>{% elsif job.in_progress %}<div style="font-size:13px;${MUTED}">Still running when this email was sent; its log is in the run.</div>{% elsif job.log_note != "" %}<div style="font-size:13px;${MUTED}">Log not included ({{ job.log_note }}); open the job to read it.</div>{% endif %}`,
    '</div></div>{% endfor %}',
    `{% if d.failed_jobs_more > 0 %}<div style="font-size:13px;${MUTED}margin:0 0 12px;">…and {{ d.failed_jobs_more }} more failed job{% if d.failed_jobs_more > 1 %}s{% endif %}.</div>{% endif %}`,
    `<div style="font-size:12px;${MUTED}margin:0 0 8px;">Log excerpts may contain sensitive data; take care when forwarding this email.</div>{% endif %}`,
    `{% if tests %}<h2 style="${H2}">Tests</h2>`,
    '<div style="font-size:14px;margin:0 0 8px;"><strong>{{ tests.total }}</strong> total · <span style="color:#1a7f37;">{{ tests.passed }} passed</span> · <span style="{% if tests.failed > 0 %}color:#cf222e;font-weight:600;{% endif %}">{{ tests.failed }} failed</span> · <span style="color:#59636e;">{{ tests.skipped }} skipped</span></div>',
    `{% if tests.failures.size > 0 %}<ul style="margin:0 0 12px;padding-left:20px;font-size:14px;">{% for t in tests.failures %}<li style="margin:0 0 6px;"><span style="${MUTED}">{% if t.suite != "" %}{{ t.suite | one_line }} › {% endif %}</span><strong>{{ t.name | one_line }}</strong>{% if t.message != "" %}<br><span style="${MONO}font-size:12px;color:#a40e26;">{{ t.message | one_line }}</span>{% endif %}</li>{% endfor %}</ul>{% endif %}`,
    `{% if tests.more > 0 %}<div style="font-size:13px;${MUTED}">…and {{ tests.more }} more failing test{% if tests.more > 1 %}s{% endif %}.</div>{% endif %}{% endif %}`,
    `{% if release and release.body != "" %}<h2 style="${H2}">Release notes</h2><div style="font-size:14px;padding:4px 0 4px 14px;border-left:3px solid #d0d7de;">{{ release.body | markdown }}</div>{% endif %}`,
].join('\n');
/** The default plain-text body: says what the HTML says, in the same order. */
const DEFAULT_TEXT = `{{ d.icon }} {{ d.headline }}
{{ repository }} · {{ d.workflow }} · {{ d.run_label }}
{% if d.run_url != "" %}
View run: {{ d.run_url }}
{% endif %}
Repository:    {{ repository }} ({{ repository_url }})
{%- if release %}
Release:       {{ d.release_title | one_line }}{% if release.prerelease %} (pre-release){% endif %}{% if release.url != "" %}
               {{ release.url }}{% endif %}
{%- endif %}
{%- if pull_request and pull_request.number > 0 %}
Pull request:  #{{ pull_request.number }}{% if pull_request.title != "" %} {{ pull_request.title | one_line }}{% endif %}{% if pull_request.author != "" %} (by {{ pull_request.author | one_line }}){% endif %}
               {{ pull_request.url }}
{%- endif %}
{%- if d.place_kind == "branch" %}
Branch:        {{ d.place }}{% if pull_request and pull_request.base != "" %} → {{ pull_request.base | one_line }}{% endif %}
{%- elsif d.place_kind == "tag" and release == nil %}
Tag:           {{ d.place }}
{%- endif %}
{%- if short_sha != "" %}
Commit:        {{ short_sha }}{% if commit.title != "" %} {{ commit.title | one_line }}{% endif %}{% if commit.url != "" %}
               {{ commit.url }}{% endif %}
{%- endif %}
{%- if commit.author_name != "" %}
Author:        {{ commit.author_name | one_line }}{% if commit.author_email != "" %} <{{ commit.author_email | one_line }}>{% endif %}
{%- endif %}
Triggered by:  {{ d.trigger }}
{%- for input in d.inputs %}
Input:         {{ input.name }}: {{ input.value | one_line }}
{%- endfor %}
{%- if previous_status and previous_status != "" %}
Previous run:  {{ previous_status }}
{%- endif %}
{%- if d.details and failed_jobs.size > 0 %}


FAILED JOBS
{% for job in failed_jobs %}
✖ {{ job.name | one_line }}{% if job.url != "" %}
  {{ job.url }}{% endif %}
{%- for step in job.failed_steps %}
  Failed step {{ step.number }}: {{ step.name | one_line }}{% if step.url != "" %} ({{ step.url }}){% endif %}
{%- endfor %}
{%- if job.log_excerpt != "" %}
  Last lines of the log:
{{ job.log_excerpt }}
{%- elsif job.in_progress %}
  Still running when this email was sent; its log is in the run.
{%- elsif job.log_note != "" %}
  Log not included ({{ job.log_note }}); open the job to read it.
{%- endif %}
{% endfor %}
{%- if d.failed_jobs_more > 0 %}
…and {{ d.failed_jobs_more }} more failed job{% if d.failed_jobs_more > 1 %}s{% endif %}.
{% endif %}
Log excerpts may contain sensitive data; take care when forwarding this email.
{%- endif %}
{%- if tests %}


TESTS
{{ tests.total }} total, {{ tests.passed }} passed, {{ tests.failed }} failed, {{ tests.skipped }} skipped
{%- for t in tests.failures %}
- {% if t.suite != "" %}{{ t.suite | one_line }} › {% endif %}{{ t.name | one_line }}{% if t.message != "" %}
    {{ t.message | one_line }}{% endif %}
{%- endfor %}
{%- if tests.more > 0 %}
…and {{ tests.more }} more failing test{% if tests.more > 1 %}s{% endif %}.
{%- endif %}
{%- endif %}
{%- if release and release.body != "" %}


RELEASE NOTES

{{ release.body | markdown }}
{%- endif %}
`;

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/layout.ts

/**
 * Wraps body HTML in a Gmail-friendly document: inline styles only (Gmail drops many <style>
 * rules), one centred column at most 600 px wide that shrinks to the phone's width.
 */
function emailDocument(bodyHtml, title, options = {}) {
    const accent = /^#[0-9a-f]{3,8}$/i.test(options.accent ?? '') ? options.accent : '#d0d7de';
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light only">',
        `<title>${(0,render_escape/* escapeHtml */.Z)(title)}</title></head>`,
        '<body style="margin:0;padding:0;background:#f6f8fa;-webkit-text-size-adjust:100%;">',
        options.preheader
            ? `<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${(0,render_escape/* escapeHtml */.Z)(options.preheader)}</div>`
            : '',
        '<div style="max-width:600px;margin:0 auto;padding:16px 12px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">',
        `<div style="background:#ffffff;border:1px solid #d0d7de;border-top:4px solid ${accent};border-radius:8px;padding:20px;word-wrap:break-word;overflow-wrap:anywhere;">`,
        bodyHtml,
        '</div>',
        options.footerHtml
            ? `<div style="padding:12px 4px;font-size:12px;line-height:1.5;color:#656d76;">${options.footerHtml}</div>`
            : '',
        '</div></body></html>',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/render/slots.ts + 1 modules
var render_slots = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/render/content.ts











const FORMAT_BY_EXTENSION = {
    '.md': 'markdown',
    '.markdown': 'markdown',
    '.html': 'html',
    '.htm': 'html',
    '.txt': 'text',
};
/** A body template is a page of text: a larger file is refused (its values may add more). */
const MAX_BODY_FILE_BYTES = 1_000_000;
/** Reads the body template from `body` or `body-file`, and decides its format. */
function loadBodyTemplate(settings, ctx) {
    if (settings.body && settings.bodyFile) {
        throw new errors/* InputError */.dz('body-file', 'Give either `body` or `body-file`, not both.');
    }
    if (!settings.bodyFile)
        return { template: settings.body, format: settings.bodyFormat };
    const path = (0,paths/* resolveInsideRoots */.iI)('body-file', settings.bodyFile, {
        workspace: ctx.workspace,
        runnerTemp: ctx.runner_temp,
    });
    const template = readRegularFile('body-file', path, settings.bodyFile, MAX_BODY_FILE_BYTES);
    // The runner always passes action.yml's default `markdown`, so only `html` or `text` can be told
    // from the default: they win over the extension; `markdown` yields to a `.html` or `.txt` file.
    const byExt = FORMAT_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    return {
        template,
        format: settings.bodyFormat === 'markdown' ? (byExt ?? 'markdown') : settings.bodyFormat,
    };
}
const MAX_SUBJECT = 300;
/** The subject is one line: line breaks (and other control characters) become spaces. */
function oneLineSubject(subject) {
    const line = subject
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return line.length > MAX_SUBJECT ? `${line.slice(0, MAX_SUBJECT - 1)}…` : line;
}
const FAILED_STEP = (0,variables/* fields */.OA)({ name: 'value', number: 'value', url: 'value' });
/**
 * What a template may read: every variable `templateScope` offers, with the fields of each, whether
 * this event has the object or not. A template is checked against it before rendering, so a misspelt
 * name fails on every run, not only on the run that reaches it. docs/templates.md lists the same names (a
 * unit test compares them).
 */
const TEMPLATE_SHAPES = {
    repository: 'value',
    repository_url: 'value',
    workflow: 'value',
    job: 'value',
    run_id: 'value',
    run_number: 'value',
    run_attempt: 'value',
    run_url: 'value',
    status: 'value',
    previous_status: 'value',
    event_name: 'value',
    actor: 'value',
    ref: 'value',
    ref_name: 'value',
    sha: 'value',
    short_sha: 'value',
    commit: (0,variables/* fields */.OA)({
        sha: 'value',
        message: 'value',
        title: 'value',
        author_name: 'value',
        author_email: 'value',
        url: 'value',
    }),
    pull_request: (0,variables/* fields */.OA)({
        number: 'value',
        title: 'value',
        url: 'value',
        author: 'value',
        head: 'value',
        base: 'value',
    }),
    release: (0,variables/* fields */.OA)({
        tag: 'value',
        name: 'value',
        url: 'value',
        body: 'value',
        prerelease: 'value',
    }),
    failed_jobs: (0,variables/* listOf */.c3)((0,variables/* fields */.OA)({
        name: 'value',
        url: 'value',
        conclusion: 'value',
        failed_steps: (0,variables/* listOf */.c3)(FAILED_STEP),
        log_excerpt: 'value',
        log_note: 'value',
        in_progress: 'value',
    })),
    tests: (0,variables/* fields */.OA)({
        total: 'value',
        passed: 'value',
        failed: 'value',
        skipped: 'value',
        failures: (0,variables/* listOf */.c3)((0,variables/* fields */.OA)({ suite: 'value', name: 'value', message: 'value' })),
        more: 'value',
    }),
    authors: (0,variables/* listOf */.c3)((0,variables/* fields */.OA)({ name: 'value', email: 'value' })),
    github: 'any',
    env: 'any',
};
/** TEMPLATE_SHAPES for this run: `env` has exactly the names `template-env` lists. */
function shapesFor(templateEnv) {
    return { ...TEMPLATE_SHAPES, env: (0,variables/* fields */.OA)(Object.fromEntries(templateEnv.map((name) => [name, 'value']))) };
}
/**
 * Every template variable of SPEC section 4. Optional objects (`pull_request`, `release`,
 * `previous_status`, `tests`) are null when absent, so `{% if pull_request %}` works on a push.
 */
function templateScope(ctx, env, status, enrichment, templateEnv = []) {
    const tests = enrichment.tests;
    return {
        pull_request: null,
        release: null,
        ...(0,context/* templateVariables */.Qp)(ctx, env, templateEnv),
        status,
        previous_status: enrichment.previous_status ?? null,
        failed_jobs: enrichment.failed_jobs.map((job) => ({
            name: job.name,
            url: job.url,
            conclusion: job.conclusion,
            failed_steps: job.failed_steps.map((step) => ({ ...step })),
            log_excerpt: job.log_excerpt,
            log_note: job.log_note ?? '',
            in_progress: job.in_progress,
        })),
        tests: tests
            ? {
                total: tests.total,
                passed: tests.passed,
                failed: tests.failed,
                skipped: tests.skipped,
                failures: tests.failures.map((f) => ({ ...f })),
                more: tests.more,
            }
            : null,
        // The commit authors added to To (`author-recipients: culprits`); empty without it.
        authors: (enrichment.authors?.added ?? []).map((p) => ({ name: p.name, email: p.email })),
    };
}
function footerHtml(ctx) {
    const where = ctx.repository ? ` for ${(0,render_escape/* escapeHtml */.Z)(ctx.repository)}` : '';
    const run = ctx.run_url
        ? ` · <a href="${(0,render_escape/* escapeHtml */.Z)(ctx.run_url)}" style="color:#656d76;">${(0,render_escape/* escapeHtml */.Z)(ctx.workflow || 'workflow')} run #${(0,render_escape/* escapeHtml */.Z)(ctx.run_number)}</a>`
        : '';
    return `Sent by Gmail Notify${where}${run}`;
}
/** The Markdown engine (marked), a chunk of its own: most messages (the default push, pull request and failure emails) have no Markdown. */
function loadMarkdown() {
    return Promise.all(/* import() */[__webpack_require__.e(22), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 5252));
}
/**
 * Renders an inline `subject` or `body` (see literal.ts): outsiders' text that `${{ }}` put in it is
 * shown as written, and a template that does not parse is sent as written with a warning.
 */
function inlineRenderer(literal, on) {
    let forms;
    return (input, source) => {
        if (!literal)
            throw new Error('renderContent: the inline template module was not loaded');
        forms ??= literal.literalForms(literal.outsiderValues(on.payload));
        const text = literal.literalize(source, forms, (value) => on.slots.add('text', value)).source;
        const result = literal.renderInline(on.engine, input, text, on.scope, on.shapes);
        if (result.warning)
            on.warnings.push(result.warning);
        return result.output;
    };
}
/**
 * Renders subject and body from the inputs or the defaults, with every value from the event shown
 * literally (see slots.ts): HTML-escaped in the HTML part, as written in the text part and subject.
 * The Markdown engine is loaded only for a message that needs it: a Markdown body, or a
 * `| markdown` value (the default release email's notes) in an HTML part.
 */
async function renderContent(settings, ctx, enrichment, env) {
    const { template, format } = loadBodyTemplate(settings, ctx);
    // A Markdown body always needs it: start loading before the templates render.
    const early = template !== undefined && format === 'markdown' ? loadMarkdown() : undefined;
    early?.catch(() => undefined);
    const slots = new render_slots/* Slots */.WR();
    const engine = (0,render_template/* createEngine */.P)(slots, (0,render_template/* renderLimitMs */.es)(settings.timeoutSeconds));
    const scope = templateScope(ctx, env, settings.status, enrichment, settings.templateEnv);
    const facts = defaultFacts(ctx, settings.status, enrichment);
    const defaultScope = { ...scope, d: facts };
    const markdown = async () => early ?? (slots.hasMarkdown() ? loadMarkdown() : undefined);
    const warnings = [];
    const shapes = shapesFor(settings.templateEnv);
    // Outsiders' text that `${{ }}` put into an inline template is shown as written, never parsed.
    const hasInline = settings.subject !== undefined || (template !== undefined && !settings.bodyFile);
    const literal = hasInline ? await __webpack_require__.e(/* import() */ 835).then(__webpack_require__.bind(__webpack_require__, 4835)) : undefined;
    const inline = inlineRenderer(literal, { engine, slots, scope, shapes, payload: ctx.github, warnings });
    const subjectOut = settings.subject !== undefined
        ? inline('subject', settings.subject)
        : (0,render_template/* renderTemplate */.Xm)(engine, 'subject', DEFAULT_SUBJECT, defaultScope);
    const subject = oneLineSubject(slots.fillText(subjectOut));
    const footer = footerHtml(ctx);
    const done = (content) => {
        warnings.push(...slots.refusals());
        return warnings.length ? { ...content, warnings } : content;
    };
    if (template === undefined) {
        const text = slots.fillText((0,render_template/* renderTemplate */.Xm)(engine, 'body', DEFAULT_TEXT, defaultScope)).trim();
        if (format === 'text')
            return done({ subject, text });
        const bodyOut = (0,render_template/* renderTemplate */.Xm)(engine, 'body', DEFAULT_HTML, defaultScope);
        const body = slots.fillHtml(bodyOut, await markdown());
        const preheader = (0,render_template/* oneLine */.TN)([facts.place, ctx.short_sha && `${ctx.short_sha} ${ctx.commit.title}`, facts.trigger]
            .filter(Boolean)
            .join(' · '));
        return done({
            subject,
            text,
            html: emailDocument(body, subject, { accent: facts.color, footerHtml: footer, preheader }),
        });
    }
    // `body-file` is authored, not substituted into: it stays strict.
    const input = settings.bodyFile ? 'body-file' : 'body';
    const out = settings.bodyFile
        ? (0,render_template/* renderTemplate */.Xm)(engine, input, template, scope, shapes)
        : inline(input, template);
    if (format === 'text')
        return done({ subject, text: slots.fillText(out) });
    if (format === 'html') {
        const html = slots.fillHtml(out, await markdown(), input);
        // Its own chunk (html-to-text and its parser), loaded only for an HTML body.
        const { htmlToText } = await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 123));
        return done({ subject, text: htmlToText(html), html });
    }
    const md = (await markdown());
    return done({
        subject,
        text: slots.fillText(out),
        html: emailDocument(slots.fillHtml(md.markdownToHtml(out, true), md, input), subject, {
            footerHtml: footer,
        }),
    });
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WR: () => (/* binding */ Slots),
  ng: () => (/* binding */ stringifyValue)
});

// UNUSED EXPORTS: withoutHtmlComments

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/html-tokens.ts
/**
 * A tokenizer for an author's HTML template, following the WHATWG tokenizer's states for what
 * matters to placing a value: tags and their attributes (an apostrophe inside an unquoted value is
 * part of it: `<a title=it's href="…">` has an `href`), comments (`-->`, `--!>`, `<!-->`), bogus
 * comments, and the elements whose content is raw text (`<style>`, `<script>`…) or escapable raw text
 * (`<title>`, `<textarea>`), which are raw only outside `<svg>` and `<math>`. One pass, each character
 * read a bounded number of times. Not a tree builder: callers track open elements themselves.
 */
/** Content is raw text up to the matching end tag (outside foreign content). */
const RAW_TEXT = new Set([
    'style',
    'script',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'noscript',
    'textarea',
    'title',
    'plaintext',
]);
const SPACE = /[\t\n\f\r ]/;
const FOREIGN = new Set(['svg', 'math']);
/** Where the raw content of `name` starting at `from` ends: its end tag, or the end of input. */
function rawEnd(html, from, name) {
    if (name === 'plaintext')
        return html.length;
    let at = from;
    for (;;) {
        const lt = html.indexOf('</', at);
        if (lt < 0)
            return html.length;
        const after = html.charAt(lt + 2 + name.length);
        if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name && /^[\t\n\f\r />]?$/.test(after)) {
            return lt;
        }
        at = lt + 2;
    }
}
/** The end of a comment starting at `start` (`<!--`). */
function commentEnd(html, start) {
    if (html.startsWith('>', start + 4))
        return start + 5;
    if (html.startsWith('->', start + 4))
        return start + 6;
    const close = /--!?>/g;
    close.lastIndex = start + 4;
    const m = close.exec(html);
    return m ? m.index + m[0].length : html.length;
}
/** Reads a tag's attributes from `i` (after its name); undefined when the input ends inside it. */
function readAttributes(html, i) {
    const attributes = [];
    const n = html.length;
    for (;;) {
        while (i < n && (SPACE.test(html[i]) || (html[i] === '/' && html[i + 1] !== '>')))
            i++;
        if (i >= n)
            return undefined;
        if (html[i] === '>')
            return { attributes, end: i + 1, selfClosing: false };
        if (html.startsWith('/>', i))
            return { attributes, end: i + 2, selfClosing: true };
        const start = i;
        i++; // The first character is part of the name, even `=`.
        while (i < n && !/[\t\n\f\r />=]/.test(html[i]))
            i++;
        const name = html.slice(start, i);
        let j = i;
        while (j < n && SPACE.test(html[j]))
            j++;
        if (html[j] !== '=') {
            attributes.push({ name, value: '', start, end: i });
            continue;
        }
        j++;
        while (j < n && SPACE.test(html[j]))
            j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
            const close = html.indexOf(quote, j + 1);
            if (close < 0)
                return undefined;
            attributes.push({ name, value: html.slice(j + 1, close), start, end: close + 1 });
            i = close + 1;
        }
        else {
            let k = j;
            while (k < n && !/[\t\n\f\r >]/.test(html[k]))
                k++;
            attributes.push({ name, value: html.slice(j, k), start, end: k });
            i = k;
        }
    }
}
/** The tokens of `html`, in order, covering it without gaps. */
function* htmlTokens(html) {
    let i = 0;
    let textStart = 0;
    let foreign = 0;
    const n = html.length;
    while (i < n) {
        const lt = html.indexOf('<', i);
        if (lt < 0)
            break;
        const next = html[lt + 1] ?? '';
        let token;
        if (html.startsWith('<!--', lt)) {
            token = { kind: 'comment', start: lt, end: commentEnd(html, lt) };
        }
        else if (/[A-Za-z]/.test(next) || (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? ''))) {
            const closing = next === '/';
            let k = lt + (closing ? 2 : 1);
            while (k < n && !/[\t\n\f\r />]/.test(html[k]))
                k++;
            const name = html.slice(lt + (closing ? 2 : 1), k).toLowerCase();
            const rest = readAttributes(html, k);
            token = rest
                ? { kind: 'tag', start: lt, name, nameEnd: k, closing, ...rest }
                : { kind: 'comment', start: lt, end: n };
        }
        else if (next === '!' || next === '?' || next === '/') {
            const gt = html.indexOf('>', lt + 2);
            token = { kind: 'comment', start: lt, end: gt < 0 ? n : gt + 1 };
        }
        if (!token) {
            i = lt + 1;
            continue;
        }
        if (lt > textStart)
            yield { kind: 'text', start: textStart, end: lt };
        yield token;
        i = token.end;
        textStart = i;
        if (token.kind !== 'tag')
            continue;
        if (FOREIGN.has(token.name) && !token.selfClosing)
            foreign += token.closing ? (foreign > 0 ? -1 : 0) : 1;
        if (!token.closing && foreign === 0 && RAW_TEXT.has(token.name)) {
            const end = rawEnd(html, i, token.name);
            if (end > i)
                yield { kind: 'text', start: i, end, raw: token.name };
            i = end;
            textStart = i;
        }
    }
    if (n > textStart)
        yield { kind: 'text', start: textStart, end: n };
}

;// CONCATENATED MODULE: ./src/render/slots.ts



/** Attributes whose value is fetched or followed: a placeholder there must yield a safe URL. */
const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'background',
    'poster',
    'cite',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'data',
    'xlink:href',
    'ping',
    'manifest',
    'icon',
    'codebase',
    'usemap',
]);
/** Tags whose content is not markup: line breaks stay line breaks there. */
const LITERAL_CONTENT = /^(pre|textarea|script|style|title)$/;
/** Elements with no content, so never an enclosing element. */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Elements that may hold blocks (headings, lists, tables); inside any other, Markdown goes inline. */
const FLOW = /^(div|td|th|li|dd|blockquote|body|center|section|article|aside|main|header|footer|nav|details|figure)$/;
/**
 * Elements a value may not reach at all, neither in their content nor in their attributes: style
 * sheets and scripts (escaping HTML does nothing for CSS or JavaScript), frames and plugins, `<meta>`
 * (`http-equiv=refresh` redirects), `<base>` and `<link>`, and SVG animations (which can set `href`).
 */
const REFUSED_ELEMENTS = new Set([
    'style',
    'script',
    'xmp',
    'iframe',
    'frame',
    'frameset',
    'noembed',
    'noframes',
    'noscript',
    'plaintext',
    'object',
    'embed',
    'applet',
    'param',
    'meta',
    'base',
    'link',
    'animate',
    'set',
    'animatemotion',
    'animatetransform',
]);
/** Attributes whose value is markup or script: `srcdoc` is a whole document. */
const REFUSED_ATTRIBUTES = new Set(['srcdoc']);
/** Characters all values of one message may add up to (SPEC §4: Liquid's memory bounded). */
const MAX_SLOT_CHARS = 20_000_000;
/** Turns a Liquid output value into the string Liquid would show. */
function stringifyValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return value.map(stringifyValue).join(', ');
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return String(value);
    }
}
/** Decodes the few entities an author's HTML or Markdown output uses, for checking a URL's scheme. */
function decodeEntities(text) {
    return text
        .replace(/&#x([0-9a-f]+);?/gi, (_m, hex) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
        .replace(/&#(\d+);?/g, (_m, dec) => String.fromCodePoint(Number(dec) % 0x110000))
        .replace(/&colon;/gi, ':')
        .replace(/&tab;/gi, '\t')
        .replace(/&newline;/gi, '\n')
        .replace(/&lt;/gi, '<')
        .replace(/&gt;/gi, '>')
        .replace(/&quot;/gi, '"')
        .replace(/&#39;|&apos;/gi, "'")
        .replace(/&amp;/gi, '&');
}
/** Values for one message: every placeholder handed out, and how to fill them in. */
/** Removes complete `<!-- … -->` comments and the line break after each; an unclosed one stays. */
function withoutHtmlComments(value) {
    return value.replace(/<!--[\s\S]*?-->[ \t]*(\r?\n)?/g, '');
}
class Slots {
    nonce;
    slots = [];
    chars = 0;
    pattern;
    refused = new Set();
    constructor(nonce = (0,external_node_crypto_.randomBytes)(6).toString('hex')) {
        if (!/^[0-9a-f]{6,32}$/.test(nonce))
            throw new Error('Slots: nonce must be lowercase hex');
        this.nonce = nonce;
        // Case-insensitive, so a filter such as `upcase` applied after `markdown` still resolves.
        this.pattern = new RegExp(`Q${nonce}N(\\d{1,7})E`, 'gi');
    }
    /** Registers a value and returns its placeholder (letters and digits only). */
    add(kind, value) {
        // A value captured from template output may hold placeholders: it is shown as the text they stand for.
        const text = this.fillText(stringifyValue(value));
        // Placeholders are short, so a capture that doubles them stays small to Liquid: counted here.
        this.chars += text.length;
        if (this.chars > MAX_SLOT_CHARS)
            throw new Error('memory limit exceeded (values over 20 MB in all)');
        this.slots.push({ kind, value: text });
        return `Q${this.nonce}N${this.slots.length - 1}E`;
    }
    /** True when a `| markdown` value was output: its HTML needs the Markdown renderer. */
    hasMarkdown() {
        return this.slots.some((s) => s.kind === 'markdown');
    }
    /** True when the string holds at least one placeholder of this message. */
    has(text) {
        this.pattern.lastIndex = 0;
        return this.pattern.test(text);
    }
    slot(index) {
        return this.slots[Number(index)] ?? { kind: 'text', value: '' };
    }
    /**
     * Fills every placeholder with its value as is: for the text part and the subject. A `| markdown`
     * value loses its HTML comments (such as the one GitHub puts at the top of generated release
     * notes), which a reader of the HTML part never sees either.
     */
    fillText(text) {
        return text.replace(this.pattern, (_m, i) => {
            const slot = this.slot(i);
            return slot.kind === 'markdown' ? withoutHtmlComments(slot.value) : slot.value;
        });
    }
    /**
     * Fills placeholders in HTML, each escaped for where it landed. A Markdown value standing alone in
     * a paragraph or in an element that may hold blocks (div, td, li…) becomes blocks; inside a line
     * of text or an inline element (strong, span, a…) it becomes inline HTML.
     * `markdown` is required when `hasMarkdown()`.
     */
    fillHtml(html, markdown, input = 'body') {
        // <p>{{ notes | markdown }}</p> would nest blocks inside a paragraph: use a <div> instead.
        const prepared = html.replace(new RegExp(`<p(?:\\s[^>]*)?>\\s*(Q${this.nonce}N(\\d{1,7})E)\\s*</p>`, 'gi'), (whole, token, i) => (this.slot(i).kind === 'markdown' ? `<div>${token}</div>` : whole));
        let out = '';
        const open = [];
        // Every open element, innermost last: a Markdown value becomes blocks only where blocks may be.
        const enclosing = [];
        const blocksAllowed = () => enclosing.length === 0 || FLOW.test(enclosing[enclosing.length - 1]);
        // Where this tracking and a browser's tree could differ (tags that break out of <svg>, its
        // integration points), it errs to the strict side: markup a browser would take as text is
        // checked as markup, and anything under a refused element is refused, tag or text.
        const refusedIn = () => enclosing.find((tag) => REFUSED_ELEMENTS.has(tag));
        for (const token of htmlTokens(prepared)) {
            const text = prepared.slice(token.start, token.end);
            if (token.kind === 'comment') {
                // Comments are invisible: a value there could only end the comment early.
                out += text.replace(this.pattern, '');
            }
            else if (token.kind === 'text') {
                const refused = token.raw && REFUSED_ELEMENTS.has(token.raw) ? token.raw : refusedIn();
                out += refused
                    ? this.refuse(text, `<${refused}>`, input)
                    : this.fillContent(text, open.length > 0 || token.raw !== undefined, markdown, blocksAllowed());
            }
            else {
                out += this.fillTag(text, token, refusedIn(), input);
                this.track(token, open, enclosing);
            }
        }
        return out;
    }
    /** Keeps the stacks of open elements up to date after a tag. */
    track(token, open, enclosing) {
        const tag = token.name;
        if (token.closing) {
            const at = open.lastIndexOf(tag);
            if (at >= 0)
                open.length = at;
            const within = enclosing.lastIndexOf(tag);
            if (within >= 0)
                enclosing.length = within;
        }
        else if (!token.selfClosing && !VOID.test(tag)) {
            enclosing.push(tag);
            if (LITERAL_CONTENT.test(tag))
                open.push(tag);
        }
    }
    /** Removes every placeholder from `text`, noting the place for a warning when there was one. */
    refuse(text, place, input) {
        if (!this.has(text))
            return text;
        this.refused.add(`Input \`${input}\`: a value inside ${place} was left out, since it cannot be shown there safely; put values in element text or ordinary attributes.`);
        return text.replace(this.pattern, '');
    }
    /** One warning line for each unsafe place a value was left out of (see fillHtml), and each cut value. */
    refusals() {
        return [...this.refused];
    }
    /** Text between tags: values escaped; line breaks become <br> outside <pre> and the like. */
    fillContent(text, literal, markdown, blocksAllowed = true) {
        if (!text)
            return text;
        const alone = text.trim().toLowerCase();
        return text.replace(this.pattern, (token, i) => {
            const slot = this.slot(i);
            if (slot.kind === 'markdown' && !literal) {
                // Never shown unrendered or raw: a missing renderer is a bug, and fails the step.
                if (!markdown)
                    throw new Error('Slots: a `| markdown` value needs the Markdown renderer');
                if (slot.value.length > markdown.MAX_UNTRUSTED_MARKDOWN) {
                    this.refused.add(`A \`| markdown\` value of ${slot.value.length} characters was cut to ${markdown.MAX_UNTRUSTED_MARKDOWN} in the HTML part, which says where; the text part holds it whole.`);
                }
                return alone === token.toLowerCase() && blocksAllowed
                    ? markdown.markdownToHtml(slot.value, false)
                    : markdown.markdownToInlineHtml(slot.value);
            }
            const escaped = (0,render_escape/* escapeHtml */.Z)(slot.value);
            return literal ? escaped : escaped.replace(/\r\n|\r|\n/g, '<br>\n');
        });
    }
    /**
     * A tag: placeholders may only fill attribute values of ordinary elements, and URL attributes must
     * stay safe. An end tag's attributes mean nothing, and a placeholder in a name could create markup:
     * both are dropped.
     */
    fillTag(text, token, refusedIn, input) {
        if (!this.has(text))
            return text;
        const offset = token.start;
        const name = text.slice(0, token.nameEnd - offset);
        if (token.closing || this.has(name))
            return text.replace(this.pattern, '');
        const refusedTag = refusedIn ?? (REFUSED_ELEMENTS.has(token.name) ? token.name : undefined);
        let out = name;
        let last = token.nameEnd - offset;
        for (const attribute of token.attributes) {
            out += text.slice(last, attribute.start - offset);
            last = attribute.end - offset;
            const whole = text.slice(attribute.start - offset, last);
            if (!this.has(whole)) {
                out += whole;
                continue;
            }
            const attr = attribute.name.toLowerCase();
            if (refusedTag || REFUSED_ATTRIBUTES.has(attr)) {
                this.refuse(whole, refusedTag ? `<${refusedTag}>` : `the ${attr} attribute`, input);
                continue;
            }
            out += this.fillAttribute(attribute.name, attribute.value);
        }
        return out + text.slice(last);
    }
    /** `name="value"` with its placeholders filled, or nothing when no value may go there. */
    fillAttribute(name, value) {
        if (this.has(name))
            return '';
        const attr = name.toLowerCase();
        // Event handlers decode entities before running: no value may reach them.
        if (attr.startsWith('on'))
            return '';
        if (URL_ATTRIBUTES.has(attr)) {
            const url = decodeEntities(this.fillText(value));
            if (attr === 'srcset' || !(0,render_escape/* isSafeUrl */.F)(url))
                return '';
        }
        const safeValue = value
            .split(this.pattern)
            .map((part, n) => {
            // split() with one capture group alternates text and slot indexes.
            if (n % 2 === 1) {
                const v = this.slot(part).value;
                return attr === 'style' ? v.replace(/[^A-Za-z0-9#.%, -]/g, '') : (0,render_escape/* escapeHtml */.Z)(v);
            }
            return part.replace(/"/g, '&quot;');
        })
            .join('');
        return `${name}="${safeValue}"`;
    }
}


/***/ }),

/***/ 2944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ createEngine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   es: () => (/* binding */ renderLimitMs),
/* harmony export */   v_: () => (/* binding */ renderOrExplain)
/* harmony export */ });
/* unused harmony exports suggestVariable, templateErrorMessage */
/* harmony import */ var liquidjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8694);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);
/* harmony import */ var _variables_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(541);




/** Bounds on what one template may cost; a template is the author's, but loops over payloads are not. */
const LIMITS = { parseLimit: 1_000_000, renderLimit: 5_000, memoryLimit: 50_000_000 };
/** Render time for one template: a quarter of `timeout-seconds`, 5 s at most, so sending has time. */
function renderLimitMs(timeoutSeconds) {
    return Math.max(100, Math.min(LIMITS.renderLimit, (timeoutSeconds * 1000) / 4));
}
/** `{% capture %}` charged to `memoryLimit`: LiquidJS does not count it, so doubling reached GBs. */
class BoundedCaptureTag extends liquidjs__WEBPACK_IMPORTED_MODULE_3__/* .CaptureTag */ .XU {
    *render(ctx) {
        yield* super.render(ctx);
        const value = ctx.bottom()[this.variable];
        if (typeof value === 'string')
            ctx.memoryLimit.use(value.length);
    }
}
/**
 * The runtime's default locale, resolved only when a `date` filter formats a date. Without a
 * `locale`, LiquidJS resolves it up front with `Intl.DateTimeFormat().resolvedOptions()`, which
 * loads ICU's locale data: about 13 ms of every run, needed only by `date`. An empty locale list
 * means the same thing to `Intl` (ECMA-402 CanonicalizeLocaleList: no requested locale, so the
 * default one), and LiquidJS only ever hands `locale` on to `Intl.DateTimeFormat` and
 * `Date.prototype.toLocale*String`.
 */
const DEFAULT_LOCALE = [];
/**
 * A Liquid engine whose every `{{ output }}` becomes a placeholder in `slots`, so no value can ever
 * turn into markup. Strict: an unknown variable or filter is an error, except as the sole subject of
 * an `if`/`unless`/`default` (so `{% if github.event.pull_request %}` works on a push; misspelt names
 * there are caught before rendering, see renderTemplate). It reads no files:
 * `include`, `render` and `layout` see an empty in-memory set of templates.
 */
function createEngine(slots, renderLimit = LIMITS.renderLimit) {
    const engine = new liquidjs__WEBPACK_IMPORTED_MODULE_3__/* .Liquid */ .HX({
        strictVariables: true,
        strictFilters: true,
        lenientIf: true,
        ownPropertyOnly: true,
        jsTruthy: false,
        templates: {},
        relativeReference: false,
        dynamicPartials: false,
        cache: false,
        locale: DEFAULT_LOCALE,
        ...LIMITS,
        renderLimit,
        outputEscape: (value) => slots.add('text', value),
    });
    engine.registerTag('capture', BoundedCaptureTag);
    // `| markdown`: sanitised Markdown in the HTML part, the value as written in the text part.
    engine.registerFilter('markdown', { raw: true, handler: (value) => slots.add('markdown', value) });
    // `| one_line`: line breaks become spaces, for titles and names in a one-line place.
    engine.registerFilter('one_line', (value) => oneLine((0,_slots_js__WEBPACK_IMPORTED_MODULE_1__/* .stringifyValue */ .ng)(value)));
    // Every value is escaped already; escaping again would show `&amp;lt;` to the reader.
    engine.registerFilter('escape', (value) => value);
    engine.registerFilter('escape_once', (value) => value);
    return engine;
}
/** Line breaks and other control characters become single spaces. */
function oneLine(text) {
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
}
/** The closest existing name for a misspelt variable path such as `commit.titel`, if one is close. */
function suggestVariable(path, scope) {
    const parts = path.split('.');
    let parent = scope;
    for (const part of parts.slice(0, -1)) {
        if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, part))
            return undefined;
        parent = parent[part];
    }
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent))
        return undefined;
    const best = (0,_variables_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .Nf)(parts.at(-1), Object.keys(parent));
    return best === undefined ? undefined : [...parts.slice(0, -1), best].join('.');
}
function unknownVariable(input, name, line, suggestion) {
    const where = line ? ` on line ${line}` : '';
    const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
    if (/^env[.[]/.test(name)) {
        return `Input \`${input}\`: unknown variable \`${name}\`${where}${hint}. Templates see only the environment variables named in \`template-env\`; add it there.`;
    }
    return `Input \`${input}\`: unknown variable \`${name}\`${where}${hint}. See the list of template variables in docs/templates.md; test optional ones with {% if … %}.`;
}
/** One line for a template error: the input, what is wrong, and `line N` in the template. */
function templateErrorMessage(input, err, scope) {
    if (!(err instanceof liquidjs__WEBPACK_IMPORTED_MODULE_3__/* .LiquidError */ .HN)) {
        return `Input \`${input}\` could not be rendered: ${String(err?.message ?? err).split('\n')[0]}`;
    }
    const [line] = err.token?.getPosition?.() ?? [0];
    const where = line ? ` on line ${line}` : '';
    const raw = (err.originalError?.message ?? err.message).split('\n')[0].replace(/, line:\d+, col:\d+$/, '');
    if (err instanceof liquidjs__WEBPACK_IMPORTED_MODULE_3__/* .UndefinedVariableError */ .ni || /^undefined variable: /.test(raw)) {
        const name = raw.replace(/^undefined variable: /, '');
        return unknownVariable(input, name, line, suggestVariable(name, scope));
    }
    if (/^undefined filter: /.test(raw)) {
        return `Input \`${input}\`: unknown filter \`${raw.replace(/^undefined filter: /, '')}\`${where}.`;
    }
    if (/Failed to lookup/.test(raw)) {
        return `Input \`${input}\`: templates cannot include other files (include, render and layout are not available)${where}.`;
    }
    return `Input \`${input}\`: template error${where}: ${raw}.`;
}
/**
 * Renders one template with placeholders for its values (see slots.ts). Throws an InputError naming
 * the input and the line on any template error. With `shapes`, first checks every name and field the
 * template reads against them (see variables.ts): a misspelt one is an error on every event, inside
 * `{% if %}` and loops too, not only where it happens to be rendered. Once checked, a name that exists
 * but has no value on this run (`pull_request.title` on a push) renders empty.
 */
function renderTemplate(engine, input, source, scope, shapes) {
    const result = renderOrExplain(engine, input, source, scope, shapes);
    if (result.error !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, result.error);
    return result.output;
}
/** The rendered output, or the one-line template error; an unknown name is always thrown. */
function renderOrExplain(engine, input, source, scope, shapes) {
    try {
        const template = engine.parse(source);
        const unknowns = shapes ? (0,_variables_js__WEBPACK_IMPORTED_MODULE_2__/* .checkVariables */ .kL)(engine, template, shapes) : [];
        // `{{ .Values.tag }}` is Go template syntax (Helm, Hugo), which LiquidJS reads as `Values`: text
        // that is not a Liquid template, not a misspelt name.
        const go = unknowns.find((u) => source.split('\n')[u.row - 1]?.charAt(u.col - 1) === '.');
        if (go) {
            return {
                error: `Input \`${input}\`: template error on line ${go.row}: \`.${go.path}\` is Go template syntax, not Liquid.`,
            };
        }
        const [unknown] = unknowns;
        if (unknown) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, unknownVariable(input, unknown.path, unknown.row, unknown.suggestion));
        }
        return { output: engine.renderSync(template, scope, shapes ? { strictVariables: false } : {}) };
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw err;
        return { error: templateErrorMessage(input, err, scope) };
    }
}


/***/ }),

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   kL: () => (/* binding */ checkVariables)
/* harmony export */ });
/* harmony import */ var liquidjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8694);
/* harmony import */ var _inputs_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7443);
/**
 * The static check of a template's variables, before it renders: every name it reads must be a
 * template variable or one the template binds itself, and every field one the variable has.
 *
 * Rendering alone cannot be trusted with this. Liquid makes an unknown name inside `{% if %}` quietly
 * false, and a loop over an empty list never reads its items: `{{ j.nam }}` inside
 * `{% for j in failed_jobs %}` passes every successful run, then fails the one failure email that
 * matters. So the check reads the template, not the values: it holds on every event and status.
 */


/** An object with these fields. */
const fields = (shape) => ({ fields: shape });
/** A list whose items have this shape. */
const listOf = (item) => ({ items: item });
/** LiquidJS's `forloop` (drops/forloop-drop): its methods are the fields a template reads. */
const FORLOOP_FIELDS = {
    index: 'value',
    index0: 'value',
    rindex: 'value',
    rindex0: 'value',
    first: 'value',
    last: 'value',
    length: 'value',
    name: 'value',
};
const FORLOOP = fields(FORLOOP_FIELDS);
const TABLEROWLOOP = fields({
    ...FORLOOP_FIELDS,
    row: 'value',
    col: 'value',
    col0: 'value',
    col_first: 'value',
    col_last: 'value',
});
/** Filters that return a list of the same items (or, on a value, a value). */
const SAME_SHAPE_FILTERS = new Set([
    'compact',
    'reject',
    'reject_exp',
    'reverse',
    'slice',
    'sort',
    'sort_natural',
    'uniq',
    'where',
    'where_exp',
]);
/** Filters that return one item of a list. */
const ITEM_FILTERS = new Set(['first', 'last', 'find', 'find_exp']);
/**
 * The closest of `names` to a misspelt `wanted`: a name it shortens (`repo`, `nam`), a name it
 * shares a long start with (`tag_name` → `tag`), else the nearest within a few edits (`titel`).
 */
function closestName(wanted, names) {
    const lower = wanted.toLowerCase();
    const abbreviated = names
        .filter((k) => lower.length >= 3 && k.toLowerCase().startsWith(lower))
        .sort((a, b) => a.length - b.length)[0];
    if (abbreviated)
        return abbreviated;
    let best;
    let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
    for (const name of names) {
        const d = (0,_inputs_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .YC)(lower, name.toLowerCase());
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best ?? (0,_inputs_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closestWord */ .En)(wanted, names);
}
/** The names one can read below a shape, for a suggestion. */
function namesBelow(shape) {
    if (typeof shape === 'string')
        return [];
    return 'fields' in shape ? Object.keys(shape.fields) : ['first', 'last', 'size'];
}
/** What is below `shape` at `key`; undefined when nothing is. */
function below(shape, key) {
    if (shape === 'any')
        return 'any';
    const name = typeof key === 'string' ? key : undefined;
    if (typeof shape !== 'string' &&
        'fields' in shape &&
        name !== undefined &&
        Object.hasOwn(shape.fields, name)) {
        return shape.fields[name];
    }
    // Liquid's `size` of a string, list or object; its `first` and `last` of a list; and `length`,
    // which LiquidJS reads from the JavaScript string or array.
    if (name === 'size')
        return 'value';
    if (shape === 'value')
        return name === undefined || name === 'length' ? 'value' : undefined;
    if ('items' in shape) {
        if (name === 'length')
            return 'value';
        return name === undefined || name === 'first' || name === 'last' ? shape.items : undefined;
    }
    return typeof key === 'object' ? 'any' : undefined;
}
/** `path` followed by `key` as Liquid writes it: `.name`, `[0]`, `["a b"]`, `[i]`. */
function pathWith(path, key) {
    if (typeof key === 'object')
        return `${path}[${key.computed}]`;
    if (typeof key === 'number')
        return `${path}[${key}]`;
    return /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
/** The shape of one item when a `for` or `tablerow` walks over a value of `shape`. */
function itemOf(shape) {
    if (shape === undefined || shape === 'any')
        return 'any';
    if (shape === 'value')
        return 'value';
    // An object is walked as [key, value] pairs.
    return 'items' in shape ? shape.items : 'any';
}
/** One pass over a parsed template; see checkVariables. */
class Check {
    globals;
    found = [];
    /** Names bound by for/tablerow, innermost last. */
    blocks = [];
    /** Names the template assigns, captures, increments or decrements anywhere. */
    bound = new Map();
    /** How many tags bind each of those names: one `assign` of a plain path keeps its shape. */
    bindings = new Map();
    constructor(globals) {
        this.globals = globals;
    }
    run(templates) {
        this.collectBindings(templates);
        this.walk(templates);
    }
    /** Liquid keeps an assigned name for the rest of the render, loops included: allowed everywhere. */
    collectBindings(templates) {
        for (const template of templates) {
            for (const ident of template.localScope?.() ?? []) {
                const name = String(ident.content);
                this.bound.set(name, 'any');
                this.bindings.set(name, (this.bindings.get(name) ?? 0) + 1);
            }
            if (template.children && !template.partialScope)
                this.collectBindings(children(template));
        }
    }
    walk(templates) {
        for (const template of templates) {
            if (template instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .AssignTag */ .ED) {
                this.assign(template);
                continue;
            }
            if (template instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .ForTag */ .I9 || template instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TablerowTag */ .p7) {
                const collection = this.shapeOf(template.collection);
                // `offset: continue` reads the loop's own register.
                this.blocks.push(new Map([['continue', 'any']]));
                for (const arg of template.arguments())
                    if (arg !== template.collection)
                        this.check(arg);
                this.blocks.pop();
                const loop = template instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .ForTag */ .I9 ? ['forloop', FORLOOP] : ['tablerowloop', TABLEROWLOOP];
                this.blocks.push(new Map([
                    [template.variable, itemOf(collection)],
                    [loop[0], loop[1]],
                ]));
                this.walk(children(template));
                this.blocks.pop();
                continue;
            }
            for (const arg of template.arguments?.() ?? [])
                this.check(arg);
            // include, render and layout read other files, which templates cannot: rendering says so.
            if (!template.children || template.partialScope)
                continue;
            const names = [...(template.blockScope?.() ?? [])];
            if (names.length)
                this.blocks.push(new Map(names.map((name) => [name, 'any'])));
            this.walk(children(template));
            if (names.length)
                this.blocks.pop();
        }
    }
    /** Checks an assign's value. `{% assign jobs = failed_jobs | reverse %}`, the only binding of `jobs`, gives it their shape. */
    assign(tag) {
        // LiquidJS keeps the name and value in fields its typings call private.
        const { key, value } = tag;
        if (typeof key !== 'string' || !(value instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .Value */ .WT)) {
            for (const arg of tag.arguments())
                this.check(arg);
            return;
        }
        const shape = this.shapeOf(value);
        if (this.bindings.get(key) === 1)
            this.bound.set(key, shape ?? 'any');
    }
    /** Checks every variable an argument reads. */
    check(arg) {
        for (const token of accesses(arg))
            this.resolve(token);
    }
    /**
     * The shape of a value: a path, optionally through filters that keep its items. Its variables are
     * checked (once: loop collections only come here). Undefined when unknown.
     */
    shapeOf(arg) {
        const [initial, filters] = arg instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .Value */ .WT
            ? [arg.initial.postfix, arg.filters.map((f) => f.name)]
            : liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isFilteredValueToken(arg)
                ? [arg.initial.postfix, arg.filters.map((f) => f.name)]
                : [[arg], []];
        const only = initial.length === 1 && liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isPropertyAccessToken(initial[0]) ? initial[0] : undefined;
        // Check everything the value reads; `only`'s shape is the resolve below.
        for (const token of accesses(arg))
            if (token !== only)
                this.resolve(token);
        let shape = only
            ? this.resolve(only)
            : liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isRangeToken(initial[0])
                ? listOf('value')
                : undefined;
        for (const filter of filters) {
            if (shape === undefined || shape === 'any')
                return shape;
            if (ITEM_FILTERS.has(filter))
                shape = typeof shape !== 'string' && 'items' in shape ? shape.items : 'any';
            else if (!SAME_SHAPE_FILTERS.has(filter))
                return 'any';
        }
        return shape;
    }
    lookup(name) {
        for (let i = this.blocks.length - 1; i >= 0; i--) {
            const shape = this.blocks[i].get(name);
            if (shape !== undefined)
                return shape;
        }
        return this.bound.get(name) ?? (Object.hasOwn(this.globals, name) ? this.globals[name] : undefined);
    }
    visibleNames() {
        return [
            ...new Set([
                ...this.blocks.flatMap((b) => [...b.keys()]),
                ...this.bound.keys(),
                ...Object.keys(this.globals),
            ]),
        ];
    }
    /** Checks one path and returns what it reads: undefined after an unknown name or field. */
    resolve(token) {
        const [row, col] = token.getPosition();
        // A path below a literal (`"abc".size`) or a computed name: check what it reads, not the path.
        const [root, ...props] = token.props;
        if (token.variable) {
            for (const inner of accesses(token.variable))
                this.resolve(inner);
            for (const prop of token.props)
                this.key(prop);
            return 'any';
        }
        const name = root && (liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isWordToken(root) || liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isQuotedToken(root)) ? root.content : undefined;
        if (name === undefined) {
            for (const prop of token.props)
                this.key(prop);
            return 'any';
        }
        let shape = this.lookup(name);
        if (shape === undefined) {
            const suggestion = closestName(name, this.visibleNames());
            this.found.push({ path: name, row, col, ...(suggestion ? { suggestion } : {}) });
            for (const prop of props)
                this.key(prop);
            return undefined;
        }
        let path = name;
        for (const prop of props) {
            const key = this.key(prop);
            const next = below(shape, key);
            if (next === undefined) {
                const wrong = pathWith(path, key);
                const meant = typeof key === 'string' ? closestName(key, namesBelow(shape)) : undefined;
                this.found.push({ path: wrong, row, col, ...(meant ? { suggestion: pathWith(path, meant) } : {}) });
                return undefined;
            }
            path = pathWith(path, key);
            shape = next;
        }
        return shape;
    }
    /** The key a property reads; a computed one is checked as a path of its own. */
    key(prop) {
        if (liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isWordToken(prop) || liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isQuotedToken(prop))
            return prop.content;
        if (liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isNumberToken(prop))
            return Number(prop.content);
        for (const inner of accesses(prop))
            this.resolve(inner);
        return { computed: prop.getText() };
    }
}
/** A tag's or block's inner templates. */
function children(template) {
    return template.children ? (0,liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .toValueSync */ .qr)(template.children(false, true)) : [];
}
/** The outermost paths a value reads, through operators, ranges, groups and filter arguments. */
function* accesses(arg) {
    if (arg instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .Value */ .WT || liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isFilteredValueToken(arg)) {
        for (const token of arg.initial.postfix)
            yield* accesses(token);
        for (const filter of arg.filters) {
            for (const fa of filter.args)
                yield* accesses(Array.isArray(fa) ? fa[1] : fa);
        }
    }
    else if (liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isRangeToken(arg)) {
        yield* accesses(arg.lhs);
        yield* accesses(arg.rhs);
    }
    else if (liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TypeGuards */ .TG.isPropertyAccessToken(arg)) {
        yield arg;
    }
}
/**
 * Every unknown name or field `source` reads, in the order they appear, checked against `globals`
 * and the names the template binds itself (assign, capture, increment, decrement, for, tablerow,
 * forloop). Loop items have their list's item shape. Throws only what `engine.parse` throws.
 */
function checkVariables(engine, source, globals) {
    const check = new Check(globals);
    check.run(typeof source === 'string' ? engine.parse(source) : source);
    return check.found.sort((a, b) => a.row - b.row || a.col - b.col);
}


/***/ })

};
