// The action is one chunk of its own (src/action.ts: @actions/core, its HTTP client and ours):
// ncc lists in dist/licenses.txt the packages of split chunks only, not of the entry file.
const { runAction } = await import('./action.js');

await runAction();
