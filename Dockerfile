# Production image: the standalone server (next.config.js, NEXT_OUTPUT=standalone).
# Build:  docker build -t meetup-recaps .
# Run:    see docker-compose.yml for the full topology and README "Running in production".
FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and sharp need a compiler only when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npm run build

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# A CJK font for the social cards of Chinese recaps (OG_FONT_PATH's default).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-droid-fallback && rm -rf /var/lib/apt/lists/*
RUN groupadd --system app && useradd --system --gid app --home /app app
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
COPY --from=build --chown=app:app /app/content ./content
USER app
EXPOSE 3000
# /api/health: 200 while the instance can serve, 503 while the database is down or it is shutting down.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains for SHUTDOWN_DELAY_MS, then finishes requests in flight: give it time to.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
