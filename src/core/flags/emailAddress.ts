// Whether a cell holds one e-mail address: for the invalid-contact flag and the reminder list.

/** One address: local part, @, a domain with a dot and a top-level part of two letters or more. */
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/u;

export function isEmailAddress(s: string): boolean {
  return EMAIL.test(s.trim());
}
