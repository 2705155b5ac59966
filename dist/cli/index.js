#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: AuthHelperError, GOOGLE_AUTHORIZE_URL, GOOGLE_TOKEN_URL, SCOPE_ALIASES, USAGE, consentUrl, explainConsentError, explainExchangeError, parseAuthArgs, pkcePair, runAuthFlow, successText

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/hosts.ts
/**
 * Host names the action treats specially, decided in one place: loopback (where plain http is
 * allowed), Gmail's SMTP hosts (which get Gmail's own advice) and the Google hosts known to exist.
 */
/**
 * True for a loopback host name as `URL.hostname` gives it: `localhost`, `[::1]` or 127.x.x.x
 * (the URL parser writes every IPv4 form as a dotted quad, so `127.example.com` is a name, not loopback).
 */
function isLoopback(hostname) {
    return ['localhost', '[::1]'].includes(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
/** The host name of a URL, or undefined when it is not one. */
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return undefined;
    }
}
/** A host name compared as DNS does: case and a trailing dot ignored. */
function normalized(host) {
    return host.toLowerCase().replace(/\.$/, '');
}
/**
 * Host names Google serves that the action uses or that service-account keys name (the built-in
 * `smtp-host`, `oauth-token-url` and `gmail-api-url`, and older keys' `token_uri`). They exist, so
 * ENOTFOUND for one of them is not a typo: the runner's DNS or network is failing.
 */
const GOOGLE_HOSTS = new Set([
    'smtp.gmail.com',
    'oauth2.googleapis.com',
    'gmail.googleapis.com',
    'www.googleapis.com',
    'accounts.google.com',
]);
/** Only these get Gmail's own advice (App Passwords, 2-Step Verification). */
const GMAIL_SMTP_HOSTS = new Set(['smtp.gmail.com', 'smtp.googlemail.com']);
/** True for Gmail's SMTP host (case and a trailing dot ignored). */
function isGmailSmtpHost(host) {
    return GMAIL_SMTP_HOSTS.has(normalized(host));
}
/** True for a Google host name that is known to exist (case and a trailing dot ignored). */
function isKnownGoogleHost(host) {
    return GOOGLE_HOSTS.has(normalized(host));
}

;// CONCATENATED MODULE: ./src/cli/auth-flow.ts
/**
 * The refresh-token helper: the OAuth 2.0 installed-app flow with PKCE (RFC 7636, S256) on a
 * loopback redirect (RFC 8252), as Google documents it for Desktop clients. It prints the consent
 * URL, waits for the browser to come back to http://127.0.0.1:<random port>, checks `state`,
 * exchanges the code with the verifier and prints the refresh token with the commands that store it.
 */



const GOOGLE_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
/** Scope names the helper accepts as shorthands. */
const SCOPE_ALIASES = {
    mail: 'https://mail.google.com/',
    'mail.google.com': 'https://mail.google.com/',
    'gmail.send': 'https://www.googleapis.com/auth/gmail.send',
};
/** A usage or flow failure, printed as one line. */
class AuthHelperError extends Error {
    exitCode;
    constructor(message, 
    /** Process exit code: 2 for usage errors, 1 otherwise. */
    exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'AuthHelperError';
    }
}
const USAGE = `Usage: node dist/cli/index.js --client-id ID [options]   (or: npm run auth -- …)

The client secret is read from the environment variable GMAIL_CLIENT_SECRET, which keeps it out of
shell history (--client-secret SECRET works too). No install is needed: dist/ is self-contained.

Obtains an OAuth2 refresh token for Gmail Notify with the installed-app flow (PKCE, loopback redirect).

Options:
  --client-id ID         OAuth client ID of a "Desktop app" client (or env GMAIL_CLIENT_ID)
  --client-secret SECRET Its client secret (better: env GMAIL_CLIENT_SECRET)
  --transport T          smtp (default; scope https://mail.google.com/) or gmail-api (scope gmail.send)
  --scope S              Scope to request: mail, gmail.send, or a full scope URL (overrides --transport)
  --login-hint ADDRESS   Preselect the Google account on the consent page
  --repo OWNER/NAME      Repository named in the printed gh secret set commands
  --timeout SECONDS      How long to wait for the browser (default 300)
  --auth-url URL         Authorization endpoint (default ${GOOGLE_AUTHORIZE_URL})
  --token-url URL        Token endpoint (default ${GOOGLE_TOKEN_URL})
  -h, --help             Show this help`;
function endpoint(flag, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new AuthHelperError(`${flag} must be a URL; got "${value.slice(0, 80)}".`, 2);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        throw new AuthHelperError(`${flag} must be an https:// URL (http only on loopback).`, 2);
    }
    return url.toString();
}
/** Parses the command line (`--name value` or `--name=value`). Returns undefined for --help. */
function parseAuthArgs(argv, env = {}) {
    const values = new Map();
    const known = new Set([
        'client-id',
        'client-secret',
        'transport',
        'scope',
        'login-hint',
        'repo',
        'timeout',
        'auth-url',
        'token-url',
    ]);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h' || arg === '--help')
            return undefined;
        const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
        if (!m || !known.has(m[1]))
            throw new AuthHelperError(`Unknown option "${arg}".\n\n${USAGE}`, 2);
        let value = m[2];
        if (value === undefined) {
            value = argv[i + 1];
            if (value === undefined || value.startsWith('--')) {
                throw new AuthHelperError(`Option --${m[1]} needs a value.`, 2);
            }
            i++;
        }
        values.set(m[1], value.trim());
    }
    const clientId = values.get('client-id') || env.GMAIL_CLIENT_ID?.trim() || '';
    const clientSecret = values.get('client-secret') || env.GMAIL_CLIENT_SECRET?.trim() || '';
    if (!clientId || !clientSecret) {
        throw new AuthHelperError(`Give --client-id and --client-secret: the ID and secret of an OAuth client of type "Desktop app" (Google Cloud console > Google Auth Platform > Clients).\n\n${USAGE}`, 2);
    }
    const transport = values.get('transport') ?? 'smtp';
    if (transport !== 'smtp' && transport !== 'gmail-api') {
        throw new AuthHelperError(`--transport must be smtp or gmail-api; got "${transport.slice(0, 40)}".`, 2);
    }
    const scopeInput = values.get('scope');
    let scope;
    if (scopeInput) {
        scope = SCOPE_ALIASES[scopeInput] ?? scopeInput;
        if (!scope.split(/\s+/).every((part) => /^https:\/\/\S+$/.test(part) || /^[a-z_]+$/.test(part))) {
            throw new AuthHelperError(`--scope must be mail, gmail.send or a full scope URL; got "${scopeInput.slice(0, 60)}".`, 2);
        }
    }
    else {
        scope = transport === 'gmail-api' ? SCOPE_ALIASES['gmail.send'] : SCOPE_ALIASES.mail;
    }
    const timeoutRaw = values.get('timeout') ?? '300';
    if (!/^\d+$/.test(timeoutRaw) || Number(timeoutRaw) < 1 || Number(timeoutRaw) > 3600) {
        throw new AuthHelperError(`--timeout must be a whole number of seconds from 1 to 3600.`, 2);
    }
    return {
        clientId,
        clientSecret,
        scope,
        transport: scope === SCOPE_ALIASES['gmail.send'] ? 'gmail-api' : transport,
        authorizeUrl: endpoint('--auth-url', values.get('auth-url') ?? GOOGLE_AUTHORIZE_URL),
        tokenUrl: endpoint('--token-url', values.get('token-url') ?? GOOGLE_TOKEN_URL),
        timeoutSeconds: Number(timeoutRaw),
        loginHint: values.get('login-hint') || undefined,
        repo: values.get('repo') || undefined,
    };
}
/** A PKCE verifier (43 characters from 32 random bytes) and its S256 challenge. */
function pkcePair() {
    const verifier = (0,external_node_crypto_namespaceObject.randomBytes)(32).toString('base64url');
    return { verifier, challenge: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(verifier).digest('base64url') };
}
/** The consent URL: offline access (a refresh token), consent forced so one is always issued. */
function consentUrl(options, redirectUri, challenge, state) {
    const url = new URL(options.authorizeUrl);
    const params = {
        client_id: options.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: options.scope,
        access_type: 'offline',
        prompt: 'consent',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state,
    };
    if (options.loginHint)
        params.login_hint = options.loginHint;
    for (const [key, value] of Object.entries(params))
        url.searchParams.set(key, value);
    return url.toString();
}
const PAGE_STYLE = 'font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;line-height:1.5';
function respond(res, status, title, text) {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    res.end(`<!doctype html><meta charset="utf-8"><title>${esc(title)}</title><div style="${PAGE_STYLE}"><h1>${esc(title)}</h1><p>${esc(text)}</p></div>`);
}
/**
 * Listens on 127.0.0.1 (random port) for the one redirect that carries our `state`; resolves with
 * the code or the error it brought. Other requests (favicon, probes) are answered and ignored.
 */
async function startLoopback(state) {
    let settle = () => undefined;
    const result = new Promise((resolve) => {
        settle = resolve;
    });
    let done = false;
    const server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const q = url.searchParams;
        if (done || url.pathname !== '/' || (!q.has('code') && !q.has('error'))) {
            respond(res, 404, 'Not found', 'This address only receives the sign-in redirect.');
            return;
        }
        if (q.get('state') !== state) {
            // Not the browser tab we opened (or a forged request): refuse it and stop.
            respond(res, 400, 'Sign-in failed', 'The state parameter did not match. Run the helper again.');
            done = true;
            settle({
                error: 'state_mismatch',
                description: 'the redirect did not carry the state this helper sent',
            });
            return;
        }
        done = true;
        const error = q.get('error');
        if (error) {
            respond(res, 200, 'Sign-in cancelled', 'No token was issued. You can close this tab.');
            settle({ error, description: q.get('error_description') ?? undefined });
            return;
        }
        respond(res, 200, 'Signed in', 'Gmail Notify received the authorization. You can close this tab.');
        settle({ code: q.get('code') ?? '' });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    return {
        redirectUri: `http://127.0.0.1:${port}`,
        result,
        close: () => {
            server.closeAllConnections();
            server.close();
        },
    };
}
/** Turns the token endpoint's error into one line that says what to do. */
function explainExchangeError(status, reply) {
    const error = typeof reply?.error === 'string' ? reply.error : '';
    const desc = typeof reply?.error_description === 'string' ? `: ${reply.error_description}` : '';
    const said = error ? ` (${error}${desc})` : ` (HTTP ${status})`;
    if (error === 'invalid_client' || error === 'unauthorized_client') {
        return `The token endpoint did not accept the OAuth client${said}. Check that --client-id and --client-secret belong to the same OAuth client, of type "Desktop app", and that it was not deleted.`;
    }
    if (error === 'invalid_grant') {
        return `The authorization code was refused${said}. It expires after a few minutes and works once: run the helper again.`;
    }
    if (error === 'redirect_uri_mismatch') {
        return `The token endpoint refused the redirect URI${said}. Use an OAuth client of type "Desktop app", which accepts loopback redirects.`;
    }
    return `The token endpoint refused the code exchange${said}. Check --token-url and the OAuth client.`;
}
/** Explains an `error=` brought back by the consent redirect. */
function explainConsentError(error, description) {
    if (error === 'access_denied') {
        return 'Consent was denied (access_denied): no token was issued. Run the helper again and click Allow; if Google says the app is blocked or you are not a test user, add the account as a test user of the consent screen (or publish the app).';
    }
    if (error === 'state_mismatch') {
        return `The sign-in redirect was refused: ${description}. Run the helper again and use the URL it prints.`;
    }
    const extra = description ? `: ${description}` : '';
    return `Google returned an error instead of a code (${error}${extra}). Check the OAuth client type (Desktop app) and the consent screen settings.`;
}
/**
 * Runs the whole installed-app flow. Resolves with the refresh token, or throws AuthHelperError with
 * one clear line (consent denied, wrong client, timeout, state mismatch, no refresh token).
 */
async function runAuthFlow(options, io) {
    const { verifier, challenge } = pkcePair();
    const state = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('base64url');
    const loopback = await startLoopback(state);
    let timer;
    try {
        const url = consentUrl(options, loopback.redirectUri, challenge, state);
        io.out('Open this URL in a browser and sign in as the account that will send the mail:');
        io.out('');
        io.out(`  ${url}`);
        io.out('');
        io.out(`Waiting up to ${options.timeoutSeconds} s for the browser to return to ${loopback.redirectUri} ...`);
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new AuthHelperError(`Timed out after ${options.timeoutSeconds} s waiting for the consent redirect. Open the URL in a browser on this machine (the redirect goes to 127.0.0.1), or raise --timeout.`)), options.timeoutSeconds * 1000);
        });
        const callback = await Promise.race([loopback.result, timeout]);
        if ('error' in callback)
            throw new AuthHelperError(explainConsentError(callback.error, callback.description));
        let res;
        let text;
        try {
            res = await fetch(options.tokenUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
                body: new URLSearchParams({
                    grant_type: 'authorization_code',
                    code: callback.code,
                    client_id: options.clientId,
                    client_secret: options.clientSecret,
                    redirect_uri: loopback.redirectUri,
                    code_verifier: verifier,
                }).toString(),
                signal: AbortSignal.timeout(30_000),
                redirect: 'error',
            });
            text = await res.text();
        }
        catch (err) {
            const cause = err.cause?.code ?? err.name;
            throw new AuthHelperError(`Could not reach the token endpoint ${options.tokenUrl} (${cause}).`);
        }
        let reply;
        try {
            reply = JSON.parse(text);
        }
        catch {
            reply = undefined;
        }
        if (!res.ok)
            throw new AuthHelperError(explainExchangeError(res.status, reply));
        if (typeof reply?.refresh_token !== 'string' || !reply.refresh_token) {
            throw new AuthHelperError("The token endpoint answered without a refresh token. Remove the app's access at https://myaccount.google.com/permissions and run the helper again (it asks for offline access with prompt=consent).");
        }
        return {
            refreshToken: reply.refresh_token,
            scope: typeof reply.scope === 'string' ? reply.scope : options.scope,
        };
    }
    finally {
        clearTimeout(timer);
        loopback.close();
    }
}
/** A workflow expression reading a secret, e.g. `${{ secrets.NAME }}`. */
const secretRef = (name) => `\${{ secrets.${name} }}`;
/** The lines printed after success: the token, the secrets to store, and the step to use them. */
function successText(options, result) {
    const repo = options.repo ? ` --repo ${options.repo}` : ' --repo OWNER/REPO';
    const lines = [
        '',
        `Refresh token (scope ${result.scope}):`,
        '',
        `  ${result.refreshToken}`,
        '',
        'Store the three values as secrets of the repository that runs the workflow',
        '(gh asks for each value; paste the client ID, the client secret and the refresh token above):',
        '',
        `  gh secret set GMAIL_CLIENT_ID${repo}`,
        `  gh secret set GMAIL_CLIENT_SECRET${repo}`,
        `  gh secret set GMAIL_REFRESH_TOKEN${repo}`,
        '',
        'Then use them in the step:',
        '',
        '  with:',
        '    username: the-address-you-signed-in-as@example.com',
        `    oauth-client-id: ${secretRef('GMAIL_CLIENT_ID')}`,
        `    oauth-client-secret: ${secretRef('GMAIL_CLIENT_SECRET')}`,
        `    oauth-refresh-token: ${secretRef('GMAIL_REFRESH_TOKEN')}`,
    ];
    if (options.transport === 'gmail-api')
        lines.push('    transport: gmail-api');
    lines.push('', 'Keep the refresh token secret: it lets anyone send mail as this account.');
    return lines;
}
/** The CLI: parses arguments, runs the flow, prints the result. Returns the exit code. */
async function main(argv, env, io) {
    let options;
    try {
        options = parseAuthArgs(argv, env);
        if (!options) {
            io.out(USAGE);
            return 0;
        }
        const result = await runAuthFlow(options, io);
        for (const line of successText(options, result))
            io.out(line);
        return 0;
    }
    catch (err) {
        if (err instanceof AuthHelperError) {
            io.err(`Error: ${err.message}`);
            return err.exitCode;
        }
        io.err(`Error: ${err?.message ?? String(err)}`);
        return 1;
    }
}


/***/ }),

/***/ 826:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _auth_flow_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(889);
// `node dist/cli/index.js --client-id …` (secret in GMAIL_CLIENT_SECRET): obtains a refresh token
// for Gmail Notify. Bundled by `npm run build` to dist/cli/index.js, so it runs from a clone with no
// install and no build step.

process.exitCode = await (0,_auth_flow_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), process.env, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(826);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
