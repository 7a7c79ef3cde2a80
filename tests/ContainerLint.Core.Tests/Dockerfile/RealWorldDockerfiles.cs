namespace ContainerLint.Core.Tests.Dockerfile;

/// <summary>
/// Dockerfiles in the style of official images (docker-library, dotnet-docker, adoptium, BuildKit's
/// own, Windows servercore images), generated from templates so the repository holds no megabytes.
/// Each template is expanded over base images, versions, line endings, keyword case and a BOM.
/// </summary>
internal static class RealWorldDockerfiles
{
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

    /// <summary>Every generated file: template index, variant description and text.</summary>
    public static IEnumerable<(string Name, string Text)> All()
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
