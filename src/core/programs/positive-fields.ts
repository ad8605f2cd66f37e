import { FieldName } from "../record-fields";
import { LoanRecord } from "../record";
import { Issue } from "../result";

/**
 * One `VALUE` issue per money field that is given as 0 where `purpose` needs it above 0 (a property
 * value a ratio divides by), naming the field.
 */
export function requirePositive(
  record: LoanRecord,
  fields: readonly FieldName[],
  purpose: string
): Issue[] {
  const issues: Issue[] = [];
  for (const field of fields) {
    // Money fields are whole cents.
    if (record[field] !== 0) continue;
    issues.push({
      code: "VALUE",
      field,
      value: 0,
      reason: `${field} is 0: ${purpose} needs it above 0`,
    });
  }
  return issues;
}
