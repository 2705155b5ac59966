// Types for changelog.mjs (hand-written; keep in step with it).

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** "X.Y.Z", without the "v". */
  readonly version: string;
}

/** Parses "X.Y.Z" (or "vX.Y.Z"); throws a one-line error for anything else. */
export declare function parseVersion(text: unknown): Version;

/** Negative when a < b, 0 when equal, positive when a > b. */
export declare function compareVersions(a: string, b: string): number;

/** The `## [label]` section: its 1-based line, heading and trimmed body; undefined when absent. */
export declare function changelogSection(
  text: string,
  label: string,
): { readonly line: number; readonly heading: string; readonly body: string } | undefined;

/** The body of the dated section for `version`; throws saying what to add when missing or empty. */
export declare function releaseNotes(text: string, version: string, file?: string): string;
