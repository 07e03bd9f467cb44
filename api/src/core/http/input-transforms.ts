/** Class-transformer helpers shared by DTOs: trimmed text, and blank optional fields as absent. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const blankToUndefined = ({ value }: { value: unknown }) => {
  const trimmed = trim({ value });
  return trimmed === '' || trimmed === null ? undefined : trimmed;
};

/** Japanese phone numbers as people write them: digits (full- or half-width), hyphens, brackets. */
export const PHONE_PATTERN = /^[0-9０-９+\-－()（） ]{6,20}$/;
