namespace ContainerLint.Benchmarks;

using System.Globalization;
using System.Text;

/// <summary>
/// Generates a deterministic corpus of realistic inputs: Dockerfiles in the style of the official
/// images (long apt/apk package lists over continuation lines, multi-stage builds, ARG/ENV
/// versions, checksums, heredocs, exec-form CMD, some escape directives) and Kubernetes manifests
/// (Deployments with Services, CronJobs, StatefulSets, multi-document files).
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Bases =
    [
        "debian:bookworm-slim", "ubuntu:24.04", "alpine:3.20", "buildpack-deps:bookworm", "node:22-bookworm-slim", "python:3.12-slim",
        "golang:1.23-alpine", "mcr.microsoft.com/dotnet/sdk:9.0", "eclipse-temurin:21-jdk", "ruby:3.3-slim", "php:8.3-fpm", "nginx:1.27",
    ];

    private static readonly string[] Packages =
    [
        "ca-certificates", "curl", "wget", "gnupg", "dirmngr", "git", "openssh-client", "procps", "xz-utils", "bzip2", "unzip", "tzdata",
        "libssl-dev", "zlib1g-dev", "libffi-dev", "libpq-dev", "libxml2-dev", "libyaml-dev", "make", "gcc", "g++", "autoconf", "pkg-config",
        "netbase", "libc6", "libgcc-s1", "libicu72", "libstdc++6", "tini", "gosu", "jq", "less", "vim-tiny", "dumb-init",
    ];

    public static string Dockerfile(int index)
    {
        var r = new Random(index);
        var sb = new StringBuilder();
        var backtick = r.Next(25) == 0;
        var esc = backtick ? '`' : '\\';
        if (backtick) sb.Append("# escape=`\n");
        if (r.Next(3) == 0) sb.Append("# syntax=docker/dockerfile:1\n");
        sb.Append("# Generated image ").Append(index.ToString(CultureInfo.InvariantCulture)).Append(" in the style of the official images.\n");
        var baseImage = Bases[r.Next(Bases.Length)];
        var alpine = baseImage.Contains("alpine", StringComparison.Ordinal);
        var multiStage = r.Next(3) == 0;
        if (multiStage)
        {
            sb.Append("FROM golang:1.23-alpine AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=cache,target=/root/.cache/go-build go mod download\n");
            sb.Append("COPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/app ./cmd/app\n\n");
        }

        sb.Append("ARG VERSION=").Append(r.Next(1, 20)).Append('.').Append(r.Next(0, 30)).Append('.').Append(r.Next(0, 9)).Append('\n');
        sb.Append("FROM ").Append(baseImage).Append(multiStage ? " AS runtime" : "").Append('\n');
        sb.Append("ARG VERSION\nENV APP_VERSION=${VERSION} LANG=C.UTF-8 PATH=/usr/local/app/bin:$PATH\n");
        sb.Append("LABEL org.opencontainers.image.source=\"https://github.com/example/app").Append(index).Append("\" maintainer=\"team@example.com\"\n");
        var count = 6 + r.Next(20);
        var chosen = Enumerable.Range(0, count).Select(_ => Packages[r.Next(Packages.Length)]).Distinct().Order(StringComparer.Ordinal).ToList();
        if (alpine)
        {
            sb.Append("RUN set -eux; ").Append(esc).Append('\n').Append("\tapk add --no-cache ").Append(esc).Append('\n');
            foreach (var p in chosen) sb.Append("\t\t").Append(p).Append(' ').Append(esc).Append('\n');
            sb.Append("\t;\n");
        }
        else
        {
            sb.Append("RUN set -eux; ").Append(esc).Append('\n').Append("\tapt-get update; ").Append(esc).Append('\n')
              .Append("\tapt-get install -y --no-install-recommends ").Append(esc).Append('\n');
            foreach (var p in chosen) sb.Append("\t\t").Append(p).Append(' ').Append(esc).Append('\n');
            sb.Append("\t; ").Append(esc).Append('\n').Append("\trm -rf /var/lib/apt/lists/*\n");
        }

        sb.Append("\nENV GOSU_VERSION 1.17\n");
        sb.Append("RUN set -eux; ").Append(esc).Append('\n')
          .Append("\tdpkgArch=\"$(dpkg --print-architecture | awk -F- '{ print $NF }')\"; ").Append(esc).Append('\n')
          .Append("\twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; ").Append(esc).Append('\n')
          .Append("\techo \"").Append(Hex(r, 64)).Append(" */usr/local/bin/gosu\" | sha256sum -c -; ").Append(esc).Append('\n')
          .Append("\tchmod +x /usr/local/bin/gosu; ").Append(esc).Append('\n')
          .Append("\tgosu --version; ").Append(esc).Append('\n')
          .Append("\tgosu nobody true\n");
        if (r.Next(4) == 0)
        {
            sb.Append("RUN <<EOF\nset -e\nmkdir -p /docker-entrypoint.d\necho 'ready' > /docker-entrypoint.d/ok\nEOF\n");
        }

        if (r.Next(5) == 0) sb.Append("ADD https://example.com/releases/app-").Append(index).Append(".tar.gz /tmp/app.tgz\n");
        sb.Append("WORKDIR /usr/local/app\n");
        if (multiStage) sb.Append("COPY --from=build --chown=10001:10001 --chmod=0755 /out/app /usr/local/app/bin/app\n");
        else sb.Append("COPY --chown=app:app . /usr/local/app\n");
        sb.Append("COPY docker-entrypoint.sh /usr/local/bin/\n");
        sb.Append("VOLUME /data\nEXPOSE ").Append(1024 + r.Next(60000)).Append('\n');
        if (r.Next(2) == 0) sb.Append("HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/health || exit 1\n");
        if (r.Next(3) != 0) sb.Append("USER ").Append(r.Next(2) == 0 ? "10001" : "app").Append('\n');
        sb.Append("ENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"app\", \"--port\", \"8080\"]\n");
        return sb.ToString();
    }

    public static string Manifest(int index)
    {
        var r = new Random(1_000_000 + index);
        var sb = new StringBuilder();
        var name = "svc" + index.ToString(CultureInfo.InvariantCulture);
        var kind = r.Next(4);
        var workload = kind switch { 0 => "Deployment", 1 => "StatefulSet", 2 => "DaemonSet", _ => "CronJob" };
        sb.Append("apiVersion: ").Append(workload == "CronJob" ? "batch/v1" : "apps/v1").Append("\nkind: ").Append(workload).Append('\n');
        sb.Append("metadata:\n  name: ").Append(name).Append("\n  namespace: team-").Append(r.Next(10)).Append("\n  labels:\n    app.kubernetes.io/name: ").Append(name).Append("\n    app.kubernetes.io/part-of: shop\n");
        sb.Append("spec:\n");
        var indent = "  ";
        if (workload == "CronJob")
        {
            sb.Append("  schedule: \"*/15 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n");
            indent = "        ";
        }
        else
        {
            if (workload != "DaemonSet") sb.Append("  replicas: ").Append(1 + r.Next(5)).Append('\n');
            sb.Append("  selector:\n    matchLabels:\n      app.kubernetes.io/name: ").Append(name).Append("\n  template:\n");
            indent = "    ";
        }

        sb.Append(indent).Append("metadata:\n").Append(indent).Append("  labels:\n").Append(indent).Append("    app.kubernetes.io/name: ").Append(name).Append('\n');
        sb.Append(indent).Append("spec:\n");
        var p = indent + "  ";
        sb.Append(p).Append("serviceAccountName: ").Append(name).Append('\n');
        if (r.Next(2) == 0) sb.Append(p).Append("automountServiceAccountToken: false\n");
        sb.Append(p).Append("securityContext:\n").Append(p).Append("  runAsNonRoot: true\n").Append(p).Append("  seccompProfile:\n").Append(p).Append("    type: RuntimeDefault\n");
        sb.Append(p).Append("containers:\n");
        var containers = 1 + r.Next(3);
        for (var c = 0; c < containers; c++)
        {
            sb.Append(p).Append("  - name: c").Append(c).Append('\n');
            sb.Append(p).Append("    image: registry.example.com/shop/").Append(name).Append(r.Next(3) == 0 ? ":latest" : ":1." + r.Next(20)).Append('\n');
            sb.Append(p).Append("    ports:\n").Append(p).Append("      - containerPort: ").Append(8000 + c).Append('\n');
            sb.Append(p).Append("    env:\n");
            for (var e = 0; e < 3 + r.Next(5); e++) sb.Append(p).Append("      - name: SETTING_").Append(e).Append('\n').Append(p).Append("        value: \"").Append(r.Next(1000)).Append("\"\n");
            sb.Append(p).Append("    resources:\n").Append(p).Append("      limits: {cpu: 500m, memory: 256Mi}\n").Append(p).Append("      requests: {cpu: 100m, memory: 128Mi}\n");
            sb.Append(p).Append("    securityContext:\n").Append(p).Append("      allowPrivilegeEscalation: false\n").Append(p).Append("      readOnlyRootFilesystem: true\n");
            if (r.Next(8) == 0) sb.Append(p).Append("      privileged: true\n");
            sb.Append(p).Append("      capabilities:\n").Append(p).Append("        drop: [\"ALL\"]\n");
            sb.Append(p).Append("    livenessProbe:\n").Append(p).Append("      httpGet: {path: /healthz, port: ").Append(8000 + c).Append("}\n");
        }

        if (workload is "Deployment" or "StatefulSet")
        {
            sb.Append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ").Append(name).Append("\n  namespace: team-").Append(r.Next(10)).Append("\nspec:\n  selector:\n    app.kubernetes.io/name: ").Append(name).Append("\n  ports:\n    - port: 80\n      targetPort: 8000\n");
        }

        return sb.ToString();
    }

    /// <summary>Writes <paramref name="dockerfiles"/> Dockerfiles (one folder each) and <paramref name="manifests"/> manifests under <paramref name="root"/>.</summary>
    public static void Write(string root, int dockerfiles, int manifests)
    {
        for (var i = 0; i < dockerfiles; i++)
        {
            var dir = Path.Combine(root, "dockerfiles", "img" + i.ToString("D5", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "Dockerfile"), Dockerfile(i));
        }

        var k8s = Path.Combine(root, "manifests");
        Directory.CreateDirectory(k8s);
        for (var i = 0; i < manifests; i++) File.WriteAllText(Path.Combine(k8s, "app" + i.ToString("D5", CultureInfo.InvariantCulture) + ".yaml"), Manifest(i));
    }

    private static string Hex(Random r, int length)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = digits[r.Next(16)];
        return new string(chars);
    }
}
