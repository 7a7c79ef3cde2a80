namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>
/// False-positive guard: Dockerfiles written in the style of official images (docker-library, dotnet-docker incl. chiseled,
/// Adoptium Temurin, distroless, BuildKit's own) linted with every security rule (CL1001–CL1040). Each expected finding
/// was reviewed by hand; anything a maintainer would reject was fixed in the rule, not listed here.
/// </summary>
public sealed class SecurityRulesOfficialImagesTests
{
    private static readonly LintConfiguration All = LintConfiguration.Default with { Policy = Policies.All, EolReferenceDate = new DateOnly(2025, 12, 1) };

    public static TheoryData<string> Names => new(OfficialImageDockerfiles.Files.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void FindingsAreExactlyTheReviewedOnes(string name)
    {
        var findings = DockerfileRuleHarness.Lint(OfficialImageDockerfiles.Files[name], All)
            .Where(f => !f.Suppressed && string.CompareOrdinal(f.RuleId, "CL1001") >= 0 && string.CompareOrdinal(f.RuleId, "CL1040") <= 0 && f.RuleId is not ("CL1035" or "CL1036" or "CL1037" or "CL1038" or "CL1039"))
            .Select(f => $"{f.RuleId}@{f.Span}");
        Assert.Equal(OfficialImageDockerfiles.Expected[name], findings);
    }

    [Fact]
    public void TheCorpusIsLargeEnough() => Assert.True(OfficialImageDockerfiles.Files.Count >= 40);
}

internal static class OfficialImageDockerfiles
{
    public static IReadOnlyDictionary<string, string[]> Expected { get; } = new Dictionary<string, string[]>
    {
        ["postgres-bookworm"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["postgres-alpine"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)"],
        ["redis"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["nginx"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["nginx-alpine"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)"],
        ["python"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["python-app"] = ["CL1022@(1,6,1,22)"],
        ["node"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["node-app"] = ["CL1022@(1,6,1,20)", "CL1022@(5,6,5,20)", "CL1007@(9,6,9,7)", "CL1012@(10,6,10,10)"],
        ["golang"] = ["CL1022@(1,6,1,33)", "CL1010@(15,6,15,33)", "CL1022@(15,6,15,33)"],
        ["golang-app"] = ["CL1022@(2,32,2,43)", "CL1022@(7,6,7,47)"],
        ["dotnet-sdk"] = ["CL1022@(2,6,2,37)", "CL1010@(10,6,10,30)", "CL1022@(10,6,10,30)"],
        ["dotnet-aspnet"] = ["CL1022@(2,6,2,37)", "CL1010@(10,6,10,30)", "CL1022@(10,6,10,30)"],
        ["dotnet-runtime-deps"] = ["CL1010@(1,6,1,24)", "CL1022@(1,6,1,24)"],
        ["dotnet-runtime-deps-chiseled"] = ["CL1022@(2,6,2,37)"],
        ["dotnet-app"] = ["CL1022@(1,6,1,39)", "CL1007@(5,13,5,14)", "CL1022@(7,6,7,42)"],
        ["dotnet-app-chiseled"] = ["CL1022@(1,32,1,71)", "CL1022@(8,6,8,57)"],
        ["dotnet-windows"] = ["CL1022@(2,6,2,51)", "CL1022@(10,6,10,51)"],
        ["temurin-jdk"] = ["CL1010@(1,6,1,18)", "CL1022@(1,6,1,18)"],
        ["temurin-app"] = ["CL1022@(1,6,1,28)", "CL1007@(3,6,3,7)", "CL1022@(5,6,5,28)"],
        ["distroless-java"] = ["CL1022@(1,6,1,34)", "CL1022@(7,6,7,47)"],
        ["distroless-python"] = ["CL1022@(1,6,1,22)", "CL1021@(5,6,5,40)", "CL1022@(5,6,5,40)"],
        ["buildkit"] = ["CL1022@(6,32,6,59)", "CL1022@(7,32,7,76)", "CL1024@(7,32,7,76)", "CL1033@(14,25,14,83)", "CL1022@(25,6,25,30)", "CL1010@(30,6,30,21)"],
        ["rust-app"] = ["CL1022@(1,6,1,15)", "CL1007@(3,6,3,7)", "CL1022@(5,6,5,26)", "CL1012@(9,6,9,11)"],
        ["httpd"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["mysql"] = ["CL1010@(1,6,1,24)", "CL1022@(1,6,1,24)"],
        ["mongo"] = ["CL1010@(1,6,1,18)", "CL1022@(1,6,1,18)"],
        ["ruby"] = ["CL1010@(1,6,1,21)", "CL1022@(1,6,1,21)"],
        ["php-fpm"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["wordpress-style"] = ["CL1010@(1,6,1,20)", "CL1022@(1,6,1,20)"],
        ["traefik-style"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)", "CL1033@(5,38,5,136)"],
        ["docker-cli"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)", "CL1033@(6,23,6,29)"],
        ["busybox-scratch"] = [],
        ["debian-base"] = [],
        ["ubuntu-devcontainer"] = ["CL1022@(1,6,1,55)", "CL1034@(6,56,6,60)", "CL1012@(7,6,7,15)"],
        ["jenkins-agent-style"] = ["CL1022@(1,6,1,34)", "CL1033@(6,60,6,170)", "CL1012@(9,6,9,13)"],
        ["grafana-style"] = ["CL1022@(3,6,3,17)", "CL1024@(3,6,3,17)", "CL1022@(9,6,9,19)"],
        ["elixir-style"] = ["CL1010@(1,6,1,15)", "CL1022@(1,6,1,15)"],
        ["haproxy"] = ["CL1022@(1,6,1,26)", "CL1012@(15,6,15,13)"],
        ["memcached"] = ["CL1022@(1,6,1,17)", "CL1012@(15,6,15,14)"],
        ["heredoc-app"] = ["CL1022@(2,6,2,22)"],
        ["legacy-centos"] = ["CL1010@(1,6,1,14)", "CL1022@(1,6,1,14)", "CL1024@(1,6,1,14)", "CL1032@(3,1,3,4)"],
        ["rabbitmq-style"] = ["CL1022@(1,6,1,18)", "CL1012@(18,6,18,23)"],
    };

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["postgres-bookworm"] = """"
FROM debian:bookworm-slim
RUN set -eux; \
	groupadd -r postgres --gid=999; \
	useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \
	install --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql
RUN set -ex; \
	apt-get update; \
	apt-get install -y --no-install-recommends gnupg less; \
	rm -rf /var/lib/apt/lists/*
ENV GOSU_VERSION 1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
	chmod +x /usr/local/bin/gosu
ENV PG_MAJOR 17
ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin
ENV PG_VERSION 17.2-1.pgdg120+1
RUN set -ex; \
	echo "deb [ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR" > /etc/apt/sources.list.d/pgdg.list; \
	apt-get update; \
	apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR=$PG_VERSION"; \
	rm -rf /var/lib/apt/lists/*
ENV PGDATA /var/lib/postgresql/data
RUN install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA"
VOLUME /var/lib/postgresql/data
COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
"""",
        ["postgres-alpine"] = """"
FROM alpine:3.21
RUN set -eux; \
	addgroup -g 70 -S postgres; \
	adduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres; \
	install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql
ENV PG_MAJOR 17
ENV PG_VERSION 17.2
ENV PG_SHA256 82ef27c0af3751695d7f64e2d963583005fbb6a0c3df63d0e4b42211d7021164
RUN set -eux; \
	wget -O postgresql.tar.bz2 "https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2"; \
	echo "$PG_SHA256 *postgresql.tar.bz2" | sha256sum -c -; \
	mkdir -p /usr/src/postgresql; \
	tar --extract --file postgresql.tar.bz2 --directory /usr/src/postgresql --strip-components 1; \
	rm postgresql.tar.bz2
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
"""",
        ["redis"] = """"
FROM debian:bookworm-slim
RUN set -eux; groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis
ENV REDIS_VERSION 7.4.1
ENV REDIS_DOWNLOAD_URL http://download.redis.io/releases/redis-7.4.1.tar.gz
ENV REDIS_DOWNLOAD_SHA bc1b3ad1cb4b0f3d5b1e7b3e2c5d1e9f4a2b6c8d0e1f3a5b7c9d2e4f6a8b0c1d
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget dpkg-dev gcc libc6-dev make; \
	rm -rf /var/lib/apt/lists/*; \
	wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \
	echo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \
	mkdir -p /usr/src/redis; \
	tar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \
	rm redis.tar.gz; \
	make -C /usr/src/redis -j "$(nproc)" all; \
	make -C /usr/src/redis install
RUN mkdir /data && chown redis:redis /data
VOLUME /data
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["redis-server"]
"""",
        ["nginx"] = """"
FROM debian:bookworm-slim
LABEL maintainer="NGINX Docker Maintainers <docker-maint@nginx.com>"
ENV NGINX_VERSION   1.27.3
ENV NJS_VERSION     0.8.7
ENV PKG_RELEASE     1~bookworm
RUN set -x \
    && groupadd --system --gid 101 nginx \
    && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx \
    && apt-get update \
    && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates \
    && NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21B26DC9B0CB5"; \
    for key in $NGINX_GPGKEYS; do \
        gpg1 --batch --keyserver hkp://keyserver.ubuntu.com:80 --keyserver-options timeout=10 --recv-keys "$key"; \
    done; \
    gpg1 --batch --export $NGINX_GPGKEYS > /etc/apt/trusted.gpg.d/nginx.gpg \
    && echo "deb https://nginx.org/packages/mainline/debian/ bookworm nginx" >> /etc/apt/sources.list.d/nginx.list \
    && apt-get update \
    && apt-get install --no-install-recommends --no-install-suggests -y nginx=${NGINX_VERSION}-${PKG_RELEASE} \
    && rm -rf /var/lib/apt/lists/* \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log
COPY docker-entrypoint.sh /
COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d
ENTRYPOINT ["/docker-entrypoint.sh"]
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
"""",
        ["nginx-alpine"] = """"
FROM alpine:3.20
ENV NGINX_VERSION 1.27.3
RUN set -x \
    && addgroup -g 101 -S nginx \
    && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx \
    && KEY_SHA512="e09fa32f0a0eab2b879ccbbc4d0e4fb9751486eedda75e35fac65802cc9faa266425edf83e261137a2f4d16281ce2c1a5f4502930fe75154723da014214f0655" \
    && wget -O /tmp/nginx_signing.rsa.pub https://nginx.org/keys/nginx_signing.rsa.pub \
    && if echo "$KEY_SHA512 */tmp/nginx_signing.rsa.pub" | sha512sum -c -; then \
        mv /tmp/nginx_signing.rsa.pub /etc/apk/keys/; \
    else exit 1; fi \
    && apk add -X "https://nginx.org/packages/mainline/alpine/v3.20/main" --no-cache nginx=${NGINX_VERSION}-r1
CMD ["nginx", "-g", "daemon off;"]
"""",
        ["python"] = """"
FROM debian:bookworm-slim
ENV PATH /usr/local/bin:$PATH
ENV LANG C.UTF-8
RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata; rm -rf /var/lib/apt/lists/*
ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305
ENV PYTHON_VERSION 3.13.1
ENV PYTHON_SHA256 9cf9427bee9e2242e3877dd0f6b641c1853ca461f39d6503ce260a59c80bf0d9
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends dpkg-dev gcc gnupg libbz2-dev make wget xz-utils zlib1g-dev; \
	wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \
	echo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \
	wget -O python.tar.xz.asc "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz.asc"; \
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$GPG_KEY"; \
	gpg --batch --verify python.tar.xz.asc python.tar.xz; \
	mkdir -p /usr/src/python; \
	tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \
	rm python.tar.xz
CMD ["python3"]
"""",
        ["python-app"] = """"
FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN useradd --create-home --uid 10001 appuser
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY --chown=appuser:appuser src/ ./src/
USER 10001
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "src.app:app"]
"""",
        ["node"] = """"
FROM debian:bookworm-slim
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION 22.12.0
RUN ARCH= && dpkgArch="$(dpkg --print-architecture)" \
    && set -ex \
    && apt-get update && apt-get install -y ca-certificates curl wget gnupg dirmngr xz-utils --no-install-recommends \
    && rm -rf /var/lib/apt/lists/* \
    && for key in 4ED778F539E3634C779C87C6D7062848A1AB005C 141F07595B7B3FFE74309A937405533BE57C7D57; do \
      gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" ; \
    done \
    && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" \
    && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc" \
    && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc \
    && grep " node-v$NODE_VERSION-linux-$ARCH.tar.xz\$" SHASUMS256.txt | sha256sum -c - \
    && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner \
    && rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc SHASUMS256.txt
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD [ "node" ]
"""",
        ["node-app"] = """"
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc --mount=type=cache,target=/root/.npm npm ci --omit=dev
FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 3000
CMD ["node", "server.js"]
"""",
        ["golang"] = """"
FROM buildpack-deps:bookworm-scm AS build
ENV PATH /usr/local/go/bin:$PATH
ENV GOLANG_VERSION 1.23.4
RUN set -eux; \
	url='https://dl.google.com/go/go1.23.4.linux-amd64.tar.gz'; \
	sha256='6924efde5de86fe277676e929dc9917d466efa02fb934197bc2eba35d5680971'; \
	wget -O go.tgz.asc "$url.asc"; \
	wget -O go.tgz "$url" --progress=dot:giga; \
	echo "$sha256 *go.tgz" | sha256sum -c -; \
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 'EB4C 1BFD 4F04 2F6D DDCC  EC91 7721 F63B D38B 4796'; \
	gpg --batch --verify go.tgz.asc go.tgz; \
	tar -C /usr/local -xzf go.tgz; \
	rm go.tgz
FROM buildpack-deps:bookworm-scm
ENV GOTOOLCHAIN=local
ENV GOPATH /go
ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH
COPY --from=build --link /usr/local/go/ /usr/local/go/
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
WORKDIR $GOPATH
"""",
        ["golang-app"] = """"
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.25 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
RUN --mount=type=bind,target=. --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
"""",
        ["dotnet-sdk"] = """"
ARG REPO=mcr.microsoft.com/dotnet/aspnet
FROM amd64/buildpack-deps:noble-curl AS installer
ARG DOTNET_SDK_VERSION=10.0.100
RUN curl -fSL --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Sdk/$DOTNET_SDK_VERSION/dotnet-sdk-$DOTNET_SDK_VERSION-linux-x64.tar.gz \
    && dotnet_sha512='0a4b4f6e1d4e7ac4d6a0b4b1e2f3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f' \
    && echo "$dotnet_sha512  dotnet.tar.gz" | sha512sum -c - \
    && mkdir -p /dotnet \
    && tar -oxzf dotnet.tar.gz -C /dotnet ./packs ./sdk ./sdk-manifests ./templates ./LICENSE.txt ./ThirdPartyNotices.txt \
    && rm dotnet.tar.gz
FROM $REPO:10.0.0-noble-amd64
ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false \
    DOTNET_NOLOGO=true \
    DOTNET_SDK_VERSION=10.0.100 \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    NUGET_XMLDOC_MODE=skip
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl git libatomic1 wget \
    && rm -rf /var/lib/apt/lists/*
COPY --from=installer ["/dotnet", "/usr/share/dotnet"]
RUN dotnet help
"""",
        ["dotnet-aspnet"] = """"
ARG REPO=mcr.microsoft.com/dotnet/runtime
FROM amd64/buildpack-deps:noble-curl AS installer
ARG ASPNET_VERSION=10.0.0
RUN curl -fSL --output aspnetcore.tar.gz https://builds.dotnet.microsoft.com/dotnet/aspnetcore/Runtime/$ASPNET_VERSION/aspnetcore-runtime-$ASPNET_VERSION-linux-x64.tar.gz \
    && aspnetcore_sha512='e5b9e2b5a6d4c3b2a19081f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a291' \
    && echo "$aspnetcore_sha512  aspnetcore.tar.gz" | sha512sum -c - \
    && mkdir -p /dotnet \
    && tar -oxzf aspnetcore.tar.gz -C /dotnet ./shared/Microsoft.AspNetCore.App \
    && rm aspnetcore.tar.gz
FROM $REPO:10.0.0-noble-amd64
ENV ASPNET_VERSION=10.0.0
COPY --from=installer ["/dotnet", "/usr/share/dotnet"]
"""",
        ["dotnet-runtime-deps"] = """"
FROM amd64/ubuntu:noble
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libc6 libgcc-s1 libicu74 libssl3t64 libstdc++6 tzdata zlib1g \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --gid=$APP_UID app \
    && useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home app
"""",
        ["dotnet-runtime-deps-chiseled"] = """"
ARG UBUNTU_RELEASE=24.04
FROM amd64/buildpack-deps:noble-curl AS chisel
ARG UBUNTU_RELEASE
ARG CHISEL_VERSION=v1.1.0
ARG SHA256_SUM=e3ab5b4d6c7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b
RUN apt-get update && apt-get install -y --no-install-recommends file && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://github.com/canonical/chisel/releases/download/${CHISEL_VERSION}/chisel_${CHISEL_VERSION}_linux_amd64.tar.gz -o chisel.tar.gz \
    && echo "${SHA256_SUM}  chisel.tar.gz" | sha256sum -c - \
    && tar -xzf chisel.tar.gz -C /usr/bin/ chisel
RUN mkdir -p /rootfs \
    && chisel cut --release ubuntu-$UBUNTU_RELEASE --root /rootfs base-files_base base-files_release-info ca-certificates_data libc6_libs libgcc-s1_libs libssl3t64_libs libstdc++6_libs
FROM scratch
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true
COPY --from=chisel /rootfs /
USER $APP_UID
"""",
        ["dotnet-app"] = """"
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY --link *.csproj .
RUN dotnet restore
COPY --link . .
RUN dotnet publish --no-restore -o /app
FROM mcr.microsoft.com/dotnet/aspnet:10.0
EXPOSE 8080
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./aspnetapp"]
"""",
        ["dotnet-app-chiseled"] = """"
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
ARG TARGETARCH
WORKDIR /source
COPY --link aspnetapp/*.csproj .
RUN dotnet restore -a $TARGETARCH
COPY --link aspnetapp/. .
RUN dotnet publish -a $TARGETARCH --no-restore -o /app
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled
EXPOSE 8080
WORKDIR /app
COPY --link --from=build /app .
ENTRYPOINT ["./aspnetapp"]
"""",
        ["dotnet-windows"] = """"
# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS installer
RUN powershell -Command `
        $ErrorActionPreference = 'Stop'; `
        Invoke-WebRequest -OutFile dotnet.zip https://builds.dotnet.microsoft.com/dotnet/Runtime/10.0.0/dotnet-runtime-10.0.0-win-x64.zip; `
        if ((Get-FileHash dotnet.zip -Algorithm sha512).Hash -ne 'abc') { exit 1 }; `
        mkdir $Env:ProgramFiles\dotnet; `
        tar -oxzf dotnet.zip -C $Env:ProgramFiles\dotnet; `
        Remove-Item -Force dotnet.zip
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
ENV DOTNET_VERSION=10.0.0 `
    DOTNET_RUNNING_IN_CONTAINER=true
USER ContainerAdministrator
RUN setx /M PATH "%PATH%;C:\Program Files\dotnet"
USER ContainerUser
COPY --from=installer ["/Program Files/dotnet", "/Program Files/dotnet"]
"""",
        ["temurin-jdk"] = """"
FROM ubuntu:24.04
ENV JAVA_HOME /opt/java/openjdk
ENV PATH $JAVA_HOME/bin:$PATH
ENV LANG='en_US.UTF-8' LANGUAGE='en_US:en' LC_ALL='en_US.UTF-8'
RUN set -eux; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales; \
    rm -rf /var/lib/apt/lists/*
ENV JAVA_VERSION jdk-21.0.5+11
RUN set -eux; \
    ESUM='3c654d98404c073b8a7e66bffb27f4ae3e7ede47d13284c132d40a83144bfd8c'; \
    BINARY_URL='https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jdk_x64_linux_hotspot_21.0.5_11.tar.gz'; \
    wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL}; \
    wget --progress=dot:giga -O /tmp/openjdk.tar.gz.sig ${BINARY_URL}.sig; \
    export GNUPGHOME="$(mktemp -d)"; \
    gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 3B04D753C9050D9A5D343F39843C48A565F8F04B; \
    gpg --batch --verify /tmp/openjdk.tar.gz.sig /tmp/openjdk.tar.gz; \
    echo "${ESUM} */tmp/openjdk.tar.gz" | sha256sum -c -; \
    mkdir -p "$JAVA_HOME"; \
    tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; \
    rm -f /tmp/openjdk.tar.gz
CMD ["jshell"]
"""",
        ["temurin-app"] = """"
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q package -DskipTests
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 app
COPY --from=build /src/target/app.jar /app/app.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
"""",
        ["distroless-java"] = """"
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q dependency:go-offline
COPY src ./src
RUN mvn -q package
FROM gcr.io/distroless/java21-debian12:nonroot
COPY --from=build /src/target/app.jar /app.jar
CMD ["/app.jar"]
"""",
        ["distroless-python"] = """"
FROM python:3.12-slim AS build
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir --upgrade pip
COPY requirements.txt /requirements.txt
RUN /venv/bin/pip install --no-cache-dir -r /requirements.txt
FROM gcr.io/distroless/python3-debian12
COPY --from=build /venv /venv
COPY app.py /app/app.py
WORKDIR /app
USER 65532:65532
ENTRYPOINT ["/venv/bin/python3", "app.py"]
"""",
        ["buildkit"] = """"
# syntax=docker/dockerfile-upstream:master
ARG RUNC_VERSION=v1.2.3
ARG GO_VERSION=1.23
ARG ALPINE_VERSION=3.21
ARG XX_VERSION=1.6.1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:${XX_VERSION} AS xx
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS golatest
FROM golatest AS gobuild-base
RUN apk add --no-cache file bash clang lld musl-dev pkgconfig git make
COPY --link --from=xx / /
FROM gobuild-base AS runc
WORKDIR $GOPATH/src/github.com/opencontainers/runc
ARG RUNC_VERSION
ADD --keep-git-dir=true "https://github.com/opencontainers/runc.git#$RUNC_VERSION" .
ARG TARGETPLATFORM
RUN set -e; xx-go --wrap; CGO_ENABLED=1 xx-go build -mod=vendor -ldflags '-extldflags -static' -tags 'apparmor seccomp netgo' -o /usr/bin/runc ./
FROM gobuild-base AS buildkit-base
WORKDIR /src
ENV GOFLAGS=-mod=vendor
FROM buildkit-base AS buildkitd
ARG TARGETPLATFORM
RUN --mount=target=. --mount=target=/root/.cache,type=cache \
  --mount=target=/go/pkg/mod,type=cache \
  xx-go build -ldflags "-extldflags -static" -o /usr/bin/buildkitd ./cmd/buildkitd
FROM alpine:${ALPINE_VERSION} AS buildkit-export
RUN apk add --no-cache fuse3 git openssh pigz xz iptables ip6tables \
  && ln -s fusermount3 /usr/bin/fusermount
COPY --link examples/buildctl-daemonless/buildctl-daemonless.sh /usr/bin/
VOLUME /var/lib/buildkit
FROM buildkit-export AS buildkit-linux
COPY --link --from=runc /usr/bin/runc /usr/bin/
COPY --link --from=buildkitd /usr/bin/buildkitd /usr/bin/
ENTRYPOINT ["buildkitd"]
"""",
        ["rust-app"] = """"
FROM rust:1.83 AS builder
WORKDIR /usr/src/app
COPY . .
RUN cargo install --path .
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/cargo/bin/myapp /usr/local/bin/myapp
RUN useradd --system --uid 10001 myapp
USER myapp
CMD ["myapp"]
"""",
        ["httpd"] = """"
FROM debian:bookworm-slim
ENV HTTPD_PREFIX /usr/local/apache2
ENV PATH $HTTPD_PREFIX/bin:$PATH
RUN mkdir -p "$HTTPD_PREFIX" && chown www-data:www-data "$HTTPD_PREFIX"
WORKDIR $HTTPD_PREFIX
ENV HTTPD_VERSION 2.4.62
ENV HTTPD_SHA256 674188e7bf44ced82da8db522da946849e22080d73d16c93f7f4df89e25729ec
ENV HTTPD_PATCHES=""
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends bzip2 dpkg-dev gcc gnupg make wget; \
	rm -r /var/lib/apt/lists/*; \
	ddist() { local f="$1"; shift; local distFile="$1"; shift; wget -O "$f" "https://downloads.apache.org/$distFile"; }; \
	ddist 'httpd.tar.bz2' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \
	echo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \
	ddist 'httpd.tar.bz2.asc' "httpd/httpd-$HTTPD_VERSION.tar.bz2.asc"; \
	export GNUPGHOME="$(mktemp -d)"; \
	for key in DE29FB3971E71543FD2DC049508EAEC5302DA568; do gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; done; \
	gpg --batch --verify httpd.tar.bz2.asc httpd.tar.bz2
STOPSIGNAL SIGWINCH
COPY httpd-foreground /usr/local/bin/
EXPOSE 80
CMD ["httpd-foreground"]
"""",
        ["mysql"] = """"
FROM oraclelinux:9-slim
RUN set -eux; groupadd --system --gid 999 mysql; useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql
ENV GOSU_VERSION 1.17
RUN set -eux; \
	arch="$(uname -m)"; \
	curl -fL -o /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch.asc"; \
	curl -fL -o /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch"; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
	chmod +x /usr/local/bin/gosu
RUN set -eux; \
	key='BCA43417C3B485DD128EC6D4B7B3B788A8D3785C'; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \
	gpg --batch --export --armor "$key" > /etc/pki/rpm-gpg/RPM-GPG-KEY-mysql; \
	rm -rf "$GNUPGHOME"
ENV MYSQL_MAJOR innovation
RUN set -eu; \
	{ \
		echo '[mysql-innovation-server-minimal]'; \
		echo 'name=MySQL innovation Server Minimal'; \
		echo 'enabled=1'; \
		echo 'baseurl=https://repo.mysql.com/yum/mysql-innovation-community/docker/el/9/$basearch/'; \
		echo 'gpgcheck=1'; \
		echo 'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql'; \
		echo 'module_hotfixes=true'; \
	} | tee /etc/yum.repos.d/mysql-community-minimal.repo
VOLUME /var/lib/mysql
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 3306 33060
CMD ["mysqld"]
"""",
        ["mongo"] = """"
FROM ubuntu:jammy
RUN set -eux; groupadd --gid 999 --system mongodb; useradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb
ENV GPG_KEYS 39BD841E4BE5FB195A65400E6A26B1AE64C3C388
RUN set -ex; \
	export GNUPGHOME="$(mktemp -d)"; \
	for key in $GPG_KEYS; do gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; done; \
	mkdir -p /etc/apt/keyrings; \
	gpg --batch --export "$GPG_KEYS" > /etc/apt/keyrings/mongodb.gpg
ENV MONGO_MAJOR 8.0
RUN echo "deb [ signed-by=/etc/apt/keyrings/mongodb.gpg ] http://repo.mongodb.org/apt/ubuntu jammy/mongodb-org/$MONGO_MAJOR multiverse" | tee "/etc/apt/sources.list.d/mongodb-org.list"
VOLUME /data/db /data/configdb
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 27017
CMD ["mongod"]
"""",
        ["ruby"] = """"
FROM debian:bookworm
ENV LANG C.UTF-8
ENV RUBY_VERSION 3.3.6
ENV RUBY_DOWNLOAD_URL https://cache.ruby-lang.org/pub/ruby/3.3/ruby-3.3.6.tar.xz
ENV RUBY_DOWNLOAD_SHA256 540975969d1af42190d26ff629bc93b1c3f4bffff4ab253e245a125085e66266
RUN set -eux; \
	wget -O ruby.tar.xz "$RUBY_DOWNLOAD_URL"; \
	echo "$RUBY_DOWNLOAD_SHA256 *ruby.tar.xz" | sha256sum --check --strict; \
	mkdir -p /usr/src/ruby; \
	tar -xJf ruby.tar.xz -C /usr/src/ruby --strip-components=1; \
	rm ruby.tar.xz
ENV GEM_HOME /usr/local/bundle
ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG="$GEM_HOME"
RUN mkdir -p "$GEM_HOME" && chmod 1777 "$GEM_HOME"
CMD [ "irb" ]
"""",
        ["php-fpm"] = """"
FROM debian:bookworm-slim
ENV PHPIZE_DEPS autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c
RUN set -eux; apt-get update; apt-get install -y --no-install-recommends $PHPIZE_DEPS ca-certificates curl xz-utils; rm -rf /var/lib/apt/lists/*
ENV PHP_INI_DIR /usr/local/etc/php
RUN set -eux; mkdir -p "$PHP_INI_DIR/conf.d"; [ ! -d /var/www/html ]; mkdir -p /var/www/html; chown www-data:www-data /var/www/html; chmod 1777 /var/www/html
ENV GPG_KEYS AFD8691FDAEDF03BDF6E460563F15A9B715376CA 9D7F99A0CB8F05C8A6958D6256A97AF7600A39A6
ENV PHP_VERSION 8.4.1
ENV PHP_URL="https://www.php.net/distributions/php-8.4.1.tar.xz" PHP_ASC_URL="https://www.php.net/distributions/php-8.4.1.tar.xz.asc"
ENV PHP_SHA256="94c8a4fd419d45748951fa6d73bd55f6bdf0adaefb8814880a67baa66027311f"
RUN set -eux; \
	mkdir -p /usr/src; cd /usr/src; \
	curl -fsSL -o php.tar.xz "$PHP_URL"; \
	if [ -n "$PHP_SHA256" ]; then echo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -; fi; \
	curl -fsSL -o php.tar.xz.asc "$PHP_ASC_URL"; \
	export GNUPGHOME="$(mktemp -d)"; \
	for key in $GPG_KEYS; do gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; done; \
	gpg --batch --verify php.tar.xz.asc php.tar.xz
COPY docker-php-source /usr/local/bin/
STOPSIGNAL SIGQUIT
EXPOSE 9000
CMD ["php-fpm"]
"""",
        ["wordpress-style"] = """"
FROM php:8.3-apache
RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ghostscript; rm -rf /var/lib/apt/lists/*
RUN set -eux; \
	version='6.7.1'; \
	sha1='dfb745d4067368bb9a9491f2b6f7e8d52d740fd1'; \
	curl -o wordpress.tar.gz -fL "https://wordpress.org/wordpress-$version.tar.gz"; \
	echo "$sha1 *wordpress.tar.gz" | sha1sum -c -; \
	tar -xzf wordpress.tar.gz -C /usr/src/; \
	rm wordpress.tar.gz; \
	chown -R www-data:www-data /usr/src/wordpress
VOLUME /var/www/html
COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["apache2-foreground"]
"""",
        ["traefik-style"] = """"
FROM alpine:3.21
RUN apk --no-cache add ca-certificates tzdata
RUN set -ex; \
	apkArch="$(apk --print-arch)"; \
	wget --quiet -O /tmp/traefik.tar.gz "https://github.com/traefik/traefik/releases/download/v3.2.3/traefik_v3.2.3_linux_$apkArch.tar.gz"; \
	tar xzvf /tmp/traefik.tar.gz -C /usr/local/bin traefik; \
	rm -f /tmp/traefik.tar.gz; \
	chmod +x /usr/local/bin/traefik
COPY entrypoint.sh /
EXPOSE 80
ENTRYPOINT ["/entrypoint.sh"]
CMD ["traefik"]
"""",
        ["docker-cli"] = """"
FROM alpine:3.21
RUN apk add --no-cache ca-certificates openssh-client git
ENV DOCKER_VERSION 27.4.0
RUN set -eux; \
	url='https://download.docker.com/linux/static/stable/x86_64/docker-27.4.0.tgz'; \
	wget -O 'docker.tgz' "$url"; \
	tar --extract --file docker.tgz --strip-components 1 --directory /usr/local/bin/ --no-same-owner 'docker/docker'; \
	rm docker.tgz
ENV DOCKER_TLS_CERTDIR=/certs
RUN mkdir /certs /certs/client && chmod 1777 /certs /certs/client
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["sh"]
"""",
        ["busybox-scratch"] = """"
FROM scratch
ADD busybox.tar.xz /
CMD ["sh"]
"""",
        ["debian-base"] = """"
FROM scratch
ADD rootfs.tar.xz /
CMD ["bash"]
"""",
        ["ubuntu-devcontainer"] = """"
FROM mcr.microsoft.com/devcontainers/base:ubuntu-24.04
ARG USERNAME=vscode
RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get -y install --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash -
USER $USERNAME
"""",
        ["jenkins-agent-style"] = """"
FROM eclipse-temurin:21-jdk-jammy
ARG user=jenkins
ARG uid=1000
RUN groupadd -g ${uid} ${user} && useradd -l -c "Jenkins user" -d /home/${user} -u ${uid} -g ${uid} -m ${user}
ARG AGENT_VERSION=3283.v92c105e0f819
RUN curl --create-dirs -fsSLo /usr/share/jenkins/agent.jar https://repo.jenkins-ci.org/public/org/jenkins-ci/main/remoting/${AGENT_VERSION}/remoting-${AGENT_VERSION}.jar \
  && chmod 755 /usr/share/jenkins \
  && chmod 644 /usr/share/jenkins/agent.jar
USER ${user}
WORKDIR /home/${user}
ENTRYPOINT ["/usr/local/bin/jenkins-agent"]
"""",
        ["grafana-style"] = """"
ARG BASE_IMAGE=alpine:3.21
ARG GO_IMAGE=golang:1.23.4-alpine
FROM ${GO_IMAGE} AS go-builder
WORKDIR /tmp/grafana
COPY go.* ./
RUN go mod download
COPY pkg pkg
RUN go build -o ./bin/grafana ./pkg/cmd/grafana
FROM ${BASE_IMAGE}
ARG GF_UID="472"
ARG GF_GID="0"
ENV PATH="/usr/share/grafana/bin:$PATH" GF_PATHS_CONFIG="/etc/grafana/grafana.ini"
RUN apk add --no-cache ca-certificates bash curl tzdata musl-utils
RUN if [ ! $(getent group "$GF_GID") ]; then addgroup -S -g $GF_GID grafana; fi && \
    adduser -S -u $GF_UID -G "$GF_GID" grafana
COPY --from=go-builder /tmp/grafana/bin/grafana* /usr/share/grafana/bin/
EXPOSE 3000
USER "$GF_UID"
ENTRYPOINT [ "/run.sh" ]
"""",
        ["elixir-style"] = """"
FROM erlang:27
ENV ELIXIR_VERSION="v1.17.3" LANG=C.UTF-8
RUN set -xe \
	&& ELIXIR_DOWNLOAD_URL="https://github.com/elixir-lang/elixir/archive/${ELIXIR_VERSION}.tar.gz" \
	&& ELIXIR_DOWNLOAD_SHA256="6116c14d5e61ec301240cebeacbf9e97125a4d45cd9071e65e0b958d5ebf3890" \
	&& curl -fSL -o elixir-src.tar.gz $ELIXIR_DOWNLOAD_URL \
	&& echo "$ELIXIR_DOWNLOAD_SHA256  elixir-src.tar.gz" | sha256sum -c - \
	&& mkdir -p /usr/local/src/elixir \
	&& tar -xzC /usr/local/src/elixir --strip-components=1 -f elixir-src.tar.gz \
	&& rm elixir-src.tar.gz
CMD ["iex"]
"""",
        ["haproxy"] = """"
FROM debian:bookworm-slim
RUN set -eux; groupadd --gid 99 --system haproxy; useradd --gid haproxy --home-dir /var/lib/haproxy --no-create-home --system --uid 99 haproxy; mkdir /var/lib/haproxy; chown haproxy:haproxy /var/lib/haproxy
ENV HAPROXY_VERSION 3.1.1
ENV HAPROXY_URL https://www.haproxy.org/download/3.1/src/haproxy-3.1.1.tar.gz
ENV HAPROXY_SHA256 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091
RUN set -eux; \
	apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make wget; \
	wget -O haproxy.tar.gz "$HAPROXY_URL"; \
	echo "$HAPROXY_SHA256 *haproxy.tar.gz" | sha256sum -c; \
	mkdir -p /usr/src/haproxy; \
	tar --extract --file haproxy.tar.gz --directory /usr/src/haproxy --strip-components 1; \
	rm haproxy.tar.gz
STOPSIGNAL SIGUSR1
COPY docker-entrypoint.sh /usr/local/bin/
USER haproxy
WORKDIR /var/lib/haproxy
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
"""",
        ["memcached"] = """"
FROM alpine:3.21
RUN addgroup -g 11211 memcache && adduser -D -u 11211 -G memcache memcache
RUN apk add --no-cache libsasl
ENV MEMCACHED_VERSION 1.6.34
ENV MEMCACHED_URL https://memcached.org/files/memcached-1.6.34.tar.gz
ENV MEMCACHED_SHA1 5cf3a4e3f3a6f2e1d0c9b8a7f6e5d4c3b2a1f0e9
RUN set -x \
	&& wget -O memcached.tar.gz "$MEMCACHED_URL" \
	&& echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c - \
	&& mkdir -p /usr/src/memcached \
	&& tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1 \
	&& rm memcached.tar.gz
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
USER memcache
EXPOSE 11211
CMD ["memcached"]
"""",
        ["heredoc-app"] = """"
# syntax=docker/dockerfile:1
FROM python:3.13-slim
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
useradd --uid 10001 --no-log-init app
EOF
COPY <<EOF /etc/app/config.toml
[server]
port = 8080
EOF
RUN <<EOF python3
import json
print(json.dumps({"ok": True}))
EOF
USER 10001
CMD ["python3", "-m", "app"]
"""",
        ["legacy-centos"] = """"
FROM centos:7
RUN yum install -y epel-release && yum install -y nginx && yum clean all
ADD nginx.conf /etc/nginx/nginx.conf
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
"""",
        ["rabbitmq-style"] = """"
FROM ubuntu:24.04
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates gosu tzdata; \
	rm -rf /var/lib/apt/lists/*
ENV RABBITMQ_DATA_DIR=/var/lib/rabbitmq
RUN set -eux; groupadd --gid 999 --system rabbitmq; useradd --uid 999 --system --home-dir "$RABBITMQ_DATA_DIR" --gid rabbitmq rabbitmq
ENV RABBITMQ_VERSION 4.0.5
ENV RABBITMQ_PGP_KEY_ID="0x0A9AF2115F4687BD29803A206B73A36E6026DFCA"
RUN set -eux; \
	RABBITMQ_SOURCE_URL="https://github.com/rabbitmq/rabbitmq-server/releases/download/v$RABBITMQ_VERSION/rabbitmq-server-generic-unix-latest-toolchain-$RABBITMQ_VERSION.tar.xz"; \
	RABBITMQ_PATH="/usr/local/src/rabbitmq-$RABBITMQ_VERSION"; \
	wget --progress dot:giga --output-document "$RABBITMQ_PATH.tar.xz.asc" "$RABBITMQ_SOURCE_URL.asc"; \
	wget --progress dot:giga --output-document "$RABBITMQ_PATH.tar.xz" "$RABBITMQ_SOURCE_URL"; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$RABBITMQ_PGP_KEY_ID"; \
	gpg --batch --verify "$RABBITMQ_PATH.tar.xz.asc" "$RABBITMQ_PATH.tar.xz"
USER rabbitmq:rabbitmq
EXPOSE 4369 5671 5672 15691 15692 25672
CMD ["rabbitmq-server"]
"""",
    };
}
