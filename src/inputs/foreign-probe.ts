/**
 * Cheap, on every step: may an input be written for dawidd6/action-send-mail? (Ours are kebab-case,
 * so any INPUT_ name with `_` may.) Only then is foreign-inputs.ts loaded to name them.
 */
export function mayHaveForeignInputs(env: NodeJS.ProcessEnv): boolean {
  const bare = new Set(['INPUT_SECURE', 'INPUT_NODEMAILERLOG', 'INPUT_NODEMAILERDEBUG']);
  return (
    Object.keys(env).some((k) => k.startsWith('INPUT_') && (k.includes('_', 6) || bare.has(k))) ||
    (env.INPUT_BODY ?? '').trim().startsWith('file://') ||
    (env.INPUT_HEADERS ?? '').trim().startsWith('{')
  );
}
