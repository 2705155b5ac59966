// Types for docs.mjs (hand-written; keep in step with it).

/** "owner/name" from package.json's `repository` (npm shorthand or a github.com URL); throws otherwise. */
export declare function repositorySlug(repository: unknown): string;

/** Points every `uses: <any>/gmail-notify@` and github.com link for this action in `text` at `slug`. */
export declare function withRepository(text: string, slug: string): string;
