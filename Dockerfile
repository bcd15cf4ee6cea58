# Production image: the API and the built client, talking to an external PostgreSQL (DATABASE_URL).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/web/dist ./web/dist
COPY server ./server
COPY shared ./shared
COPY migrations ./migrations
COPY data ./data
USER node
EXPOSE 3000
# Run node directly (not through npm) so SIGTERM reaches the server and it shuts down cleanly.
CMD ["node", "--import", "tsx", "server/main.ts"]
