namespace ContainerLint.Core.Tests.Dockerfile;

/// <summary>
/// The one corpus of Dockerfiles in the style of official images (docker-library postgres, redis, nginx, python, node,
/// golang, httpd, memcached, mysql, wordpress, ruby, traefik, busybox; dotnet-docker sdk/aspnet/runtime-deps incl.
/// chiseled and nanoserver; Adoptium Temurin; distroless; BuildKit's own; Windows servercore images with
/// <c># escape=`</c>) and typical application Dockerfiles. The parser robustness test reads all of it; each rule
/// group's false-positive guard keeps its own hand-reviewed findings for the hand-written files it covers.
/// </summary>
internal static class OfficialImageCorpus
{
    /// <summary>Hand-written Dockerfiles by name.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["01-postgres"] = """"
FROM debian:bookworm-slim

RUN set -eux; \
	groupadd -r postgres --gid=999; \
	useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \
	mkdir -p /var/lib/postgresql; \
	chown -R postgres:postgres /var/lib/postgresql

RUN set -ex; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		gnupg \
		less \
	; \
	rm -rf /var/lib/apt/lists/*

ENV GOSU_VERSION 1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	chmod +x /usr/local/bin/gosu; \
	gosu --version

ENV PG_MAJOR 17
ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin

RUN mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql

ENV PGDATA /var/lib/postgresql/data
RUN mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 1777 "$PGDATA"
VOLUME /var/lib/postgresql/data

COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
"""",
        ["02-redis-alpine"] = """"
FROM alpine:3.21

RUN set -eux; \
	addgroup -S -g 1000 redis; \
	adduser -S -G redis -u 999 redis

RUN set -eux; \
	apk add --no-cache \
		'su-exec>=0.2' \
		tzdata \
	;

ENV REDIS_VERSION 7.4.2
ENV REDIS_DOWNLOAD_URL http://download.redis.io/releases/redis-7.4.2.tar.gz
ENV REDIS_DOWNLOAD_SHA 4ddebbf09061cbb589011786febdb34f29767dd7f89dbe712d2b68e808af6a1f

RUN set -eux; \
	\
	apk add --no-cache --virtual .build-deps \
		coreutils \
		gcc \
		linux-headers \
		make \
		musl-dev \
		openssl-dev \
		tar \
	; \
	\
	wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \
	echo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \
	mkdir -p /usr/src/redis; \
	tar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \
	rm redis.tar.gz; \
	make -C /usr/src/redis -j "$(nproc)" all; \
	make -C /usr/src/redis install; \
	rm -r /usr/src/redis; \
	apk del --no-network .build-deps; \
	redis-cli --version

RUN mkdir /data && chown redis:redis /data
VOLUME /data
WORKDIR /data

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE 6379
CMD ["redis-server"]
"""",
        ["03-nginx"] = """"
FROM debian:bookworm-slim

LABEL maintainer="NGINX Docker Maintainers <docker-maint@nginx.com>"

ENV NGINX_VERSION   1.27.3
ENV NJS_VERSION     0.8.8
ENV PKG_RELEASE     1~bookworm

RUN set -x \
    && groupadd --system --gid 101 nginx \
    && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx \
    && apt-get update \
    && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates \
    && apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/* \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log \
    && mkdir /docker-entrypoint.d

COPY docker-entrypoint.sh /
COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d
ENTRYPOINT ["/docker-entrypoint.sh"]

EXPOSE 80

STOPSIGNAL SIGQUIT

CMD ["nginx", "-g", "daemon off;"]
"""",
        ["04-python-slim"] = """"
FROM debian:bookworm-slim

ENV PATH /usr/local/bin:$PATH
ENV LANG C.UTF-8

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		netbase \
		tzdata \
	; \
	rm -rf /var/lib/apt/lists/*

ENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D
ENV PYTHON_VERSION 3.13.1

RUN set -eux; \
	\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		dpkg-dev \
		gcc \
		libssl-dev \
		make \
		wget \
		xz-utils \
	; \
	\
	wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \
	mkdir -p /usr/src/python; \
	tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \
	rm python.tar.xz; \
	\
	cd /usr/src/python; \
	./configure --enable-optimizations; \
	make -j "$(nproc)"; \
	make install; \
	\
	cd /; \
	rm -rf /usr/src/python; \
	\
	apt-mark auto '.*' > /dev/null; \
	apt-mark manual $savedAptMark; \
	find /usr/local -type f -executable -not \( -name '*tkinter*' \) -exec ldd '{}' ';' \
		| awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\n", so }' \
		| sort -u \
		| xargs -r dpkg-query --search \
		| cut -d: -f1 \
		| sort -u \
		| xargs -r apt-mark manual \
	; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	rm -rf /var/lib/apt/lists/*; \
	\
	python3 --version; \
	pip3 --version

RUN set -eux; \
	for src in idle3 pip3 pydoc3 python3 python3-config; do \
		dst="$(echo "$src" | tr -d 3)"; \
		[ -s "/usr/local/bin/$src" ]; \
		[ ! -e "/usr/local/bin/$dst" ]; \
		ln -svT "$src" "/usr/local/bin/$dst"; \
	done

CMD ["python3"]
"""",
        ["05-node-alpine"] = """"
FROM alpine:3.21

ENV NODE_VERSION 22.12.0

RUN addgroup -g 1000 node \
    && adduser -u 1000 -G node -s /bin/sh -D node \
    && apk add --no-cache \
        libstdc++ \
    && apk add --no-cache --virtual .build-deps \
        curl \
    && ARCH= OPENSSL_ARCH='linux*' && alpineArch="$(apk --print-arch)" \
    && curl -fsSLO --compressed "https://unofficial-builds.nodejs.org/download/release/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" \
    && tar -xJf "node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" -C /usr/local --strip-components=1 --no-same-owner \
    && ln -s /usr/local/bin/node /usr/local/bin/nodejs \
    && rm -f "node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" \
    && apk del .build-deps \
    && node --version \
    && npm --version

ENV YARN_VERSION 1.22.22

RUN apk add --no-cache --virtual .build-deps-yarn curl gnupg tar \
  && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz" \
  && mkdir -p /opt \
  && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/ \
  && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn \
  && rm yarn-v$YARN_VERSION.tar.gz \
  && apk del .build-deps-yarn \
  && yarn --version

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

CMD [ "node" ]
"""",
        ["06-golang"] = """"
FROM buildpack-deps:bookworm-scm AS build

ENV PATH /usr/local/go/bin:$PATH

ENV GOLANG_VERSION 1.23.4

RUN set -eux; \
	arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
	url=; \
	case "$arch" in \
		'amd64') \
			url='https://dl.google.com/go/go1.23.4.linux-amd64.tar.gz'; \
			sha256='6924efde5de86fe277676e929dc9917d466efa02fb934197bc2eba35d5680971'; \
			;; \
		*) echo >&2 "error: unsupported architecture '$arch'"; exit 1 ;; \
	esac; \
	wget -O go.tgz.asc "$url.asc"; \
	wget -O go.tgz "$url" --progress=dot:giga; \
	echo "$sha256 *go.tgz" | sha256sum -c -; \
	tar -C /usr/local -xzf go.tgz; \
	rm go.tgz; \
	go version

FROM buildpack-deps:bookworm-scm

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		g++ \
		gcc \
		libc6-dev \
		make \
		pkg-config \
	; \
	rm -rf /var/lib/apt/lists/*

ENV GOLANG_VERSION 1.23.4
ENV GOTOOLCHAIN=local
ENV GOPATH /go
ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH
COPY --from=build --link /usr/local/go/ /usr/local/go/
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
WORKDIR $GOPATH
"""",
        ["07-httpd"] = """"
FROM debian:bookworm-slim

RUN groupadd --system --gid 33 www-data || true

ENV HTTPD_PREFIX /usr/local/apache2
ENV PATH $HTTPD_PREFIX/bin:$PATH
RUN mkdir -p "$HTTPD_PREFIX" \
	&& chown www-data:www-data "$HTTPD_PREFIX"
WORKDIR $HTTPD_PREFIX

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		libaprutil1-ldap \
		libldap-common \
	; \
	rm -rf /var/lib/apt/lists/*

ENV HTTPD_VERSION 2.4.62

RUN set -eux; \
	\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		bzip2 \
		dirmngr \
		gcc \
		gnupg \
		make \
		wget \
	; \
	rm -r /var/lib/apt/lists/*; \
	\
	ddist() { \
		local f="$1"; shift; \
		local distFile="$1"; shift; \
		local success=; \
		local distUrl=; \
		for distUrl in \
			'https://dlcdn.apache.org/' \
		; do \
			if wget -O "$f" "$distUrl$distFile" && [ -s "$f" ]; then \
				success=1; \
				break; \
			fi; \
		done; \
		[ -n "$success" ]; \
	}; \
	\
	ddist 'httpd.tar.bz2' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \
	echo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \
	mkdir -p src; \
	tar -xf httpd.tar.bz2 -C src --strip-components=1; \
	rm httpd.tar.bz2; \
	cd src; \
	./configure --prefix="$HTTPD_PREFIX"; \
	make -j "$(nproc)"; \
	make install; \
	cd ..; \
	rm -r src man manual

STOPSIGNAL SIGWINCH

COPY httpd-foreground /usr/local/bin/

EXPOSE 80
CMD ["httpd-foreground"]
"""",
        ["08-dotnet-sdk"] = """"
ARG REPO=mcr.microsoft.com/dotnet/aspnet
FROM $REPO:9.0.0-bookworm-slim-amd64

ENV \
    DOTNET_GENERATE_ASPNET_CERTIFICATE=false \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    NUGET_XMLDOC_MODE=skip \
    POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Debian-12

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        curl \
        git \
        libatomic1 \
        wget \
    && rm -rf /var/lib/apt/lists/*

ENV DOTNET_SDK_VERSION=9.0.101

RUN curl -fSL --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Sdk/$DOTNET_SDK_VERSION/dotnet-sdk-$DOTNET_SDK_VERSION-linux-x64.tar.gz \
    && dotnet_sha512='a' \
    && echo "$dotnet_sha512  dotnet.tar.gz" | sha512sum -c - \
    && mkdir -p /usr/share/dotnet \
    && tar -oxzf dotnet.tar.gz -C /usr/share/dotnet ./packs ./sdk ./sdk-manifests ./templates ./LICENSE.txt ./ThirdPartyNotices.txt \
    && rm dotnet.tar.gz \
    && dotnet help
"""",
        ["09-dotnet-aspnet"] = """"
ARG REPO=mcr.microsoft.com/dotnet/runtime
FROM $REPO:9.0.0-bookworm-slim-amd64

ENV ASPNET_VERSION=9.0.0

RUN curl -fSL --output aspnetcore.tar.gz https://builds.dotnet.microsoft.com/dotnet/aspnetcore/Runtime/$ASPNET_VERSION/aspnetcore-runtime-$ASPNET_VERSION-linux-x64.tar.gz \
    && aspnetcore_sha512='b' \
    && echo "$aspnetcore_sha512  aspnetcore.tar.gz" | sha512sum -c - \
    && tar -oxzf aspnetcore.tar.gz -C /usr/share/dotnet ./shared/Microsoft.AspNetCore.App \
    && rm aspnetcore.tar.gz
"""",
        ["10-dotnet-runtime-deps"] = """"
FROM debian:bookworm-slim

ENV \
    APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        libc6 \
        libgcc-s1 \
        libicu72 \
        libssl3 \
        libstdc++6 \
        tzdata \
        zlib1g \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd \
        --gid=$APP_UID \
        app \
    && useradd -l \
        --uid=$APP_UID \
        --gid=$APP_UID \
        --create-home \
        app
"""",
        ["11-temurin"] = """"
FROM ubuntu:24.04

ENV JAVA_HOME /opt/java/openjdk
ENV PATH $JAVA_HOME/bin:$PATH

ENV LANG='en_US.UTF-8' LANGUAGE='en_US:en' LC_ALL='en_US.UTF-8'

RUN set -eux; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        curl \
        wget \
        gnupg \
        fontconfig \
        ca-certificates p11-kit \
        tzdata \
        locales \
    ; \
    echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; \
    locale-gen en_US.UTF-8; \
    rm -rf /var/lib/apt/lists/*

ENV JAVA_VERSION jdk-21.0.5+11

RUN set -eux; \
    ARCH="$(dpkg --print-architecture)"; \
    case "${ARCH}" in \
       amd64) \
         ESUM='3c654d98404c073b8a7e66bffb27f4ae3e7ede47d13284c132d40a83144bfd8c'; \
         BINARY_URL='https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jdk_x64_linux_hotspot_21.0.5_11.tar.gz'; \
         ;; \
       *) \
         echo "Unsupported arch: ${ARCH}"; \
         exit 1; \
         ;; \
    esac; \
    wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL}; \
    wget --progress=dot:giga -O /tmp/openjdk.tar.gz.sig ${BINARY_URL}.sig; \
    export GNUPGHOME="$(mktemp -d)"; \
    gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 3B04D753C9050D9A5D343F39843C48A565F8F04B; \
    gpg --batch --verify /tmp/openjdk.tar.gz.sig /tmp/openjdk.tar.gz; \
    rm -rf "${GNUPGHOME}" /tmp/openjdk.tar.gz.sig; \
    echo "${ESUM} */tmp/openjdk.tar.gz" | sha256sum -c -; \
    mkdir -p "$JAVA_HOME"; \
    tar --extract \
        --file /tmp/openjdk.tar.gz \
        --directory "$JAVA_HOME" \
        --strip-components 1 \
        --no-same-owner \
    ; \
    rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip;

RUN set -eux; \
    echo "Verifying install ..."; \
    fileEncoding="$(echo 'System.out.println(System.getProperty("file.encoding"))' | jshell -s -)"; [ "$fileEncoding" = 'UTF-8' ]; rm -rf ~/.java; \
    echo "javac --version"; javac --version; \
    echo "java --version"; java --version; \
    echo "Complete."
COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh
ENTRYPOINT ["/__cacert_entrypoint.sh"]

CMD ["jshell"]
"""",
        ["12-buildkit"] = """"
# syntax=docker/dockerfile-upstream:master

ARG RUNC_VERSION=v1.2.3
ARG ALPINE_VERSION=3.21
ARG GO_VERSION=1.23

FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS golatest

FROM golatest AS gobuild-base
RUN apk add --no-cache file bash clang lld musl-dev pkgconfig git make
COPY --link --from=xx / /

FROM gobuild-base AS runc
WORKDIR $GOPATH/src/github.com/opencontainers/runc
ARG RUNC_VERSION
ADD --keep-git-dir=true "https://github.com/opencontainers/runc.git#$RUNC_VERSION" .
ARG TARGETPLATFORM
RUN set -e; xx-apk add musl-dev gcc libseccomp-dev libseccomp-static; \
  xx-go --wrap && \
  make static && \
  xx-verify --static runc && cp -a runc /usr/bin/

FROM gobuild-base AS buildkit-base
WORKDIR /src
ENV GOFLAGS=-mod=vendor

FROM buildkit-base AS buildkitd
ARG TARGETPLATFORM
RUN --mount=target=. --mount=target=/root/.cache,type=cache \
  --mount=target=/go/pkg/mod,type=cache \
  xx-go build -ldflags "-extldflags '-static'" -o /usr/bin/buildkitd ./cmd/buildkitd && \
  xx-verify --static /usr/bin/buildkitd

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
        ["13-windows-servercore"] = """"
# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022

SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ENV PYTHON_VERSION 3.13.1

RUN $url = ('https://www.python.org/ftp/python/{0}/python-{1}-amd64.exe' -f ($env:PYTHON_VERSION -replace '[a-z]+[0-9]*$', ''), $env:PYTHON_VERSION); `
	Write-Host ('Downloading {0} ...' -f $url); `
	[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; `
	Invoke-WebRequest -Uri $url -OutFile 'python.exe'; `
	Start-Process python.exe -Wait `
		-ArgumentList @( `
			'/quiet', `
			'InstallAllUsers=1' `
		); `
	Remove-Item python.exe -Force; `
	Get-ChildItem C:\Windows | Select-Object Name; `
	Write-Host 'Complete.'

CMD ["python"]
"""",
        ["14-app-multistage-dotnet"] = """"
FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build
WORKDIR /source
COPY --link *.csproj .
RUN dotnet restore
COPY --link . .
RUN dotnet publish --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled
EXPOSE 8080
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./aspnetapp"]
"""",
        ["15-app-node"] = """"
# syntax=docker/dockerfile:1
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s CMD ["node", "healthcheck.js"]
CMD ["node", "server.js"]
"""",
        ["16-app-python"] = """"
FROM python:3.13-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN useradd --uid 10001 --no-create-home app
USER 10001
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
"""",
        ["17-app-go-distroless"] = """"
FROM golang:1.23 AS build
WORKDIR /go/src/app
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /go/bin/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /
ENTRYPOINT ["/app"]
"""",
        ["18-ubuntu-cache-mount"] = """"
# syntax=docker/dockerfile:1
FROM ubuntu:24.04
RUN rm -f /etc/apt/apt.conf.d/docker-clean; echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends gcc
"""",
        ["19-heredoc"] = """"
# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOT
#!/usr/bin/env bash
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends curl ca-certificates
rm -rf /var/lib/apt/lists/*
curl -fsSL https://example.com/install.tgz | tar -xz -C /opt
EOT
COPY <<EOF /etc/app.conf
listen 8080
EOF
USER 1000
CMD ["/opt/app/bin/app"]
"""",
        ["20-centos"] = """"
FROM quay.io/centos/centos:stream9
RUN dnf -y install httpd mod_ssl && \
    if [ -d /var/cache/dnf ]; then dnf clean all; fi
EXPOSE 8080
USER 48
CMD ["/usr/sbin/httpd", "-DFOREGROUND"]
"""",
        ["21-ubi-micro"] = """"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install -y --nodocs --setopt=install_weak_deps=0 java-21-openjdk-headless \
    && microdnf clean all
USER 185
ENTRYPOINT ["java", "-jar", "/deployments/app.jar"]
"""",
        ["22-memcached"] = """"
FROM alpine:3.21

RUN set -eux; \
	addgroup -g 11211 memcache; \
	adduser -D -u 11211 -G memcache memcache

RUN apk add --no-cache libsasl

ENV MEMCACHED_VERSION 1.6.34

RUN set -x \
	&& apk add --no-cache --virtual .build-deps \
		ca-certificates \
		gcc \
		make \
		perl \
		tar \
		wget \
	&& wget -O memcached.tar.gz "https://memcached.org/files/memcached-$MEMCACHED_VERSION.tar.gz" \
	&& echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c - \
	&& mkdir -p /usr/src/memcached \
	&& tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1 \
	&& rm memcached.tar.gz \
	&& cd /usr/src/memcached \
	&& ./configure \
	&& make -j "$(nproc)" \
	&& make install \
	&& cd / && rm -rf /usr/src/memcached \
	&& runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)" \
	&& apk add --no-network --virtual .memcached-rundeps $runDeps \
	&& apk del --no-network .build-deps \
	&& memcached -V

COPY docker-entrypoint.sh /usr/local/bin/
RUN ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]

USER memcache
EXPOSE 11211
CMD ["memcached"]
"""",
        ["23-mysql"] = """"
FROM oraclelinux:9-slim

RUN set -eux; \
	groupadd --system --gid 999 mysql; \
	useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql

ENV GOSU_VERSION 1.17
RUN set -eux; \
	arch="$(uname -m)"; \
	curl -fL -o /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch.asc"; \
	curl -fL -o /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch"; \
	chmod +x /usr/local/bin/gosu; \
	gosu --version

RUN set -eux; \
	microdnf install -y \
		bzip2 \
		gzip \
		openssl \
		xz \
		zstd \
		findutils \
	; \
	microdnf clean all

ENV MYSQL_VERSION 9.1.0-1.el9
RUN set -eux; \
	microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; \
	microdnf clean all; \
	rm -rf /var/lib/mysql && mkdir -p /var/lib/mysql /var/run/mysqld; \
	chown mysql:mysql /var/lib/mysql /var/run/mysqld; \
	chmod 1777 /var/lib/mysql /var/run/mysqld

VOLUME /var/lib/mysql

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE 3306 33060
CMD ["mysqld"]
"""",
        ["24-wordpress-php"] = """"
FROM php:8.3-apache

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ghostscript \
	; \
	rm -rf /var/lib/apt/lists/*

RUN { \
		echo 'opcache.memory_consumption=128'; \
		echo 'opcache.interned_strings_buffer=8'; \
	} > /usr/local/etc/php/conf.d/opcache-recommended.ini

RUN set -eux; \
	a2enconf remoteip; \
	find /etc/apache2 -type f -name '*.conf' -exec sed -ri 's/([[:space:]]*LogFormat[[:space:]]+"[^"]*)%h([^"]*")/\1%a\2/g' '{}' +

RUN set -eux; \
	version='6.7.1'; \
	curl -o wordpress.tar.gz -fL "https://wordpress.org/wordpress-$version.tar.gz"; \
	echo "$sha1 *wordpress.tar.gz" | sha1sum -c -; \
	tar -xzf wordpress.tar.gz -C /usr/src/; \
	rm wordpress.tar.gz; \
	chown -R www-data:www-data /usr/src/wordpress; \
	mkdir wp-content; \
	for dir in /usr/src/wordpress/wp-content/*/ cache; do \
		dir="$(basename "${dir%/}")"; \
		mkdir "wp-content/$dir"; \
	done; \
	chown -R www-data:www-data wp-content; \
	chmod -R 1777 wp-content

VOLUME /var/www/html

COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/
COPY docker-entrypoint.sh /usr/local/bin/

ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["apache2-foreground"]
"""",
        ["25-ruby"] = """"
FROM debian:bookworm-slim

RUN set -eux; \
	mkdir -p /usr/local/etc; \
	{ \
		echo 'install: --no-document'; \
		echo 'update: --no-document'; \
	} >> /usr/local/etc/gemrc

ENV LANG C.UTF-8
ENV RUBY_VERSION 3.3.6

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		bison \
		dpkg-dev \
		libgdbm-dev \
		ruby \
	; \
	rm -rf /var/lib/apt/lists/*; \
	\
	wget -O ruby.tar.xz "https://cache.ruby-lang.org/pub/ruby/${RUBY_VERSION%.*}/ruby-$RUBY_VERSION.tar.xz"; \
	echo "$RUBY_DOWNLOAD_SHA256 *ruby.tar.xz" | sha256sum --check --strict; \
	mkdir -p /usr/src/ruby; \
	tar -xJf ruby.tar.xz -C /usr/src/ruby --strip-components=1; \
	rm ruby.tar.xz; \
	cd /usr/src/ruby; \
	./configure --disable-install-doc --enable-shared; \
	make -j "$(nproc)"; \
	make install; \
	cd /; \
	rm -r /usr/src/ruby; \
	gem --version

ENV GEM_HOME /usr/local/bundle
ENV BUNDLE_SILENCE_ROOT_WARNING=1 \
	BUNDLE_APP_CONFIG="$GEM_HOME"
ENV PATH $GEM_HOME/bin:$PATH
RUN set -eux; \
	mkdir "$GEM_HOME"; \
	chmod 1777 "$GEM_HOME"

CMD [ "irb" ]
"""",
        ["26-traefik"] = """"
FROM alpine:3.21
RUN apk --no-cache add ca-certificates tzdata
RUN set -ex; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		x86_64) arch='amd64' ;; \
		*) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \
	esac; \
	wget --quiet -O /tmp/traefik.tar.gz "https://github.com/traefik/traefik/releases/download/v3.2.3/traefik_v3.2.3_linux_$arch.tar.gz"; \
	tar xzvf /tmp/traefik.tar.gz -C /usr/local/bin traefik; \
	rm -f /tmp/traefik.tar.gz; \
	chmod +x /usr/local/bin/traefik
COPY entrypoint.sh /
EXPOSE 80
ENTRYPOINT ["/entrypoint.sh"]
CMD ["traefik"]
"""",
        ["28-hello-world"] = """"
FROM scratch
COPY hello /
CMD ["/hello"]
"""",
        ["29-rust-multistage"] = """"
FROM rust:1.83 AS builder
WORKDIR /usr/src/myapp
COPY . .
RUN cargo install --path .

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/cargo/bin/myapp /usr/local/bin/myapp
USER 10001
CMD ["myapp"]
"""",
        ["30-legacy-app"] = """"
FROM ubuntu:24.04
MAINTAINER Jane Doe <jane@example.com>
RUN apt-get update
RUN apt-get install -y python3 python3-pip curl vim
ENV APP_HOME /opt/app
WORKDIR app
COPY . .
RUN cd /opt/app && pip3 install -r requirements.txt
EXPOSE 22 80
CMD python3 app.py
"""",
        ["31-java-maven"] = """"
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests

FROM eclipse-temurin:21-jre-alpine
RUN addgroup -S app && adduser -S app -G app
WORKDIR /app
COPY --from=build /build/target/app.jar app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
"""",
        ["32-nginx-alpine-slim"] = """"
FROM alpine:3.21

ENV NGINX_VERSION 1.27.3
ENV PKG_RELEASE   1

RUN set -x \
    && addgroup -g 101 -S nginx \
    && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx \
    && apkArch="$(cat /etc/apk/arch)" \
    && nginxPackages=" \
        nginx=${NGINX_VERSION}-r${PKG_RELEASE} \
    " \
    && apk add --no-cache --virtual .checksum-deps \
        openssl \
    && case "$apkArch" in \
        x86_64|aarch64) \
            set -x \
            && KEY_SHA512="e09fa32f0a0eab2b879ccbbc4d0e4fb9751486eedda75e35fac65802cc9faa266425edf83e261137a2f4d16281ce2c1a5f4502930fe75154723da014214f0655" \
            && wget -O /tmp/nginx_signing.rsa.pub https://nginx.org/keys/nginx_signing.rsa.pub \
            && if echo "$KEY_SHA512 */tmp/nginx_signing.rsa.pub" | sha512sum -c -; then \
                echo "key verification succeeded!"; \
                mv /tmp/nginx_signing.rsa.pub /etc/apk/keys/; \
            else \
                echo "key verification failed!"; \
                exit 1; \
            fi \
            && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o '^[0-9]+\.[0-9]+' /etc/alpine-release)/main" --no-cache $nginxPackages \
            ;; \
    esac \
    && apk del --no-network .checksum-deps \
    && apk add --no-cache tzdata \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log \
    && mkdir /docker-entrypoint.d

COPY docker-entrypoint.sh /
ENTRYPOINT ["/docker-entrypoint.sh"]
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
"""",
        ["33-couchdb-like"] = """"
FROM debian:bookworm-slim

RUN groupadd -g 5984 -r couchdb && useradd -u 5984 -d /opt/couchdb -g couchdb couchdb

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        dirmngr \
        gnupg \
     ; \
    rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends gosu tini; \
    rm -rf /var/lib/apt/lists/*; \
    gosu nobody true; \
    tini --version

ENV GPG_COUCH_KEY 390EF70BB1EA12B2773962950EE62FB37A00258D
RUN set -eux; \
    export GNUPGHOME="$(mktemp -d)"; \
    curl -fL -o keys.asc https://couchdb.apache.org/repo/keys.asc; \
    gpg --batch --import keys.asc; \
    gpg --batch --export "${GPG_COUCH_KEY}" > /usr/share/keyrings/couchdb-archive-keyring.gpg; \
    command -v gpgconf && gpgconf --kill all || :; \
    rm -rf "$GNUPGHOME"; \
    apt-key list

ENV COUCHDB_VERSION 3.4.2

RUN . /etc/os-release; \
    echo "deb [signed-by=/usr/share/keyrings/couchdb-archive-keyring.gpg] https://apache.jfrog.io/artifactory/couchdb-deb/ ${VERSION_CODENAME} main" | \
        tee /etc/apt/sources.list.d/couchdb.list >/dev/null

RUN set -eux; \
    apt-get update; \
    echo "couchdb couchdb/mode select none" | debconf-set-selections; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-downgrades --allow-remove-essential --allow-change-held-packages \
            couchdb="$COUCHDB_VERSION"~bookworm \
    ; \
    rmdir /var/lib/couchdb /var/log/couchdb; \
    rm /opt/couchdb/data /opt/couchdb/var/log; \
    mkdir -p /opt/couchdb/data /opt/couchdb/var/log; \
    chown couchdb:couchdb /opt/couchdb/data /opt/couchdb/var/log; \
    chmod 777 /opt/couchdb/data /opt/couchdb/var/log; \
    rm -rf /var/lib/apt/lists/*;

COPY --chown=couchdb:couchdb 10-docker-default.ini /opt/couchdb/etc/default.d/
COPY docker-entrypoint.sh /usr/local/bin
ENTRYPOINT ["tini", "--", "/docker-entrypoint.sh"]
VOLUME /opt/couchdb/data
EXPOSE 5984 4369 9100
CMD ["/opt/couchdb/bin/couchdb"]
"""",
        ["34-windows-nanoserver-dotnet"] = """"
# escape=`
ARG REPO=mcr.microsoft.com/dotnet/runtime
FROM $REPO:9.0.0-nanoserver-ltsc2022

ENV ASPNET_VERSION=9.0.0

USER ContainerAdministrator
RUN powershell -Command `
        $ErrorActionPreference = 'Stop'; `
        $ProgressPreference = 'SilentlyContinue'; `
        Invoke-WebRequest -OutFile aspnetcore.zip https://builds.dotnet.microsoft.com/dotnet/aspnetcore/Runtime/$Env:ASPNET_VERSION/aspnetcore-runtime-$Env:ASPNET_VERSION-win-x64.zip; `
        tar -oxzf aspnetcore.zip -C $Env:ProgramFiles\dotnet ./shared/Microsoft.AspNetCore.App; `
        Remove-Item -Force aspnetcore.zip
USER ContainerUser
"""",
        ["35-gitlab-runner-like"] = """"
FROM ubuntu:24.04
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update -y && \
    apt-get install -y --no-install-recommends ca-certificates git git-lfs tzdata && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*
COPY --chmod=755 entrypoint /
STOPSIGNAL SIGQUIT
VOLUME ["/etc/gitlab-runner", "/home/gitlab-runner"]
ENTRYPOINT ["/usr/bin/dumb-init", "/entrypoint"]
CMD ["run", "--user=gitlab-runner", "--working-directory=/home/gitlab-runner"]
"""",
        ["36-elasticsearch-like"] = """"
FROM ubuntu:24.04 AS builder
RUN for iter in 1 2 3 4 5 6 7 8 9 10; do \
      apt-get update && \
      apt-get install -y --no-install-recommends curl ca-certificates && \
      apt-get clean && \
      exit_code=0 && break || \
        exit_code=$? && echo "apt-get error: retry $iter in 10s" && sleep 10; \
    done; \
    exit $exit_code
RUN mkdir /usr/share/elasticsearch
WORKDIR /usr/share/elasticsearch
RUN curl --retry 10 -S -L --output /tmp/es.tar.gz https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-8.17.0-linux-x86_64.tar.gz
RUN tar -zxf /tmp/es.tar.gz --strip-components=1

FROM ubuntu:24.04
RUN for iter in 1 2 3 4 5 6 7 8 9 10; do \
      apt-get update && \
      apt-get install -y --no-install-recommends ca-certificates curl netcat-openbsd p11-kit unzip zip && \
      apt-get clean && \
      rm -rf /var/lib/apt/lists/* && \
      exit_code=0 && break || \
        exit_code=$? && echo "apt-get error: retry $iter in 10s" && sleep 10; \
    done; \
    exit $exit_code
RUN groupadd -g 1000 elasticsearch && \
    adduser --uid 1000 --gid 1000 --home /usr/share/elasticsearch elasticsearch
WORKDIR /usr/share/elasticsearch
COPY --from=builder --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch
ENV PATH /usr/share/elasticsearch/bin:$PATH
EXPOSE 9200 9300
ENTRYPOINT ["/bin/tini", "--", "/usr/local/bin/docker-entrypoint.sh"]
CMD ["eswrapper"]
USER 1000:0
HEALTHCHECK --interval=10s --timeout=5s --start-period=1m --retries=5 CMD curl -I -f --max-time 5 http://localhost:9200 || exit 1
"""",
        ["37-php-fpm-alpine-ext"] = """"
FROM php:8.3-fpm-alpine
RUN set -eux; \
	apk add --no-cache --virtual .build-deps $PHPIZE_DEPS icu-dev libzip-dev; \
	docker-php-ext-install -j "$(nproc)" intl zip opcache; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local/lib/php/extensions \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .app-phpexts-rundeps $runDeps; \
	apk del --no-network .build-deps
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /var/www/html
COPY . .
RUN composer install --no-dev --no-interaction --optimize-autoloader
USER www-data
"""",
        ["38-registry-like"] = """"
FROM alpine:3.21
RUN set -eux; \
	apk add --no-cache ca-certificates; \
	wget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v3.0.0/registry_3.0.0_linux_amd64.tar.gz"; \
	echo "abc *registry.tar.gz" | sha256sum -c -; \
	tar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \
	rm registry.tar.gz; \
	registry --version
COPY ./config-example.yml /etc/distribution/config.yml
VOLUME ["/var/lib/registry"]
EXPOSE 5000
COPY docker-entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/etc/distribution/config.yml"]
"""",
        ["39-sonarqube-like"] = """"
FROM eclipse-temurin:17-jre-noble
ENV LANG='en_US.UTF-8' \
    SONARQUBE_HOME=/opt/sonarqube \
    SONAR_VERSION="10.7.0.96327" \
    SQ_DATA_DIR="/opt/sonarqube/data"
RUN set -eux; \
    useradd --system --uid 1000 --gid 0 sonarqube; \
    apt-get update; \
    apt-get install -y gnupg unzip curl bash fonts-dejavu; \
    echo "networkaddress.cache.ttl=5" >> "${JAVA_HOME}/conf/security/java.security"; \
    cd /opt; \
    curl --fail --location --output sonarqube.zip --silent --show-error "https://binaries.sonarsource.com/Distribution/sonarqube/sonarqube-${SONAR_VERSION}.zip"; \
    unzip -q sonarqube.zip; \
    mv "sonarqube-${SONAR_VERSION}" sonarqube; \
    rm sonarqube.zip*; \
    chown -R sonarqube:root "${SONARQUBE_HOME}"; \
    chmod -R 555 ${SONARQUBE_HOME}; \
    chmod -R ugo+wrX "${SQ_DATA_DIR}"; \
    apt-get remove -y gnupg unzip; \
    rm -rf /var/lib/apt/lists/*;
VOLUME ["${SQ_DATA_DIR}"]
WORKDIR ${SONARQUBE_HOME}
EXPOSE 9000
USER sonarqube
STOPSIGNAL SIGINT
ENTRYPOINT ["/opt/sonarqube/docker/entrypoint.sh"]
"""",
        ["40-tomcat"] = """"
FROM eclipse-temurin:21-jdk-noble
ENV CATALINA_HOME /usr/local/tomcat
ENV PATH $CATALINA_HOME/bin:$PATH
RUN mkdir -p "$CATALINA_HOME"
WORKDIR $CATALINA_HOME
ENV TOMCAT_NATIVE_LIBDIR $CATALINA_HOME/native-jni-lib
ENV LD_LIBRARY_PATH ${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$TOMCAT_NATIVE_LIBDIR
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends gnupg dirmngr wget ca-certificates; \
	ddist() { \
		local f="$1"; shift; \
		local distFile="$1"; shift; \
		wget -O "$f" "https://dlcdn.apache.org/$distFile"; \
	}; \
	ddist 'tomcat.tar.gz' "tomcat/tomcat-11/v11.0.2/bin/apache-tomcat-11.0.2.tar.gz"; \
	echo "$TOMCAT_SHA512 *tomcat.tar.gz" | sha512sum --strict --check -; \
	tar -xf tomcat.tar.gz --strip-components=1; \
	rm bin/*.bat; \
	rm tomcat.tar.gz*; \
	chmod -R +rX .; \
	chmod 1777 logs temp work; \
	rm -rf /var/lib/apt/lists/*
EXPOSE 8080
CMD ["catalina.sh", "run"]
"""",
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

    /// <summary>Every file: the hand-written ones, then the generated ones.</summary>
    public static IEnumerable<(string Name, string Text)> All() => Files.Select(f => (f.Key, f.Value)).Concat(Generated());

    private static readonly string[] Templates =
    [
        // docker-library: Debian, gpg-verified download, long continuation with comments inside.
        """
        FROM debian:{DEBIAN}-slim

        # explicitly set user/group IDs
        RUN set -eux; \
        	groupadd -r {NAME} --gid=999; \
        	useradd -r -g {NAME} --uid=999 --home-dir=/var/lib/{NAME} --shell=/bin/bash {NAME}; \
        	mkdir -p /var/lib/{NAME}; \
        	chown -R {NAME}:{NAME} /var/lib/{NAME}

        ENV GOSU_VERSION 1.17
        RUN set -eux; \
        	savedAptMark="$(apt-mark showmanual)"; \
        	apt-get update; \
        	apt-get install -y --no-install-recommends ca-certificates wget; \
        	rm -rf /var/lib/apt/lists/*; \
        	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
        	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
        	wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \
        # verify the signature
        	export GNUPGHOME="$(mktemp -d)"; \
        	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
        	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
        	gpgconf --kill all; \
        	rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \
        	apt-mark auto '.*' > /dev/null; \
        	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \
        	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
        	chmod +x /usr/local/bin/gosu; \
        	gosu --version; \
        	gosu nobody true

        ENV LANG en_US.utf8
        ENV {UPPER}_MAJOR {MAJOR}
        ENV {UPPER}_VERSION {VERSION}
        ENV PATH $PATH:/usr/lib/{NAME}/$PG_MAJOR/bin
        VOLUME /var/lib/{NAME}/data
        COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/
        RUN ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh
        ENTRYPOINT ["docker-entrypoint.sh"]
        STOPSIGNAL SIGINT
        EXPOSE {PORT}
        CMD ["{NAME}"]
        """,

        // docker-library: Alpine with apk virtual packages and a source build.
        """
        FROM alpine:{ALPINE}

        RUN addgroup -S -g 1000 {NAME} && adduser -S -G {NAME} -u 999 {NAME}
        RUN apk add --no-cache \
        # add tzdata for https://github.com/docker-library/{NAME}/issues/138
        		tzdata \
        		su-exec \
        	;

        ENV {UPPER}_VERSION {VERSION}
        ENV {UPPER}_DOWNLOAD_URL https://download.example.org/releases/{NAME}-{VERSION}.tar.gz
        ENV {UPPER}_DOWNLOAD_SHA 0b1f2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8

        RUN set -eux; \
        	\
        	apk add --no-cache --virtual .build-deps \
        		coreutils \
        		dpkg-dev dpkg \
        		gcc \
        		linux-headers \
        		make \
        		musl-dev \
        		openssl-dev \
        	; \
        	wget -O {NAME}.tar.gz "${UPPER}_DOWNLOAD_URL"; \
        	echo "${UPPER}_DOWNLOAD_SHA *{NAME}.tar.gz" | sha256sum -c -; \
        	mkdir -p /usr/src/{NAME}; \
        	tar -xzf {NAME}.tar.gz -C /usr/src/{NAME} --strip-components=1; \
        	rm {NAME}.tar.gz; \
        	make -C /usr/src/{NAME} -j "$(nproc)" all; \
        	runDeps="$( \
        		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
        			| tr ',' '\n' \
        			| sort -u \
        			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
        	)"; \
        	apk add --no-network --virtual .{NAME}-rundeps $runDeps; \
        	apk del --no-network .build-deps; \
        	{NAME} --version

        RUN mkdir /data && chown {NAME}:{NAME} /data
        VOLUME /data
        WORKDIR /data
        COPY --chmod=755 docker-entrypoint.sh /usr/local/bin/
        ENTRYPOINT ["docker-entrypoint.sh"]
        EXPOSE {PORT}
        CMD ["{NAME}-server"]
        """,

        // dotnet-docker: multi-stage SDK -> aspnet, cache mounts, --link copies, app UID.
        """
        # syntax=docker/dockerfile:1
        ARG REPO=mcr.microsoft.com/dotnet/aspnet
        ARG DOTNET_VERSION={DOTNET}
        FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
        ARG TARGETARCH
        WORKDIR /source

        COPY --link *.csproj .
        RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
            dotnet restore -a $TARGETARCH

        COPY --link . .
        RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
            dotnet publish -a $TARGETARCH --no-restore -o /app

        FROM $REPO:${DOTNET_VERSION}-{ALPINE_TAG}
        ENV \
            # Configure web servers to bind to port 8080 when present
            ASPNETCORE_HTTP_PORTS=8080 \
            DOTNET_RUNNING_IN_CONTAINER=true \
            DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
        RUN apk add --no-cache icu-data-full icu-libs
        EXPOSE 8080
        WORKDIR /app
        COPY --link --from=build /app .
        USER $APP_UID
        HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
            CMD ["dotnet", "{NAME}.dll", "--health"]
        ENTRYPOINT ["./{NAME}"]
        """,

        // adoptium/temurin: legacy ENV, case on the architecture, comments in continuation.
        """
        FROM ubuntu:{UBUNTU}

        ENV JAVA_HOME /opt/java/openjdk
        ENV PATH $JAVA_HOME/bin:$PATH

        # Default to UTF-8 file.encoding
        ENV LANG='en_US.UTF-8' LANGUAGE='en_US:en' LC_ALL='en_US.UTF-8'

        RUN set -eux; \
            apt-get update; \
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
                # curl required for historical reasons, see https://github.com/adoptium/containers/issues/255
                curl \
                wget \
                # gnupg required to verify the signature
                gnupg \
                fontconfig \
                ca-certificates p11-kit \
                tzdata \
                locales \
            ; \
            echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; \
            locale-gen en_US.UTF-8; \
            rm -rf /var/lib/apt/lists/*

        ENV JAVA_VERSION jdk-{JAVA}

        RUN set -eux; \
            ARCH="$(dpkg --print-architecture)"; \
            case "${ARCH}" in \
               amd64) \
                 ESUM='{SHA}'; \
                 BINARY_URL='https://github.com/adoptium/temurin{MAJOR}-binaries/releases/download/jdk-{JAVA}/OpenJDK{MAJOR}U-jdk_x64_linux_hotspot.tar.gz'; \
                 ;; \
               arm64) \
                 ESUM='{SHA}'; \
                 BINARY_URL='https://github.com/adoptium/temurin{MAJOR}-binaries/releases/download/jdk-{JAVA}/OpenJDK{MAJOR}U-jdk_aarch64_linux_hotspot.tar.gz'; \
                 ;; \
               *) \
                 echo "Unsupported arch: ${ARCH}"; \
                 exit 1; \
                 ;; \
            esac; \
            wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL}; \
            echo "${ESUM} */tmp/openjdk.tar.gz" | sha256sum -c -; \
            mkdir -p "$JAVA_HOME"; \
            tar --extract \
                --file /tmp/openjdk.tar.gz \
                --directory "$JAVA_HOME" \
                --strip-components 1 \
                --no-same-owner \
            ; \
            rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip;

        RUN set -eux; \
            echo "Verifying install ..."; \
            fileEncoding="$(echo 'System.out.println(System.getProperty("file.encoding"))' | jshell -s -)"; [ "$fileEncoding" = 'UTF-8' ]; rm -rf ~/.java; \
            echo "javac --version"; javac --version; \
            echo "java --version"; java --version; \
            echo "Complete."
        COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh
        ENTRYPOINT ["/__cacert_entrypoint.sh"]

        CMD ["jshell"]
        """,

        // BuildKit's own style: syntax and check directives, heredocs, secrets, checksums, parents, excludes.
        """
        # syntax=docker/dockerfile:1.{SYNTAXMINOR}
        # check=error=true

        ARG GO_VERSION={GO}
        ARG ALPINE_VERSION={ALPINE}
        ARG XX_VERSION=1.6.1

        FROM --platform=$BUILDPLATFORM tonistiigi/xx:${XX_VERSION} AS xx
        FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS golatest

        FROM golatest AS gobase
        COPY --link --from=xx / /
        RUN apk add --no-cache file git
        ENV GOFLAGS=-mod=vendor
        ENV CGO_ENABLED=0
        WORKDIR /src

        FROM gobase AS build
        ARG TARGETPLATFORM
        RUN --mount=target=. --mount=target=/root/.cache,type=cache \
            --mount=target=/go/pkg/mod,type=cache \
            --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN \
            --mount=type=ssh <<EOT
          set -ex
          xx-go build -ldflags "-s -w" -o /out/{NAME} ./cmd/{NAME}
          xx-verify --static /out/{NAME}
        EOT

        FROM alpine:${ALPINE_VERSION} AS release
        RUN <<-'EOT' sh
        	set -e
        	apk add --no-cache ca-certificates
        	echo "built with $GO_VERSION"
        	EOT
        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://raw.githubusercontent.com/moby/moby/v25.0.0/README.md /README.md
        ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.{SYNTAXMINOR}.0 /buildkit
        COPY --parents ./pkg/*/testdata /testdata/
        COPY --exclude=*.md --exclude=**/*_test.go . /src
        COPY <<EOF /etc/{NAME}/config.toml
        [worker.oci]
          gc = true
        debug = false
        EOF
        COPY --from=build --chmod=0755 /out/{NAME} /usr/bin/
        RUN 3<<IN1 4<<IN2 awk -f - /dev/fd/3 /dev/fd/4 <<'AWK'
        one
        IN1
        two
        IN2
        { print FILENAME ": " $0 }
        AWK
        USER 1000:1000
        ENTRYPOINT ["/usr/bin/{NAME}"]
        """,

        // Windows servercore with the backtick escape and PowerShell.
        """
        # escape=`

        ARG REPO=mcr.microsoft.com/windows/servercore
        FROM $REPO:ltsc{WINYEAR}

        SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

        ENV {UPPER}_VERSION={VERSION} `
            {UPPER}_HOME=C:\{NAME}

        # Install {NAME}
        RUN $url = ('https://download.example.org/{NAME}/{0}/{NAME}-{0}-win64.zip' -f $env:{UPPER}_VERSION); `
            Write-Host ('Downloading {0} ...' -f $url); `
            Invoke-WebRequest -Uri $url -OutFile '{NAME}.zip'; `
            `
            Write-Host 'Expanding ...'; `
            Expand-Archive {NAME}.zip -DestinationPath C:\; `
            Move-Item -Path C:\{NAME}-* -Destination $env:{UPPER}_HOME; `
            Remove-Item {NAME}.zip -Force; `
            `
            Write-Host 'Updating PATH ...'; `
            $env:PATH = $env:{UPPER}_HOME + '\bin;' + $env:PATH; `
            [Environment]::SetEnvironmentVariable('PATH', $env:PATH, [EnvironmentVariableTarget]::Machine); `
            `
            Write-Host 'Complete.'

        WORKDIR C:\app
        COPY ["app files", "C:\\app\\"]
        COPY --from=mcr.microsoft.com/windows/nanoserver:ltsc{WINYEAR} C:\Windows\System32\netapi32.dll C:\Windows\System32\
        USER ContainerUser
        EXPOSE {PORT}
        CMD ["{NAME}.exe", "--port", "{PORT}"]
        """,

        // ONBUILD base images, labels over several lines, lower-case and odd spacing.
        """
        FROM {BASE}
        LABEL org.opencontainers.image.title="{NAME}" \
              org.opencontainers.image.version="{VERSION}" \
              org.opencontainers.image.source="https://github.com/example/{NAME}" \
              maintainer="Docker Library <docker@example.org>"
        ARG BUILD_DATE
        ARG VCS_REF=unknown
        ONBUILD ARG APP_ENV=production
        ONBUILD COPY --chown=app:app package*.json ./
        ONBUILD RUN npm ci --omit=dev
        ONBUILD RUN <<EOF
        echo "onbuild heredoc"
        EOF
        ONBUILD COPY . .
        expose {PORT}/tcp {PORT2}/udp
        volume ["/data", "/logs"]
        workdir   /srv/{NAME}
        healthcheck --interval=5m --timeout=3s \
          CMD curl -f http://localhost:{PORT}/ || exit 1
        user nobody:nogroup
        stopsignal SIGTERM
        cmd {NAME} --listen :{PORT}
        """,

        // Python / Node app with cache and bind mounts, a shell-form HEALTHCHECK and an ENTRYPOINT script.
        """
        ARG PYTHON_VERSION={PYTHON}
        FROM python:${PYTHON_VERSION}-slim AS base
        ENV PYTHONDONTWRITEBYTECODE=1 \
            PYTHONUNBUFFERED=1
        WORKDIR /app
        ARG UID=10001
        RUN adduser \
            --disabled-password \
            --gecos "" \
            --home "/nonexistent" \
            --shell "/sbin/nologin" \
            --no-create-home \
            --uid "${UID}" \
            appuser
        RUN --mount=type=cache,target=/root/.cache/pip \
            --mount=type=bind,source=requirements.txt,target=requirements.txt \
            python -m pip install -r requirements.txt
        USER appuser
        COPY --chown=appuser:appuser . .
        EXPOSE {PORT}
        HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:{PORT}/health')"
        CMD python3 -m uvicorn app:app --host=0.0.0.0 --port={PORT}
        """,
    ];

    private static readonly (string Name, string Version, string Major, string Port)[] Apps =
    [
        ("postgres", "16.2", "16", "5432"),
        ("redis", "7.2.4", "7", "6379"),
        ("mongo", "7.0.5", "7", "27017"),
        ("rabbitmq", "3.13.0", "3", "5672"),
        ("memcached", "1.6.23", "1", "11211"),
        ("nginx", "1.25.4", "1", "80"),
        ("mariadb", "11.3.2", "11", "3306"),
        ("traefik", "2.11.0", "2", "8080"),
    ];

    /// <summary>
    /// Files generated from templates so the repository holds no megabytes. Each template is expanded over base
    /// images, versions, line endings, keyword case and a BOM; names are template index, app and variant.
    /// </summary>
    public static IEnumerable<(string Name, string Text)> Generated()
    {
        var t = 0;
        foreach (var template in Templates)
        {
            var a = 0;
            foreach (var app in Apps)
            {
                var filled = Fill(template, app, a);
                for (var variant = 0; variant < 4; variant++)
                {
                    var name = $"template{t}-{app.Name}-v{variant}";
                    var text = variant switch
                    {
                        1 => filled.Replace("\n", "\r\n", StringComparison.Ordinal),
                        2 => "\uFEFF" + filled,
                        3 => filled + "\n\n\n",
                        _ => filled,
                    };
                    yield return (name, text);
                    if ((a + variant) % 2 == 0) yield return (name + "-nofinalnewline", text.TrimEnd('\n', '\r'));
                }

                a++;
            }

            t++;
        }
    }

    private static string Fill(string template, (string Name, string Version, string Major, string Port) app, int i) =>
        template
            .Replace("{NAME}", app.Name, StringComparison.Ordinal)
            .Replace("{UPPER}", app.Name.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("{VERSION}", app.Version, StringComparison.Ordinal)
            .Replace("{MAJOR}", app.Major, StringComparison.Ordinal)
            .Replace("{PORT}", app.Port, StringComparison.Ordinal)
            .Replace("{PORT2}", (int.Parse(app.Port, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{DEBIAN}", new[] { "bookworm", "bullseye", "trixie" }[i % 3], StringComparison.Ordinal)
            .Replace("{ALPINE_TAG}", new[] { "alpine3.19", "alpine3.20", "noble-chiseled", "jammy" }[i % 4], StringComparison.Ordinal)
            .Replace("{ALPINE}", new[] { "3.19", "3.20", "3.18" }[i % 3], StringComparison.Ordinal)
            .Replace("{UBUNTU}", new[] { "22.04", "24.04", "jammy", "noble" }[i % 4], StringComparison.Ordinal)
            .Replace("{DOTNET}", new[] { "8.0", "9.0", "10.0" }[i % 3], StringComparison.Ordinal)
            .Replace("{JAVA}", new[] { "21.0.2+13", "17.0.10+7", "11.0.22+7" }[i % 3], StringComparison.Ordinal)
            .Replace("{SHA}", "3a1e6f2c1bd6b0a2b8c9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6", StringComparison.Ordinal)
            .Replace("{GO}", new[] { "1.22", "1.21", "1.23" }[i % 3], StringComparison.Ordinal)
            .Replace("{SYNTAXMINOR}", new[] { "7", "10", "12" }[i % 3], StringComparison.Ordinal)
            .Replace("{WINYEAR}", new[] { "2019", "2022", "2025" }[i % 3], StringComparison.Ordinal)
            .Replace("{PYTHON}", new[] { "3.12", "3.11", "3.13" }[i % 3], StringComparison.Ordinal)
            .Replace("{BASE}", new[] { "node:20-bookworm-slim", "ruby:3.3-alpine", "golang:1.22 AS builder", "php:8.3-fpm" }[i % 4], StringComparison.Ordinal);
}
