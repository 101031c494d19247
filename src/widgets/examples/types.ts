// The shape of a named <TryIt> example: a typed preset that builds one request and says what the sandbox answers.
import type { Practice, PracticeOds } from '../../spec/practices.ts';
import type { SpineCode } from '../../spec/spine-errors.ts';
import type { JwtClaims } from '../../consumer/claims.ts';
import type { SessionState } from '../session/state.ts';
import type { PatientChoice } from './patients.ts';

/** What an example needs from earlier requests; the widget runs the missing ones first and says so. */
export type Need = 'free-slot' | 'appointment' | 'document';

/** Everything an example may read while it builds its request. */
export interface ExampleContext {
  now: Date;
  /** Today's UK calendar date, yyyy-mm-dd. */
  today: string;
  practice: Practice;
  patient: PatientChoice | undefined;
  session: SessionState;
}

/** The parts of a request an example decides; the rest (headers, JWT) comes from the interaction. */
export interface ExampleRequest {
  /** Path relative to the service root, with its logical id filled in; defaults to the interaction's path. */
  path?: string;
  query?: Array<[string, string]>;
  /** JSON body for POST and PUT. */
  body?: unknown;
  /** Claims that differ from the defaults (the JWT is otherwise valid). */
  claims?: JwtClaims;
  /** If-Match value for amend and cancel. */
  ifMatch?: string;
}

export interface Example {
  /** Short label shown in the widget and the contract test. */
  title: string;
  /** What the sandbox answers: HTTP status and, for errors, the Spine code. */
  expect: { status: number; code?: SpineCode };
  /** Practice whose provider receives the request (default B82617, ORG1). */
  practice?: PracticeOds;
  /** Patient picked when the example opens (a test-patient key or a PDS-only NHS number). */
  patient?: string;
  needs?: Need;
  build(context: ExampleContext): ExampleRequest;
}
