# prepbot: one image for Slack and Discord. Build: docker build -t prepbot .
# Run: see README ("Run it on a server").

# 1. Compile TypeScript with the dev dependencies.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The runtime image: compiled code, production modules, notes and questions; runs as `node`.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    STORE_PATH=/data/prepbot.json \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY data/notes ./data/notes
COPY questions ./questions
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form, node itself (not `npm start`): node is PID 1 and receives SIGTERM itself; prepbot flushes
# the store and exits 0. npm would pass SIGTERM only to the shell that runs the script, which dies
# without passing it on, leaving the bot running beside its restarted twin.
STOPSIGNAL SIGTERM
CMD ["node", "dist/cli.js", "start"]
