/** otrs-mcp as a library: the OTRS client, its configuration, errors and domain schemas, for other Effect apps. */
export { OtrsClient, type OtrsClientShape } from "./services/OtrsClient.js"
export { OtrsConfig, OtrsConfigError, type OtrsConfigShape } from "./services/OtrsConfig.js"
export * from "./services/OtrsErrors.js"
export { OtrsHttp } from "./services/OtrsHttp.js"
export { OtrsHttpClientLive } from "./services/OtrsHttpClient.js"
export { OtrsSession } from "./services/OtrsSession.js"
export * from "./schemas/Domain.js"
export * from "./schemas/Requests.js"
