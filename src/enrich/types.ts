/** Facts gathered about the run beyond the event payload: from the GitHub API and JUnit reports. */

import type { AuthorsFound } from './author-filter.js';

export interface FailedStep {
  name: string;
  number: number;
  /** Link to the step in the job's log view. */
  url: string;
}

export interface FailedJob {
  name: string;
  url: string;
  conclusion: string;
  failed_steps: FailedStep[];
  /** The last `log-lines` lines of the job's log; '' while the job is still running (the notifying job itself). */
  log_excerpt: string;
  /** Why a finished job has no excerpt (e.g. `HTTP 404`, `larger than 64 MB`): its log could not be read. */
  log_note?: string;
  in_progress: boolean;
}

export interface TestFailure {
  suite: string;
  name: string;
  /** The first line of the failure message. */
  message: string;
}

export interface TestSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** The failing tests listed (capped). */
  failures: TestFailure[];
  /** How many failing tests were not listed because of the cap. */
  more: number;
}

/** The commit authors `author-recipients: culprits` adds to `To`, and who was left out. */
export type AuthorRecipients = AuthorsFound;

export interface Enrichment {
  /** The previous completed run's conclusion, when it was looked up and found. */
  previous_status?: string;
  failed_jobs: FailedJob[];
  /** Failed jobs not listed in `failed_jobs` because of the cap (a wide failing matrix). */
  failed_jobs_more?: number;
  tests?: TestSummary;
  /** With `author-recipients: culprits`. */
  authors?: AuthorRecipients;
}
