import { Schema } from "effect"
import type { OtrsNotFoundOrDenied } from "../../services/OtrsErrors.js"

const permissionAdvice = "Reading config items needs 'ro' permission on the CMDB group of their class (by default " +
  "itsm-configitem): ask an OTRS administrator to grant it to the agent otrs-mcp logs in as, or use another " +
  "OTRS_USERNAME."

/** ITSM numbers config items from the system id up (1022000001): ids are far smaller on any real CMDB. */
const NUMBER_LIKE = 10_000_000

/**
 * OTRS's AccessDenied on config items, said plainly: a search is only ever denied for lack of CMDB permission;
 * a get is denied alike for a missing item and for lack of permission.
 */
export class CmdbAccessDenied extends Schema.TaggedError<CmdbAccessDenied>()("CmdbAccessDenied", {
  operation: Schema.String,
  /** the item asked for; absent for a search */
  subject: Schema.optional(Schema.String),
  /** the id asked for, when it has as many digits as a config item number, for which it may have been taken */
  numberLike: Schema.optional(Schema.String),
  otrsMessage: Schema.String
}) {
  static fromOtrs(error: OtrsNotFoundOrDenied, configItemId?: number): CmdbAccessDenied {
    return new CmdbAccessDenied({
      operation: error.operation,
      ...(configItemId === undefined ? {} : { subject: `config item ${configItemId}` }),
      ...(configItemId !== undefined && configItemId >= NUMBER_LIKE ? { numberLike: String(configItemId) } : {}),
      otrsMessage: error.otrsMessage
    })
  }

  override get message() {
    const check = this.numberLike === undefined
      ? "Check the id (search_config_items lists them)."
      : `${this.numberLike} looks like a config item's number rather than its id: search_config_items with number ` +
        `"${this.numberLike}" gives the id.`
    return this.subject === undefined
      ? `${this.operation}: the agent may not read config items (OTRS: "${this.otrsMessage}"). ${permissionAdvice}`
      : `${this.operation}: ${this.subject} does not exist, or the agent may not read config items (OTRS answers ` +
        `both alike: "${this.otrsMessage}"). ${check} ${permissionAdvice}`
  }
}
