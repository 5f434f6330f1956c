# One image per service, built from this repository:
#   docker build --build-arg SERVICE=command-service -t tandem/command-service .
# SERVICE is command-service, query-service or export-service.

FROM maven:3-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN test -n "$SERVICE" || { echo "Set --build-arg SERVICE=command-service|query-service|export-service" >&2; exit 1; } \
    && mvn -B -q -DskipTests -pl "$SERVICE" -am package \
    && jar="$(ls "$SERVICE"/target/"$SERVICE"-*-exec.jar 2>/dev/null || ls "$SERVICE"/target/"$SERVICE"-*.jar)" \
    && cp "$(echo "$jar" | head -n 1)" /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app tandem
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER tandem
# Axon's update checker would otherwise contact an outside host at every start.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
