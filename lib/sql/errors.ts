// Typed errors thrown by lib/sql so callers can map them to user-facing messages.

/** A recap with this slug already exists. */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`Slug "${slug}" is already taken`);
    this.name = 'SlugTakenError';
  }
}

/** A user with this e-mail already exists. */
export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`A user with e-mail ${email} already exists`);
    this.name = 'EmailTakenError';
  }
}

/** The recap's current status does not allow the requested change. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly action: string,
    readonly from: string,
    detail?: string,
  ) {
    super(`Cannot ${action} a recap that is ${from}${detail ? `: ${detail}` : ''}`);
    this.name = 'InvalidTransitionError';
  }
}

/** The referenced row does not exist. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: number | string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** The working copy moved on since the caller read (and checked) it: someone saved meanwhile. */
export class StaleVersionError extends Error {
  constructor(
    readonly id: number,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`recap ${id} changed since it was checked (expected version ${expected}, found ${actual})`);
    this.name = 'StaleVersionError';
  }
}
