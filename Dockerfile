# otrs-mcp: the MCP server on stdio, e.g.
#   docker build -t otrs-mcp .
#   docker run -i --rm -e OTRS_BASE_URL=... -e OTRS_USERNAME=... -e OTRS_PASSWORD=... otrs-mcp
#   docker run -i --rm otrs-mcp --demo
# test/docker.e2e.test.ts checks the same without Docker: dist/ copied alone (as below) serves --demo over stdio.

FROM node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here; the build runs below.
RUN npm install --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# The bundle (dist/otrs-mcp.js, which runs dist/otrs-mcp.cjs) is self-contained: the runtime image needs no
# node_modules.
FROM node:24-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
# only for the version the server reports (--version, MCP initialize)
COPY package.json ./
COPY otrs ./otrs
USER node
# Every `docker run --rm` is a new container: without a compile cache in the image, each would be a first start
# (about 600 instead of 350 ms before the first tools/list).
COPY scripts/warm-compile-cache.mjs ./scripts/
RUN node scripts/warm-compile-cache.mjs
ENTRYPOINT ["node", "/app/dist/otrs-mcp.js"]
