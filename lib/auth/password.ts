import bcrypt from 'bcryptjs';

const COST = 11;

/** bcrypt hash of a password (cost 11, about 100 ms, so guessing stays slow). */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  // Compare against a fixed hash when the user has none, so timing does not reveal which emails exist.
  return bcrypt.compare(password, hash ?? '$2b$11$CwTycUXWue0Thq9StjUM0uJ8bVjD3CTEqEx1Yt0Hc7KpVg0dYH0pS');
}

export const MIN_PASSWORD_LENGTH = 10;
