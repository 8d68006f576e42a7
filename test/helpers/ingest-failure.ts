import { expect } from "vitest";
import { IngestError } from "../../src/errors.js";

/** Awaits a promise that must reject with an IngestError, and returns that error for closer checks. */
export async function ingestFailure(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}
