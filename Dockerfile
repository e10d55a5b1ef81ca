# Minutegraph service image, used by docker-compose.yml (pointed at the Neo4j server there, not embedded).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src src
COPY cypher cypher
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/minutegraph.jar /app/minutegraph.jar
COPY --from=build /src/target/lib /app/lib
COPY notes /app/notes
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/minutegraph.jar"]
CMD ["serve"]
