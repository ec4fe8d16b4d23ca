import { Schema } from "effect"
import type { OtrsNotFoundOrDenied } from "../../services/OtrsErrors.js"

const permissionAdvice = "Reading config items needs 'ro' permission on the CMDB group of their class (by default " +
  "itsm-configitem): ask an OTRS administrator to grant it to the agent otrs-mcp logs in as, or use another " +
  "OTRS_USERNAME."

/**
 * OTRS's AccessDenied on config items, said plainly: a search is only ever denied for lack of CMDB permission;
 * a get is denied alike for a missing item and for lack of permission.
 */
export class CmdbAccessDenied extends Schema.TaggedError<CmdbAccessDenied>()("CmdbAccessDenied", {
  operation: Schema.String,
  /** the item asked for; absent for a search */
  subject: Schema.optional(Schema.String),
  otrsMessage: Schema.String
}) {
  static fromOtrs(error: OtrsNotFoundOrDenied, subject?: string): CmdbAccessDenied {
    return new CmdbAccessDenied({
      operation: error.operation,
      ...(subject === undefined ? {} : { subject }),
      otrsMessage: error.otrsMessage
    })
  }

  override get message() {
    return this.subject === undefined
      ? `${this.operation}: the agent may not read config items (OTRS: "${this.otrsMessage}"). ${permissionAdvice}`
      : `${this.operation}: ${this.subject} does not exist, or the agent may not read config items (OTRS answers ` +
        `both alike: "${this.otrsMessage}"). Check the id (search_config_items lists them). ${permissionAdvice}`
  }
}
