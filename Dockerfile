# The portal as a container image (docs/operations.md). Multi-stage, as in the .NET container
# samples: restore as its own layer, publish with the SDK image, run on the smaller ASP.NET image.
#   docker build -t vrijwilligersportal .
#   docker run vrijwilligersportal migrate        # deployment step: migrations, then exit
#   docker run -p 8080:8080 vrijwilligersportal   # the portal on port 8080 (plain http, behind a TLS proxy)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Project files first, so the restore layer is reused until a package changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/VrijwilligersPortal.Domain/VrijwilligersPortal.Domain.csproj src/VrijwilligersPortal.Domain/
COPY src/VrijwilligersPortal.Infrastructure/VrijwilligersPortal.Infrastructure.csproj src/VrijwilligersPortal.Infrastructure/
COPY src/VrijwilligersPortal.Web/VrijwilligersPortal.Web.csproj src/VrijwilligersPortal.Web/
RUN dotnet restore src/VrijwilligersPortal.Web/VrijwilligersPortal.Web.csproj

COPY src/VrijwilligersPortal.Domain/ src/VrijwilligersPortal.Domain/
COPY src/VrijwilligersPortal.Infrastructure/ src/VrijwilligersPortal.Infrastructure/
COPY src/VrijwilligersPortal.Web/ src/VrijwilligersPortal.Web/
RUN dotnet publish src/VrijwilligersPortal.Web/VrijwilligersPortal.Web.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
# curl only for the container health check (GET /health); the .NET images do not include it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The rolling JSON log (Serilog, logs/portal-*.json) is written next to the app by a non-root user.
RUN mkdir -p /app/logs && chown "$APP_UID" /app/logs
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent --show-error http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "VrijwilligersPortal.Web.dll"]
