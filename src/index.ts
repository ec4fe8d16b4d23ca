/** otrs-mcp as a library: the OTRS client, its configuration, errors and domain schemas, for other Effect apps. */
export { OtrsClient, type OtrsClientShape } from "./services/OtrsClient.js"
export { OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "./services/OtrsConfig.js"
export * from "./services/OtrsErrors.js"
export { OtrsHttp } from "./services/OtrsHttp.js"
export { type OtrsRequest, OtrsTransport, type OtrsTransportShape, TransportFailure } from "./services/OtrsTransport.js"
export { OtrsTransportLive } from "./services/OtrsTransportLive.js"
export { OtrsSession } from "./services/OtrsSession.js"
export * from "./schemas/Domain.js"
export * from "./schemas/Requests.js"
// the answer of every recorded operation, the config item writes the client does not make included
export { isOperationName, type OperationName, OperationResponses } from "./schemas/Operations.js"
