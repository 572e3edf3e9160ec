# Outcome Atlas: API + built web app in one image. Uses DATABASE_URL (see docker-compose.yml).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm install --no-audit --no-fund && npx nx run-many -t build --projects=@outcome-atlas/api,@outcome-atlas/web

FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app /app
EXPOSE 3000
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]
