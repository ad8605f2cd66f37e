import { fieldsNeededBy } from "../../core/programs/catalogue";
import type { FieldName } from "./field-table";

/** The fields the investor's waterfall needs before any option can be evaluated (marked required in the form). */
export const WATERFALL_FIELDS: readonly FieldName[] = fieldsNeededBy("AUTO");
