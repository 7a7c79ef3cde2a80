namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>
/// Forty Dockerfiles in the style of official images (docker-library postgres, redis, nginx, python, node, golang, httpd,
/// memcached, mysql, wordpress, ruby, traefik, busybox; dotnet-docker sdk/aspnet/runtime-deps and nanoserver; adoptium
/// temurin; buildkit; a Windows servercore image with <c># escape=`</c>) and typical application Dockerfiles, each with
/// the group 2 findings (CL1035–CL1039, CL1041–CL1077) reviewed by hand under policy <c>all</c>.
/// </summary>
internal static class HygieneOfficialImageDockerfiles
{
    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        {
            "01-postgres",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1046@(9,1,9,4) CL1035@(12,3,12,8) CL1035@(13,3,13,7) CL1077@(17,5,17,17) CL1035@(21,45,21,60) CL1035@(21,61,21,65) CL1077@(28,5,28,13) CL1077@(29,5,29,9) CL1077@(33,5,33,11)"
        },
        {
            "02-redis-alpine",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1046@(7,1,7,4) CL1035@(10,3,10,9) CL1077@(13,5,13,18) CL1077@(14,5,14,23) CL1077@(15,5,15,23) CL1035@(20,3,20,12) CL1035@(21,3,21,6) CL1035@(22,3,22,16) CL1035@(23,3,23,7) CL1035@(24,3,24,11) CL1035@(25,3,25,14) CL1035@(26,3,26,6) CL1046@(40,1,40,4)"
        },
        {
            "03-nginx",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(5,5,5,18) CL1077@(6,5,6,16) CL1077@(7,5,7,16) CL1035@(13,73,13,79) CL1035@(13,80,13,95) CL1053@(23,8,23,10)"
        },
        {
            "04-python-slim",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(3,5,3,9) CL1077@(4,5,4,9) CL1035@(9,3,9,18) CL1035@(10,3,10,10) CL1035@(11,3,11,9) CL1077@(15,5,15,12) CL1077@(16,5,16,19) CL1035@(23,3,23,11) CL1035@(24,3,24,6) CL1035@(25,3,25,13) CL1035@(26,3,26,7) CL1035@(27,3,27,7) CL1035@(28,3,28,11) CL1063@(36,2,36,4) CL1063@(41,2,41,4) CL1060@(47,3,47,4) CL1046@(60,1,60,4)"
        },
        {
            "05-node-alpine",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(3,5,3,17) CL1035@(8,9,8,18) CL1035@(10,9,10,13) CL1077@(20,5,20,17) CL1035@(22,51,22,55) CL1035@(22,56,22,61) CL1035@(22,62,22,65)"
        },
        {
            "06-golang",
            """"
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
""""
            , "CL1077@(3,5,3,9) CL1077@(5,5,5,19) CL1054@(24,1,24,5) CL1035@(29,3,29,6) CL1035@(30,3,30,6) CL1035@(31,3,31,12) CL1035@(32,3,32,7) CL1035@(33,3,33,13) CL1077@(37,5,37,19) CL1077@(39,5,39,11) CL1077@(40,5,40,9)"
        },
        {
            "07-httpd",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(5,5,5,17) CL1077@(6,5,6,9) CL1035@(14,3,14,18) CL1035@(15,3,15,19) CL1035@(16,3,16,17) CL1077@(20,5,20,18) CL1035@(27,3,27,8) CL1035@(28,3,28,10) CL1035@(29,3,29,6) CL1035@(30,3,30,8) CL1035@(31,3,31,7) CL1035@(32,3,32,7) CL1063@(57,2,57,4) CL1063@(61,2,61,4) CL1053@(68,8,68,10)"
        },
        {
            "08-dotnet-sdk",
            """"
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
""""
            , "CL1054@(2,1,2,5) CL1035@(12,9,12,13) CL1035@(13,9,13,12) CL1035@(14,9,14,19) CL1035@(15,9,15,13)"
        },
        {
            "09-dotnet-aspnet",
            """"
ARG REPO=mcr.microsoft.com/dotnet/runtime
FROM $REPO:9.0.0-bookworm-slim-amd64

ENV ASPNET_VERSION=9.0.0

RUN curl -fSL --output aspnetcore.tar.gz https://builds.dotnet.microsoft.com/dotnet/aspnetcore/Runtime/$ASPNET_VERSION/aspnetcore-runtime-$ASPNET_VERSION-linux-x64.tar.gz \
    && aspnetcore_sha512='b' \
    && echo "$aspnetcore_sha512  aspnetcore.tar.gz" | sha512sum -c - \
    && tar -oxzf aspnetcore.tar.gz -C /usr/share/dotnet ./shared/Microsoft.AspNetCore.App \
    && rm aspnetcore.tar.gz
""""
            , "CL1054@(2,1,2,5)"
        },
        {
            "10-dotnet-runtime-deps",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1035@(10,9,10,24) CL1035@(11,9,11,14) CL1035@(12,9,12,18) CL1035@(13,9,13,17) CL1035@(14,9,14,16) CL1035@(15,9,15,19) CL1035@(16,9,16,15) CL1035@(17,9,17,15) CL1046@(20,1,20,4)"
        },
        {
            "11-temurin",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(3,5,3,14) CL1077@(4,5,4,9) CL1035@(11,9,11,13) CL1035@(12,9,12,13) CL1035@(13,9,13,14) CL1035@(14,9,14,19) CL1035@(15,9,15,24) CL1035@(15,25,15,32) CL1035@(16,9,16,15) CL1035@(17,9,17,16) CL1077@(23,5,23,17) CL1046@(53,1,53,4)"
        },
        {
            "12-buildkit",
            """"
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
""""
            , "CL1035@(12,24,12,28) CL1035@(12,29,12,33) CL1035@(12,34,12,39) CL1035@(12,40,12,43) CL1035@(12,44,12,52) CL1035@(12,53,12,62) CL1035@(12,63,12,66) CL1035@(12,67,12,71) CL1035@(37,24,37,29) CL1035@(37,30,37,33) CL1035@(37,34,37,41) CL1051@(37,34,37,41) CL1035@(37,42,37,46) CL1035@(37,47,37,49) CL1035@(37,50,37,58) CL1035@(37,59,37,68) CL1054@(42,1,42,5)"
        },
        {
            "13-windows-servercore",
            """"
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
""""
            , "CL1054@(3,1,3,5) CL1077@(7,5,7,19)"
        },
        {
            "14-app-multistage-dotnet",
            """"
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
""""
            , "CL1054@(8,1,8,5)"
        },
        {
            "15-app-node",
            """"
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
""""
            , ""
        },
        {
            "16-app-python",
            """"
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
""""
            , "CL1054@(1,1,1,5)"
        },
        {
            "17-app-go-distroless",
            """"
FROM golang:1.23 AS build
WORKDIR /go/src/app
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /go/bin/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /
ENTRYPOINT ["/app"]
""""
            , "CL1054@(8,1,8,5)"
        },
        {
            "18-ubuntu-cache-mount",
            """"
# syntax=docker/dockerfile:1
FROM ubuntu:24.04
RUN rm -f /etc/apt/apt.conf.d/docker-clean; echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends gcc
""""
            , "CL1054@(2,1,2,5) CL1035@(6,66,6,69)"
        },
        {
            "19-heredoc",
            """"
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
""""
            , "CL1054@(2,1,2,5) CL1035@(7,44,7,48) CL1035@(7,49,7,64)"
        },
        {
            "20-centos",
            """"
FROM quay.io/centos/centos:stream9
RUN dnf -y install httpd mod_ssl && \
    if [ -d /var/cache/dnf ]; then dnf clean all; fi
EXPOSE 8080
USER 48
CMD ["/usr/sbin/httpd", "-DFOREGROUND"]
""""
            , "CL1054@(1,1,1,5) CL1035@(2,20,2,25) CL1035@(2,26,2,33)"
        },
        {
            "21-ubi-micro",
            """"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install -y --nodocs --setopt=install_weak_deps=0 java-21-openjdk-headless \
    && microdnf clean all
USER 185
ENTRYPOINT ["java", "-jar", "/deployments/app.jar"]
""""
            , "CL1054@(1,1,1,5)"
        },
        {
            "22-memcached",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1046@(7,1,7,4) CL1035@(7,24,7,31) CL1077@(9,5,9,22) CL1035@(13,3,13,18) CL1035@(14,3,14,6) CL1035@(15,3,15,7) CL1035@(16,3,16,7) CL1035@(17,3,17,6) CL1035@(18,3,18,7) CL1063@(24,5,24,7) CL1063@(28,5,28,7)"
        },
        {
            "23-mysql",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(7,5,7,17) CL1046@(15,1,15,4) CL1035@(17,3,17,8) CL1035@(18,3,18,7) CL1035@(19,3,19,10) CL1035@(20,3,20,5) CL1035@(21,3,21,7) CL1035@(22,3,22,12) CL1077@(26,5,26,18)"
        },
        {
            "24-wordpress-php",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1035@(6,3,6,14) CL1046@(10,1,10,4) CL1046@(15,1,15,4) CL1046@(19,1,19,4)"
        },
        {
            "25-ruby",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(10,5,10,9) CL1077@(11,5,11,17) CL1035@(17,3,17,8) CL1035@(18,3,18,11) CL1035@(19,3,19,14) CL1035@(20,3,20,7) CL1063@(29,2,29,4) CL1063@(33,2,33,4) CL1077@(37,5,37,13) CL1077@(40,5,40,9)"
        },
        {
            "26-traefik",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1035@(2,24,2,39) CL1035@(2,40,2,46) CL1046@(3,1,3,4) CL1053@(14,8,14,10)"
        },
        {
            "27-busybox-scratch",
            """"
FROM scratch
ADD busybox.tar.xz /
CMD ["sh"]
""""
            , "CL1054@(1,1,1,5)"
        },
        {
            "28-hello-world",
            """"
FROM scratch
COPY hello /
CMD ["/hello"]
""""
            , "CL1054@(1,1,1,5)"
        },
        {
            "29-rust-multistage",
            """"
FROM rust:1.83 AS builder
WORKDIR /usr/src/myapp
COPY . .
RUN cargo install --path .

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/cargo/bin/myapp /usr/local/bin/myapp
USER 10001
CMD ["myapp"]
""""
            , "CL1054@(6,1,6,5) CL1035@(7,66,7,73)"
        },
        {
            "30-legacy-app",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1070@(2,1,2,11) CL1036@(3,5,3,19) CL1046@(4,1,4,4) CL1041@(4,5,4,20) CL1042@(4,5,4,20) CL1035@(4,24,4,31) CL1035@(4,32,4,43) CL1035@(4,44,4,48) CL1035@(4,49,4,52) CL1043@(4,49,4,52) CL1077@(5,5,5,13) CL1062@(6,9,6,12) CL1063@(8,5,8,7) CL1042@(8,20,8,32) CL1050@(9,8,9,10) CL1053@(9,11,9,13) CL1059@(10,5,10,19)"
        },
        {
            "31-java-maven",
            """"
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
""""
            , "CL1054@(8,1,8,5)"
        },
        {
            "32-nginx-alpine-slim",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(3,5,3,18) CL1077@(4,5,4,16) CL1035@(14,9,14,16) CL1035@(31,27,31,33) CL1053@(38,8,38,10)"
        },
        {
            "33-couchdb-like",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1046@(5,1,5,4) CL1035@(8,9,8,24) CL1035@(9,9,9,13) CL1035@(10,9,10,16) CL1035@(11,9,11,14) CL1046@(15,1,15,4) CL1035@(17,48,17,52) CL1035@(17,53,17,57) CL1077@(22,5,22,18) CL1077@(32,5,32,20) CL1046@(38,1,38,4) CL1041@(41,36,41,51) CL1075@(48,11,48,14)"
        },
        {
            "34-windows-nanoserver-dotnet",
            """"
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
""""
            , "CL1054@(3,1,3,5)"
        },
        {
            "35-gitlab-runner-like",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1035@(4,48,4,63) CL1035@(4,64,4,67) CL1035@(4,68,4,75) CL1035@(4,76,4,82)"
        },
        {
            "36-elasticsearch-like",
            """"
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
""""
            , "CL1042@(4,7,4,22) CL1035@(4,50,4,54) CL1035@(4,55,4,70) CL1046@(10,1,10,4) CL1046@(13,1,13,4) CL1035@(18,50,18,65) CL1035@(18,66,18,70) CL1035@(18,71,18,85) CL1035@(18,86,18,93) CL1035@(18,94,18,99) CL1035@(18,100,18,103) CL1046@(25,1,25,4) CL1077@(29,5,29,9)"
        },
        {
            "37-php-fpm-alpine-ext",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1035@(3,56,3,63) CL1035@(3,64,3,74)"
        },
        {
            "38-registry-like",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1035@(3,21,3,36)"
        },
        {
            "39-sonarqube-like",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1041@(9,5,9,20) CL1035@(9,24,9,29) CL1035@(9,30,9,35) CL1035@(9,36,9,40) CL1035@(9,41,9,45) CL1035@(9,46,9,58) CL1063@(11,5,11,7) CL1075@(18,14,18,21)"
        },
        {
            "40-tomcat",
            """"
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
""""
            , "CL1054@(1,1,1,5) CL1077@(2,5,2,18) CL1077@(3,5,3,9) CL1077@(6,5,6,25) CL1077@(7,5,7,20) CL1035@(10,45,10,50) CL1035@(10,51,10,58) CL1035@(10,59,10,63) CL1035@(10,64,10,79)"
        },
    };
}
