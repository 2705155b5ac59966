// Both loaded as chunks of their own: ncc lists the licenses of packages in split chunks only
// (not of the entry file), and dist/licenses.txt must name @actions/core and what it bundles.
const [core, { run }] = await Promise.all([import('@actions/core'), import('./main.js')]);

await run(core);
