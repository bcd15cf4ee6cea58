# Production image: the compiled API and the built client, talking to an external PostgreSQL (DATABASE_URL).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm ci runs the prepare script: builds the client (web/dist, with .br/.gz beside each text file)
# and compiles the server (dist/server, dist/migrations). Then the dev dependencies go.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# Files the server reads by path at run time (the question bank, the municipalities); the rest is compiled into dist/.
COPY --from=build /app/shared/question-bank ./shared/question-bank
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
# Run node directly (not through npm) so SIGTERM reaches the server and it shuts down cleanly.
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
