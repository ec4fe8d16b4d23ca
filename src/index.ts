/** otrs-mcp as a library: the OTRS client, its configuration, errors and domain schemas, for other Effect apps. */
export { OtrsClient, type OtrsClientShape } from "./services/OtrsClient.js"
export {
  type ConfigProblem,
  OtrsConfig,
  OtrsConfigError,
  type OtrsConfigShape,
  type TicketDefaults
} from "./services/OtrsConfig.js"
export * from "./services/OtrsErrors.js"
export { type Credentials, type OtrsCall, OtrsHttp, type OtrsHttpShape } from "./services/OtrsHttp.js"
export type { RawResponse } from "./services/OtrsResponse.js"
// the stock routes, for an OtrsConfigShape built in code
export { type Operation, operations as stockRoutes, type Route, type Routes } from "./services/OtrsRoutes.js"
export { type OtrsRequest, OtrsTransport, type OtrsTransportShape, TransportFailure } from "./services/OtrsTransport.js"
export { OtrsTransportLive } from "./services/OtrsTransportLive.js"
export { OtrsSession, type OtrsSessionShape } from "./services/OtrsSession.js"
export * from "./schemas/Domain.js"
export * from "./schemas/Requests.js"
// the answer of every recorded operation, the config item writes the client does not make included; an
// `{"Error": ...}` answer of any of them decodes with OtrsErrorResponse
export { isOperationName, type OperationName, OperationResponses } from "./schemas/Operations.js"
export { OtrsErrorDetail, OtrsErrorResponse } from "./schemas/ErrorResponse.js"
